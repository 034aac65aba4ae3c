package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Mention;

class EntityAnnotatorTest {

    @Test
    void idsFollowFirstMentionsAndOffsetsPointAtTheText() {
        String text = "Talks in Astana ended. Kassym-Jomart Tokayev thanked the United Nations.";
        List<Entity> en = entities("en", text);
        assertThat(en).extracting(Entity::id).containsExactly("e1", "e2", "e3");
        assertThat(en.get(0).name()).isEqualTo("Astana");
        for (Entity e : en) {
            for (Mention m : e.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void survivesPathologicalText() {
        StringBuilder caps = new StringBuilder();
        for (int i = 0; i < 5000; i++) caps.append("Abc-Def ").append(i % 7 == 0 ? "de " : "");
        assertThat(entities("fr", caps.toString())).isNotNull();
        Random r = new Random(7);
        StringBuilder noise = new StringBuilder();
        String alphabet = "aA bБ-'’.,«»()ЁёÉé0 \n";
        for (int i = 0; i < 20000; i++) noise.append(alphabet.charAt(r.nextInt(alphabet.length())));
        for (String lang : List.of("fr", "en", "ru", "xx", "zz")) assertThat(entities(lang, noise.toString())).isNotNull();
    }
}
