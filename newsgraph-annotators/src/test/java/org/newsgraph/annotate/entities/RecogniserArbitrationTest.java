package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;

/**
 * Where the rules' evidence is weak, the recogniser decides: the word that opens a sentence, quoted titles, and the
 * capitalised complement of a role phrase.
 */
class RecogniserArbitrationTest {

    private static List<String> names(List<Entity> entities) {
        return entities.stream().flatMap(e -> e.mentions().stream())
                .filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::text).toList();
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
}
