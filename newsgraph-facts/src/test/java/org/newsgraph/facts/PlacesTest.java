package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

class PlacesTest {

    private static Entity place(String name, String country) {
        return new Entity("e", EntityType.LOCATION, name, Optional.empty(), Optional.ofNullable(country),
                Optional.empty(), Optional.empty(), List.of());
    }

    @Test
    void aCityIsContainedInTheCountryItsEntityNames() {
        assertThat(Places.contains(place("Kazakhstan", null), place("Almaty", "KZ"))).isTrue();
        assertThat(Places.contains(place("Kazakhstan", null), place("Moscow", "RU"))).isFalse();
        assertThat(Places.contains(place("Almaty", "KZ"), place("Kazakhstan", "KZ"))).isFalse();
    }

    @Test
    void countriesAreRecognisedByTheirNameInSeveralLanguages() {
        assertThat(Places.countryCodeOf("Казахстан")).contains("KZ");
        assertThat(Places.countryCodeOf("Allemagne")).contains("DE");
        assertThat(Places.countryCodeOf("Kazakhstan")).contains("KZ");
        assertThat(Places.countryCodeOf("Almaty")).isEmpty();
    }

    @Test
    void theAliasesOfThePacksNameTheirCountry() {
        assertThat(Places.countryCodeOf("USA")).contains("US");
        assertThat(Places.countryCodeOf("Russian Federation")).contains("RU");
    }

    @Test
    void aPlaceIsGroupedUnderItsCountry() {
        assertThat(Places.placeOf(place("Almaty", "KZ"))).isEqualTo(new Place("KZ", "Kazakhstan"));
        assertThat(Places.placeOf(place("Atlantis", null)).key()).isEqualTo("atlantis");
        assertThat(Places.placeOfName("kz").key()).isEqualTo("KZ");
    }
}
