package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.store.TestAnalyses.analysis;
import static org.newsgraph.store.TestAnalyses.article;
import static org.newsgraph.store.TestAnalyses.json;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;

class CorpusStoreTest {
    @TempDir
    Path dir;

    private static final Analysis FLOOD = analysis("flood", "en", "2030-03-01", "Daily Example",
            "Floods in Almaty: 12 people were killed, the ministry said.", "Almaty", "KZ",
            "12 people were killed", 12, Measure.KILLED, "the ministry");
    private static final Analysis GREVE = analysis("greve", "fr", "2030-03-05", "Le Quotidien",
            "Grève à Lyon : 300 manifestants ont été arrêtés et deux policiers tués.", "Lyon", "FR",
            "300 manifestants ont été arrêtés", 300, Measure.ARRESTED, null);
    private static final Analysis PAVODOK = analysis("pavodok", "ru", "2030-04-10", "Вести Пример",
            "Паводок в Казахстане: эвакуированы 500 человек.", "Kazakhstan=Казахстане", null,
            "эвакуированы 500 человек", 500, Measure.EVACUATED, null);

    private static void add(CorpusStore store, Analysis a) {
        assertThat(store.add(a, json(a), ArticleKeys.of(article(a)))).isEmpty();
    }

    private CorpusStore filled() {
        CorpusStore store = CorpusStore.open(dir);
        add(store, FLOOD);
        add(store, GREVE);
        add(store, PAVODOK);
        store.commit();
        return store;
    }

    @Test
    void committedArticlesSurviveReopening() {
        filled().close();
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.json("greve")).hasValue(json(GREVE));
        }
    }

    @Test
    void theSameIdUrlOrContentIsNotAddedTwice() {
        try (CorpusStore store = filled()) {
            ArticleKeys same = ArticleKeys.of(article(FLOOD));
            assertThat(store.add(FLOOD, json(FLOOD), same)).contains("id");
            ArticleKeys sameUrl = new ArticleKeys("other-id", same.url(), "other-hash");
            assertThat(store.add(FLOOD, json(FLOOD), sameUrl)).contains("url");
            ArticleKeys sameText = new ArticleKeys("third-id", Optional.empty(),
                    ArticleKeys.contentHash("  Floods in Almaty: 12 people were killed,\n the ministry said. "));
            assertThat(store.add(FLOOD, json(FLOOD), sameText)).contains("content");
            assertThat(store.count()).isEqualTo(3);
        }
    }

    @Test
    void duplicatesAreCaughtBeforeTheBatchIsCommitted() {
        try (CorpusStore store = CorpusStore.open(dir, new StoreOptions(1000, 60_000))) {
            add(store, FLOOD);
            assertThat(store.add(FLOOD, json(FLOOD), ArticleKeys.of(article(FLOOD)))).contains("id");
        }
    }

    @Test
    void searchFindsWordsAcrossAccentsAndInflections() {
        try (CorpusStore store = filled()) {
            assertThat(ids(store.search(SearchRequest.of("greve")))).containsExactly("greve");
            assertThat(ids(store.search(SearchRequest.of("tué")))).containsExactly("greve");      // French stem of "tués"
            assertThat(ids(store.search(SearchRequest.of("kill")))).containsExactly("flood");     // English stem
            assertThat(ids(store.search(SearchRequest.of("эвакуирован")))).containsExactly("pavodok"); // Russian stem
            assertThat(store.search(SearchRequest.of("")).total()).isEqualTo(3);
        }
    }

    @Test
    void filtersNarrowTheSearch() {
        try (CorpusStore store = filled()) {
            assertThat(ids(store.search(SearchRequest.of("*").withLang("fr")))).containsExactly("greve");
            assertThat(ids(store.search(SearchRequest.of("*").withOutlet("daily example")))).containsExactly("flood");
            assertThat(ids(store.search(SearchRequest.of("*").withMeasure(Measure.EVACUATED)))).containsExactly("pavodok");
            assertThat(ids(store.search(SearchRequest.of("*")
                    .withDates(LocalDate.of(2030, 3, 2), LocalDate.of(2030, 3, 31))))).containsExactly("greve");
        }
    }

    @Test
    void anEntityFilterOnACountryFindsItsPlacesInAnyLanguage() {
        try (CorpusStore store = filled()) {
            assertThat(ids(store.search(SearchRequest.of("*").withEntity("Kazakhstan").newestFirst(true))))
                    .containsExactly("pavodok", "flood");
            assertThat(ids(store.search(SearchRequest.of("*").withEntity("almaty")))).containsExactly("flood");
        }
    }

    @Test
    void searchCountsLanguagesAndOutlets() {
        try (CorpusStore store = filled()) {
            SearchResult r = store.search(SearchRequest.of("*"));
            assertThat(r.facets().get("lang")).containsEntry("fr", 1).containsEntry("en", 1).containsEntry("ru", 1);
            assertThat(r.facets().get("outlet")).containsEntry("Le Quotidien", 1);
        }
    }

    @Test
    void aHitHasASnippetAroundTheMatch() {
        try (CorpusStore store = filled()) {
            SearchHit hit = store.search(SearchRequest.of("manifestants")).hits().get(0);
            assertThat(hit.snippet()).contains("manifestants");
            assertThat(hit.outlet()).contains("Le Quotidien");
            assertThat(hit.published()).contains("2030-03-05");
        }
    }

    @Test
    void aMissingStoreIsReportedWithTheCommandThatCreatesOne() {
        assertThatThrownBy(() -> CorpusStore.openReadOnly(dir.resolve("none")))
                .hasMessageContaining("newsgraph ingest --store");
    }

    @Test
    void aReadOnlyStoreRefusesWrites() {
        filled().close();
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            assertThatThrownBy(() -> store.add(FLOOD, json(FLOOD), ArticleKeys.of(article(FLOOD))))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aStoreIsNeverCreatedAmongOtherFiles() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "my notes");
        assertThatThrownBy(() -> CorpusStore.open(dir)).hasMessageContaining("is not a store and is not empty");
    }
}
