package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * A person title after a name and a comma ("Jeanne X, maire de Y") makes the name a person's, whatever the
 * recogniser makes of a given name it has never seen; a place or body after "de" / "of" is not turned into one.
 */
class TitleInAppositionNamesAPersonTest {

    @Test
    void anUnknownNameBeforeACommaAndATitleIsAPerson() {
        List<Entity> fr = entities("fr", "Selon Ysolde Marbrevaux, porte-parole de la préfecture, la digue a cédé dans la nuit.");
        assertThat(named(fr, "Ysolde Marbrevaux")).isNotNull()
                .extracting(Entity::type).isEqualTo(EntityType.PERSON);
        List<Entity> en = entities("en", "Quorin Vadelsby, spokeswoman for the shelter, said the roads were closed.");
        assertThat(named(en, "Quorin Vadelsby")).isNotNull()
                .extracting(Entity::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aPlaceAfterDeBeforeACommaAndATitleIsNoPerson() {
        List<Entity> fr = entities("fr", "Le maire de Brenouville-sur-Aume, président de la communauté, a parlé.");
        Entity town = named(fr, "Brenouville-sur-Aume");
        assertThat(town == null || town.type() != EntityType.PERSON).isTrue();
    }

    @Test
    void aTitleThatEndsTheSentenceIsNoApposition() {
        assertThat(titleAfterWord("fr", "Ils ont rencontré Ysolde, maire.", "Ysolde")).isFalse();
        assertThat(titleAfterWord("fr", "Ils ont rencontré Ysolde Marbrevaux, maire de la ville.", "Marbrevaux")).isTrue();
        assertThat(titleAfterWord("fr", "Ils ont rencontré Ysolde Marbrevaux, la ville a applaudi.", "Marbrevaux")).isFalse();
    }

    private static boolean titleAfterWord(String lang, String text, String word) {
        NameLexicons lx = EntityDocs.ANNOTATOR.lexicons(lang);
        Words w = Words.of(EntityDocs.segmented(lang, text, List.of()), lx);
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).text.equals(word)) return NameFinder.titleAfter(w, lx, i);
        }
        throw new AssertionError("no word " + word);
    }
}
