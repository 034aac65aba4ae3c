package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;

/**
 * Where the rules' evidence is weak, the recogniser decides: the word that opens a sentence, quoted titles, the
 * capitalised complement of a role phrase, a body named after a place, and a given name a place's spelling hides in.
 */
class RecogniserArbitrationTest {

    private static List<String> names(List<Entity> entities) {
        return entities.stream().flatMap(e -> e.mentions().stream())
                .filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::text).toList();
    }

    /** The type of the one entity that has the name among its mentions. */
    private static EntityType typeOf(List<Entity> entities, String name) {
        List<Entity> named = entities.stream().filter(e -> names(List.of(e)).contains(name)).toList();
        assertThat(named).hasSize(1);
        return named.get(0).type();
    }

    @Test
    void aWordCapitalisedOnlyForOpeningTheSentenceStaysOutOfTheName() {
        List<String> ru = names(entities("ru", "Недавно Аркадий Волынцев вернулся в город. Вчера он выступил перед жителями."));
        assertThat(ru).contains("Аркадий Волынцев").noneMatch(n -> n.startsWith("Недавно"));
    }

    @Test
    void theBodyATitleHeadsIsNoPerson() {
        List<Entity> ru = entities("ru", "Глава Роспотребнадзора Ирина Самойлова заявила, что проверки продолжатся.");
        assertThat(ru).filteredOn(e -> names(List.of(e)).contains("Роспотребнадзора"))
                .singleElement().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(ru).filteredOn(e -> names(List.of(e)).contains("Ирина Самойлова"))
                .singleElement().extracting(Entity::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void anOfficialNameGoesOnOverTheComplementTheRecogniserReads() {
        List<String> ru = names(entities("ru",
                "Сотрудники Главного управления МВД России по Тверской области задержали двоих мужчин."));
        assertThat(ru).contains("Главного управления МВД России по Тверской области", "Тверской области")
                .doesNotContain("Главного управления");
    }

    @Test
    void theComplementOfARolePhraseIsNoPlaceOfItsOwn() {
        List<Entity> fr = entities("fr", "Le ministre de l'Intérieur a visité la caserne de Brionne lundi.");
        assertThat(names(fr)).doesNotContain("Intérieur");
    }

    @Test
    void aBodyNamedAfterAPlaceJoinsItsWordsAndKeepsThePlaceNested() {
        List<String> ru = names(entities("ru",
                "Об этом он рассказал в интервью Русской службе «Голоса Америки». Голос Америки: Как вы оцените решение?"));
        assertThat(ru).contains("Голоса Америки", "Голос Америки", "Америки");
    }

    @Test
    void aKnownPlaceTheRecogniserReadsAsAClubIsAnOrganisation() {
        List<Entity> ru = entities("ru",
                "Футболисты «Ромы» обыграли соперников со счётом 2:1. Нападающий «Ромы» забил два гола.");
        assertThat(typeOf(ru, "Ромы")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPlaceSpeltInsideAHyphenatedGivenNameIsNoPlace() {
        List<Entity> ru = entities("ru",
                "Чемпион Европы Ливиу-Андрей Морошану (Румыния) выиграл партию. Морошану занимает пятое место.");
        assertThat(typeOf(ru, "Ливиу-Андрей Морошану")).isEqualTo(EntityType.PERSON);
        assertThat(names(ru)).doesNotContain("Ливиу");
    }
}
