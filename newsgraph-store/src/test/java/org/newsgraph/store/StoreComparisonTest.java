package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.store.TestAnalyses.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;
import org.newsgraph.facts.FactComparison;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.facts.Relation;
import org.newsgraph.facts.Report;

/** Comparing stored analyses: grouped across languages and places of one country, retractions and updates found. */
class StoreComparisonTest {
    @TempDir
    Path dir;

    private static final List<Analysis> CORPUS = List.of(
            analysis("early", "en", "2030-01-09", "Wire", "Officials said 164 people were killed in Almaty.",
                    "Almaty", "KZ", "164 people were killed", 164, Measure.KILLED, "Officials"),
            analysis("retraction", "ru", "2030-01-09", "Лента Пример",
                    "Сообщалось, что в Казахстане погибли 164 человека. Министерство опровергло эти данные.",
                    "Kazakhstan=Казахстане", null, "погибли 164 человека", 164, Measure.KILLED, null),
            analysis("revision", "fr", "2030-01-15", "Le Quotidien",
                    "Au Kazakhstan, 225 personnes ont été tuées, selon le parquet.",
                    "Kazakhstan", null, "225 personnes ont été tuées", 225, Measure.KILLED, "le parquet"),
            analysis("elsewhere", "en", "2030-01-10", "Wire", "In Lyon 3 people were killed.",
                    "Lyon", "FR", "3 people were killed", 3, Measure.KILLED, null));

    @Test
    void killedInKazakhstanIsOneGroupWithTheRetractionAndTheUpdate() {
        try (CorpusStore store = CorpusStore.open(dir)) {
            for (Analysis a : CORPUS) store.add(a, TestAnalyses.json(a), ArticleKeys.of(TestAnalyses.article(a)));
            store.commit();
            List<FactGroup> groups = store.compare(Optional.of(Measure.KILLED), Optional.of("Kazakhstan"),
                    FactComparison.standard());
            assertThat(groups).singleElement().satisfies(g -> {
                assertThat(g.place().key()).isEqualTo("KZ");
                assertThat(g.reports()).extracting(Report::articleId).containsExactly("early", "retraction", "revision");
                assertThat(g.reports().get(1).retracted()).isTrue();
                assertThat(g.retractedBy().get(0)).containsExactly(1);
                assertThat(g.relations()).anyMatch(r -> r.type() == Relation.Type.UPDATE && r.from() == 0 && r.to() == 2);
                assertThat(g.latest()).containsExactly(2);
            });
        }
    }
}
