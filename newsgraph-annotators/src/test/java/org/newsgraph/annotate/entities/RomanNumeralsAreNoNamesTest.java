package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;

class RomanNumeralsAreNoNamesTest {
    @Test
    void numeralsOfIVAndXAreRecognised() {
        assertThat(NameFinder.romanNumeral("XIX")).isTrue();
        assertThat(NameFinder.romanNumeral("XXI")).isTrue();
        assertThat(NameFinder.romanNumeral("IV")).isTrue();
        assertThat(NameFinder.romanNumeral("VIII")).isTrue();
        assertThat(NameFinder.romanNumeral("IIII")).isFalse();
        assertThat(NameFinder.romanNumeral("VV")).isFalse();
        assertThat(NameFinder.romanNumeral("IIX")).isFalse();
        assertThat(NameFinder.romanNumeral("DC")).isFalse();
        assertThat(NameFinder.romanNumeral("I")).isFalse();
        assertThat(NameFinder.romanNumeral("IBM")).isFalse();
    }

    @Test
    void aCenturyWrittenInRomanNumeralsIsNoEntity() {
        List<Entity> ru = entities("ru", "Здание построили в конце XIX века, а перестроили в XXI веке.");
        assertThat(ru).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("X")));
    }
}
