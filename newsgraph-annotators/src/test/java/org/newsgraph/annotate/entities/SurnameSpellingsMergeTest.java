package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;

class SurnameSpellingsMergeTest {
    @Test
    void twoTransliterationsOfOneSurnameAfterTheSameFirstNameAreOnePerson() {
        List<Entity> en = entities("en", "Rescuer Karim Haddadine said the road was cut. Later Karim Haddadin told reporters more help came.");
        assertThat(named(en, "Karim Haddadine")).isSameAs(named(en, "Karim Haddadin"));
    }

    @Test
    void differentSurnamesOrFirstNamesStayApart() {
        List<Entity> en = entities("en", "Officer Ali Hassan spoke first. Then Ali Hussein answered, and Omar Haddad and Samir Haddad agreed.");
        assertThat(named(en, "Ali Hassan")).isNotSameAs(named(en, "Ali Hussein"));
        assertThat(named(en, "Omar Haddad")).isNotSameAs(named(en, "Samir Haddad"));
    }

    @Test
    void editDistanceStopsAtTwo() {
        assertThat(EntityClusterer.editsAtMostTwo("nassrine", "nasrin")).isTrue();
        assertThat(EntityClusterer.editsAtMostTwo("smirnof", "smirnov")).isTrue();
        assertThat(EntityClusterer.editsAtMostTwo("hasan", "husein")).isFalse();
        assertThat(EntityClusterer.editsAtMostTwo("abcdef", "abcxyz")).isFalse();
    }
}
