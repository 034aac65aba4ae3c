package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.store.TestAnalyses.analysis;
import static org.newsgraph.store.TestAnalyses.article;
import static org.newsgraph.store.TestAnalyses.json;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;

/** The store's version: the key under which the server caches views of the whole store. */
class StoreVersionTest {
    @TempDir
    Path dir;

    private static final Analysis QUAKE = analysis("quake", "en", "2030-06-02", "Daily Example",
            "An earthquake shook Osh: 4 people were injured, the ministry said.", "Osh", "KG",
            "4 people were injured", 4, Measure.INJURED, "the ministry");

    @Test
    void theVersionChangesWhenACommitAddsArticlesAndOnlyThen() {
        try (CorpusStore store = CorpusStore.open(dir)) {
            long empty = store.version();
            store.search(SearchRequest.of("earthquake"));
            assertThat(store.version()).isEqualTo(empty);
            assertThat(store.add(QUAKE, json(QUAKE), ArticleKeys.of(article(QUAKE)))).isEmpty();
            assertThat(store.version()).as("not yet visible to reads").isEqualTo(empty);
            store.commit();
            long one = store.version();
            assertThat(one).isNotEqualTo(empty);
            store.commit();
            assertThat(store.version()).as("a commit with nothing new").isEqualTo(one);
        }
    }

    @Test
    void aReadOnlyStoreHasTheVersionOfItsLastCommit() {
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.add(QUAKE, json(QUAKE), ArticleKeys.of(article(QUAKE)));
            store.commit();
        }
        try (CorpusStore a = CorpusStore.openReadOnly(dir); CorpusStore b = CorpusStore.openReadOnly(dir)) {
            assertThat(a.version()).isEqualTo(b.version());
        }
    }
}
