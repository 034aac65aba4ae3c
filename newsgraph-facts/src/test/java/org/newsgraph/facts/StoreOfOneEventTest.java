package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.facts.ArticleFixture.article;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;

/**
 * Features shared by more than half of a store weigh little, but not nothing: a store all about one event (every
 * article names the same place, official and toll) still forms its story however many articles it holds, while in a
 * store of many events two articles sharing only such common names stay apart.
 */
class StoreOfOneEventTest {
    /** Twelve different sentences, so that no two reports are near-duplicates of each other. */
    private static final String[] ANGLES = {
        "Rescuers worked through the night with dogs and thermal cameras",
        "The mayor asked residents of the lower streets to stay with relatives",
        "Engineers warned that the slope above the school could still move",
        "A field hospital was set up in the sports hall beside the harbour",
        "Volunteers from three neighbouring valleys brought food and blankets",
        "The railway company cancelled every train until the tracks are inspected",
        "Geologists had flagged the hillside in a report written four years ago",
        "Schools stayed closed and exams were postponed by a fortnight",
        "Insurers sent assessors to the damaged farms along the river",
        "A vigil gathered hundreds of people in the market square at dusk",
        "The national weather service forecast more rain for the weekend",
        "Fishermen used their boats to evacuate families cut off by the mud",
    };

    private static Analysis report(int i) {
        String text = "The landslide at Eldvik killed 23 people, governor Maren Dahl said. " + ANGLES[i] + ".";
        return article("r" + i, "en", "2030-05-0" + (8 + i % 2), text)
                .place("Eldvik", "NO", "Eldvik").person("Maren Dahl", "Maren Dahl")
                .figure("killed 23 people", 23, Measure.KILLED, "Maren Dahl").build();
    }

    @Test
    void twelveReportsOfOneEventFormOneStory() {
        List<Analysis> store = new ArrayList<>();
        for (int i = 0; i < 12; i++) store.add(report(i));

        List<Story> stories = StoryClusterer.defaults().cluster(store, 2);

        assertThat(stories).singleElement().satisfies(s -> assertThat(s.articles()).hasSize(12));
    }

    @Test
    void nineReportsAndTwelveReportsAreTreatedAlike() {
        List<Analysis> store = new ArrayList<>();
        for (int i = 0; i < 9; i++) store.add(report(i));
        assertThat(StoryClusterer.defaults().cluster(store, 2)).singleElement()
                .satisfies(s -> assertThat(s.articles()).hasSize(9));
        store.add(report(9));
        assertThat(StoryClusterer.defaults().cluster(store, 2)).singleElement()
                .satisfies(s -> assertThat(s.articles()).hasSize(10));
    }

    @Test
    void namesCommonToMostOfAStoreDoNotLinkArticlesOnDifferentEvents() {
        List<Analysis> store = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String own = "Person" + (char) ('A' + i) + " Quillon";
            String other = "Person" + (char) ('A' + i) + " Varrick";
            String text = "Councillor Anna Berg of the Nordvik Council met " + own + " and " + other
                    + " about matter number " + i + ". " + ANGLES[i] + ".";
            ArticleFixture a = article("d" + i, "en", "2030-05-08", text);
            if (i < 8) a.person("Anna Berg", "Anna Berg").person("Nordvik Council", "Nordvik Council");
            store.add(a.person(own, own).person(other, other).build());
        }

        assertThat(StoryClusterer.defaults().cluster(store, 2)).isEmpty();
    }
}
