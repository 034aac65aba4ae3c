package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;

class KbLookupTest {
    private static KbLookup kb;

    @BeforeAll
    static void load() {
        kb = KbLookup.load(Optional.empty());
    }

    @Test
    void spellingsScriptsAndCaseFormsOfOneNameShareAKey() {
        assertThat(kb.keys("Tokayev")).containsAnyElementsOf(kb.keys("Tokaïev"));
        assertThat(kb.keys("Tokayev")).containsAnyElementsOf(kb.keys("Токаева"));
        assertThat(kb.keys("...")).isEmpty();
    }

    @Test
    void aSurnameAloneNamesTheKnownPerson() {
        assertThat(kb.referents("Путина")).extracting(KbLookup.Referent::name).contains("Vladimir Putin");
        assertThat(kb.referents("Tokaïev")).extracting(KbLookup.Referent::name).contains("Kassym-Jomart Tokayev");
    }

    @Test
    void aCityInAnotherScriptIsFoundWithItsCountry() {
        assertThat(kb.referents("Алматы")).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("Almaty");
            assertThat(r.type()).isEqualTo(EntityType.LOCATION);
            assertThat(r.country()).contains("KZ");
        });
        assertThat(kb.referents("Kazakhstan")).anySatisfy(r -> assertThat(r.country()).contains("KZ"));
    }

    @Test
    void aCityLiesInItsFirstLevelRegion() {
        assertThat(kb.regionOf("Urumqi", Optional.of("CN"))).contains("Xinjiang");
        assertThat(kb.regionOf("Urumqi", Optional.of("FR"))).isEmpty();
        assertThat(kb.regionOf("Nowhere-on-Earth", Optional.empty())).isEmpty();
    }
}
