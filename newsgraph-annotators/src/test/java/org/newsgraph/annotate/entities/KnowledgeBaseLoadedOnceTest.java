package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline and the stored-analysis tools share one KB per local KB file instead of loading it each. */
class KnowledgeBaseLoadedOnceTest {
    private static final List<EndingFolder> NONE = List.of(EndingFolder.NONE);

    @Test
    void equalArgumentsGiveTheSameKb(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(KnowledgeBase.LOCAL_FILE),
                "LOCATION\tBellecombe\tgeonames:7\tFR\t45.1\t5.9\tBelle-Combe\t\t900\n");
        KnowledgeBase first = KnowledgeBase.shared(Optional.of(dir), NONE);
        assertThat(KnowledgeBase.shared(Optional.of(dir), NONE)).isSameAs(first);
        assertThat(first.localPlace(NameKeys.key("Belle-Combe", EndingFolder.NONE))).isPresent();
    }

    @Test
    void aRewrittenLocalFileGivesANewKb(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(KnowledgeBase.LOCAL_FILE);
        Files.writeString(file, "LOCATION\tBellecombe\tgeonames:7\tFR\t45.1\t5.9\tBelle-Combe\t\t900\n");
        KnowledgeBase before = KnowledgeBase.shared(Optional.of(dir), NONE);
        Files.writeString(file, "LOCATION\tVaulnaveys\tgeonames:8\tFR\t45.1\t5.8\tVaulnaveys-le-Haut\t\t3000\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        KnowledgeBase after = KnowledgeBase.shared(Optional.of(dir), NONE);
        assertThat(after).isNotSameAs(before);
        assertThat(after.localPlace(NameKeys.key("Vaulnaveys-le-Haut", EndingFolder.NONE))).isPresent();
    }

    @Test
    void theEntityAnnotatorAndTheLookupToolsUseOneKb() {
        assertThat(KbLookup.load(Optional.empty()).knowledgeBase())
                .isSameAs(EntityDocs.ANNOTATOR.knowledgeBase());
    }
}
