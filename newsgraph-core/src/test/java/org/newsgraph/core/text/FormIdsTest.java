package org.newsgraph.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
