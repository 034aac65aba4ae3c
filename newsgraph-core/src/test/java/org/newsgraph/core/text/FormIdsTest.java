package org.newsgraph.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.Lexicon;

class FormIdsTest {

    @Test
    void aRegisteredFormKeepsOneIdAndAnUnregisteredOneHasNone() {
        int id = FormIds.intern("vœu-formids-test");
        assertThat(FormIds.intern("vœu-formids-test")).isEqualTo(id);
        assertThat(FormIds.find("vœu-formids-test")).isEqualTo(id);
        assertThat(FormIds.count()).isGreaterThan(id);
        assertThat(FormIds.find("never-registered-formids-test")).isEqualTo(FormIds.NONE);
    }

    @Test
    void piecesWithEqualFormsShareAnIdAndAPhraseWordMakesItsFormKnown() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(Normalizer.basic()).add("Bouleau rouge", "tree").build();
        Words w = Words.of("bouleau BOULEAU zorglubien", Normalizer.basic());
        assertThat(w.formId(0)).isEqualTo(FormIds.find("bouleau")).isNotEqualTo(FormIds.NONE);
        assertThat(w.formId(1)).isEqualTo(w.formId(0));
        assertThat(w.formId(2)).isEqualTo(FormIds.NONE);
        assertThat(m.longestAt(w, 0, w.size())).isNull();
    }

    @Test
    void aLayerReadBeforeATableWasBuiltStillMatchesIt() {
        Words w = Words.of("Le grand tétras chante", Normalizer.basic());
        int before = w.formId(2);
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(Normalizer.basic())
                .addWords(List.of("tétras", "chante"), "song").build();
        assertThat(before).isEqualTo(FormIds.NONE);
        assertThat(w.formId(2)).isEqualTo(FormIds.find("tétras"));
        assertThat(m.match(w, 2).orElseThrow().value()).isEqualTo("song");
    }

    @Test
    void theIdReadFromTheCharactersIsTheIdOfTheNormalForm() {
        // folding to one character (ё → е), to two (æ → ae) and to none (a soft hyphen dropped)
        Normalizer folding = Normalizer.of(Lexicon.of("xx/folding",
                List.of(List.of("ё", "е"), List.of("æ", "ae"), List.of("\u00AD", ""))));
        for (String registered : List.of("ещё-formids", "l'été-formids", "caesar-formids", "co-opération-formids")) {
            FormIds.intern(folding.normalize(registered));
        }
        String text = "ЕЩЁ-formids L’Été-formids l`été-formids Cæsar-formids co\u00ADopération-formids"
                + " co–opération-formids Zorglub-formids";
        for (int from = 0; from < text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertThat(FormIds.find(text, from, to, folding))
                        .as("%s", text.substring(from, to))
                        .isEqualTo(FormIds.find(folding.normalize(text, from, to)));
            }
        }
        int ete = FormIds.find("l'été-formids");
        assertThat(ete).isNotEqualTo(FormIds.NONE);
        int at = text.indexOf("L’Été");
        assertThat(FormIds.find(text, at, at + "L’Été-formids".length(), folding)).isEqualTo(ete);
        assertThat(FormIds.form(ete)).isEqualTo("l'été-formids");
    }

    @Test
    void aPieceOfAKnownFormCarriesItsIdAndTheRegisteredString() {
        int grebe = FormIds.intern("grèbe");
        Words w = Words.of("le GRÈBE Zorglubesque", Normalizer.basic());
        assertThat(w.formId(1)).isEqualTo(grebe);
        assertThat(w.norm(1)).isSameAs(FormIds.form(grebe));
        assertThat(w.formId(2)).isEqualTo(FormIds.NONE);
        assertThat(w.norm(2)).isEqualTo("zorglubesque");
    }
}
