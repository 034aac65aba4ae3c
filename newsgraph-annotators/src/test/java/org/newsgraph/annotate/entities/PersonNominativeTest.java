package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Entity;

class PersonNominativeTest {
    private static final PersonNominative RU = PersonNominative.of(LanguagePacks.expect("ru").lexicon("person-nominatives"));

    @Test
    void aFeminineNameInTheGenitiveGoesBackToTheNominative() {
        assertThat(RU.of("Ольги Смирновой")).isEqualTo("Ольга Смирнова");
        assertThat(RU.of("Марии Беловой")).isEqualTo("Мария Белова");
        assertThat(RU.of("Натальи Горской")).isEqualTo("Наталья Горская");
    }

    @Test
    void aMasculineNameWithAnAdjectivalOrInstrumentalSurnameGoesBackToTheNominative() {
        assertThat(RU.of("Сергея Вольского")).isEqualTo("Сергей Вольский");
        assertThat(RU.of("Виктором Крыловым")).isEqualTo("Виктор Крылов");
    }

    @Test
    void aNameAlreadyInTheNominativeOrAmbiguousStaysAsItIs() {
        assertThat(RU.of("Елена Котова")).isEqualTo("Елена Котова");
        assertThat(RU.of("Лев Толстой")).isEqualTo("Лев Толстой");
        assertThat(RU.of("Павла Котова")).isEqualTo("Павла Котова"); // genitive of Павел or a woman's name: unknown
        assertThat(RU.of("Котова")).isEqualTo("Котова");
        assertThat(PersonNominative.NONE.of("Ольги Смирновой")).isEqualTo("Ольги Смирновой");
    }

    @Test
    void anUnknownPersonSeenOnlyInTheGenitiveIsNamedInTheNominative() {
        List<Entity> ru = entities("ru", "По словам следователя Ольги Смирновой, документы изъяты.");
        assertThat(named(ru, "Ольги Смирновой").name()).isEqualTo("Olga Smirnova");
    }
}
