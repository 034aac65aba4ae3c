package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/** Roles the article ties to a named person by apposition, by the body they head, or by the KB's terms of office. */
class RoleAppositionTest {

    @Test
    void aRoleAfterTheNameAndACommaIsThatPersonsRoleLaterToo() {
        List<Entity> fr = entities("fr", "Paul Lefort, le ministre de l'Intérieur, a annoncé des renforts. "
                + "Le ministre de l'Intérieur a ensuite visité la caserne.");
        assertThat(roles(named(fr, "Paul Lefort"))).containsExactly("le ministre de l'Intérieur", "Le ministre de l'Intérieur");
    }

    @Test
    void aRoleBeforeTheNameAndACommaBindsTheName() {
        List<Entity> en = entities("en", "The health minister, Daniel Okafor, visited the ward. Later the health minister met nurses.");
        assertThat(roles(named(en, "Daniel Okafor"))).hasSize(2);
    }

    @Test
    void theHeadOfANamedBodyIsThePersonNamedSo() {
        List<Entity> ru = entities("ru", "Глава МЧС Сергей Орлов прибыл на место. Позже глава МЧС провел совещание.");
        assertThat(roles(named(ru, "Сергей Орлов"))).hasSize(2);
    }

    @Test
    void aRoleWithoutAHolderInTheArticleStaysUnresolved() {
        List<Entity> en = entities("en", "The interior minister said the roads were closed.");
        assertThat(en).allSatisfy(e -> assertThat(roles(e)).isEmpty());
    }

    @Test
    void theKbHolderOfARoleIsTheOneInOfficeOnThePublicationDay() {
        KbEntry former = new KbEntry("p1", EntityType.PERSON, "Former Leader", Optional.empty(), Optional.of("XX"),
                Optional.empty(), Optional.empty(), List.of("Former Leader"),
                Set.of("head_of_state:XX@2010-01-01/2020-01-01"), 0, "");
        KbEntry current = new KbEntry("p2", EntityType.PERSON, "Current Leader", Optional.empty(), Optional.of("XX"),
                Optional.empty(), Optional.empty(), List.of("Current Leader"), Set.of("head_of_state:XX@2020-01-01/"), 0, "");
        Optional<LocalDate> in2015 = Optional.of(LocalDate.of(2015, 6, 1));
        assertThat(former.holds("head_of_state:XX", in2015)).isTrue();
        assertThat(current.holds("head_of_state:XX", in2015)).isFalse();
        assertThat(former.holds("head_of_state:XX", Optional.empty())).isFalse();
        assertThat(current.holds("head_of_state:XX", Optional.empty())).isTrue();
        assertThat(current.holds("head_of_state:YY", Optional.empty())).isFalse();
    }
}
