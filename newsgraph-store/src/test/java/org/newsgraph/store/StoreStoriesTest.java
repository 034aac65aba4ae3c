package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.store.TestAnalyses.analysis;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;
import org.newsgraph.facts.Story;
import org.newsgraph.facts.StoryClusterer;

class StoreStoriesTest {
    @TempDir
    Path dir;

    private static final String TEXT = "A ferry capsized off the island of Vessa on Sunday, and 31 passengers drowned, "
            + "the coast guard said. Divers recovered the last bodies at dawn while relatives waited in the harbour.";

    @Test
    void aRepublishedWireStoryAndTheOriginalAreOneStory() {
        List<Analysis> corpus = List.of(
                analysis("original", "en", "2030-07-01", "Wire", TEXT, "Vessa", "GR", "31 passengers drowned", 31,
                        Measure.KILLED, "the coast guard"),
                analysis("republished", "en", "2030-07-02", "Island Times", TEXT + " (Reporting by the wire.)", "Vessa", "GR",
                        "31 passengers drowned", 31, Measure.KILLED, "the coast guard"),
                analysis("other", "en", "2030-07-01", "Wire", "Parliament passed the fisheries law in Athens on Sunday.",
                        "Athens", "GR", null, 0, Measure.OTHER, null));
        try (CorpusStore store = CorpusStore.open(dir)) {
            for (Analysis a : corpus) store.add(a, TestAnalyses.json(a), ArticleKeys.of(TestAnalyses.article(a)));
            store.commit();
            List<Story> stories = store.stories(SearchRequest.of(""), StoryClusterer.defaults(), 2);
            assertThat(stories).singleElement().satisfies(s -> {
                assertThat(s.articles()).extracting(Story.Member::id).containsExactly("original", "republished");
                assertThat(s.duplicates()).containsExactly(List.of("original", "republished"));
            });
        }
    }
}
