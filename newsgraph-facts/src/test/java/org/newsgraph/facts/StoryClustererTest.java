package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.facts.ArticleFixture.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;

class StoryClustererTest {
    private static final String WIRE = "A landslide buried part of the mountain village of Eldvik on Tuesday night, "
            + "killing 23 people, the regional governor Maren Dahl said on Wednesday. Rescue teams with dogs searched "
            + "the mud for survivors while the road to the valley stayed closed. Dahl said the slope had been "
            + "monitored since the spring floods and that the evacuation order came too late for the lower houses.";

    private static List<Analysis> corpus() {
        return List.of(
                article("wire", "en", "2030-05-08", WIRE).outlet("Wire")
                        .place("Norway", null, "Eldvik").person("Maren Dahl", "Maren Dahl", "Dahl")
                        .figure("killing 23 people", 23, Measure.KILLED, "Maren Dahl").build(),
                article("copy", "en", "2030-05-08", WIRE.replace("on Wednesday", "on Wednesday morning") + " More to follow.")
                        .outlet("Gazette").place("Norway", null, "Eldvik").person("Maren Dahl", "Maren Dahl", "Dahl")
                        .figure("killing 23 people", 23, Measure.KILLED, "Maren Dahl").build(),
                article("fr", "fr", "2030-05-09", "Un glissement de terrain a enseveli le village d'Eldvik : 23 morts, "
                        + "selon la gouverneure Maren Dahl, qui promet une enquête.").outlet("Le Quotidien")
                        .place("Norway", null, "Eldvik").person("Maren Dahl", "Maren Dahl")
                        .figure("23 morts", 23, Measure.KILLED, "Maren Dahl").build(),
                article("budget", "en", "2030-05-08", "The finance minister Tor Lund presented the budget in Oslo, "
                        + "promising 300 new teachers.").outlet("Wire")
                        .place("Norway", null, "Oslo").person("Tor Lund", "Tor Lund").build(),
                article("anniversary", "en", "2030-11-08", "Six months after the Eldvik landslide that killed 23 people, "
                        + "governor Maren Dahl opened a memorial.").outlet("Wire")
                        .place("Norway", null, "Eldvik").person("Maren Dahl", "Maren Dahl")
                        .figure("killed 23 people", 23, Measure.KILLED, null).build());
    }

    @Test
    void copiesAndReportsInOtherLanguagesOfOneEventFormOneStory() {
        List<Story> stories = StoryClusterer.defaults().cluster(corpus(), 2);
        assertThat(stories).singleElement().satisfies(s -> {
            assertThat(s.articles()).extracting(Story.Member::id).containsExactly("copy", "wire", "fr");
            assertThat(s.duplicates()).containsExactly(List.of("wire", "copy"));
            assertThat(s.sharedEntities()).contains("maren dahl (3)");
            assertThat(s.sharedFigures()).contains("killed:23 (3)");
        });
    }

    @Test
    void singleArticlesAreStoriesOfOneWhenAsked() {
        List<Story> stories = StoryClusterer.defaults().cluster(corpus(), 1);
        assertThat(stories).hasSize(3);
        assertThat(stories.get(1).articles()).extracting(Story.Member::id).containsAnyOf("budget", "anniversary");
    }

    @Test
    void nearDuplicateEstimateSeparatesCopiesFromOtherTexts() {
        long[] a = MinHash.signature(WIRE);
        long[] b = MinHash.signature(WIRE.replace("on Wednesday", "on Wednesday morning"));
        long[] c = MinHash.signature("The finance minister presented the budget in Oslo, promising new teachers.");
        assertThat(MinHash.similarity(a, b)).isGreaterThan(0.6);
        assertThat(MinHash.similarity(a, c)).isLessThan(0.2);
    }
}
