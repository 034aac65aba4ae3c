package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;

class PlaceChoiceTest {
    private static KbEntry place(String name, String country, long population) {
        return new KbEntry(name + country, EntityType.LOCATION, name, Optional.empty(), Optional.of(country),
                Optional.empty(), Optional.empty(), List.of(name), Set.of(), population, "");
    }

    private final List<KbEntry> namesakes = List.of(place("Tripoli", "LY", 1_150_000), place("Tripoli", "LB", 230_000));

    @Test
    void withoutCountriesInTheArticleTheMostPopulousWins() {
        assertThat(PlaceChoice.best(namesakes, Map.of()).country()).contains("LY");
    }

    @Test
    void theCountryTheArticleNamesWinsOverPopulation() {
        assertThat(PlaceChoice.best(namesakes, Map.of("LB", 3, "FR", 1)).country()).contains("LB");
    }
}
