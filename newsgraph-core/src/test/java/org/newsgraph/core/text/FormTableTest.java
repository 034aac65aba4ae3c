package org.newsgraph.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTableTest {

    @Test
    void aPieceFindsTheValueOfItsFormAndAnUnknownFormFindsNothing() {
        FormTable<String> t = FormTable.of(Map.of("hier", "yesterday", "demain", "tomorrow"));
        Words w = Words.of("Hier et DEMAIN, vraiment-pas-listé", Normalizer.basic());
        assertThat(t.get(w.formId(0))).isEqualTo("yesterday");
        assertThat(t.get(w.formId(1))).isNull();
        assertThat(t.get(w.formId(2))).isEqualTo("tomorrow");
        assertThat(t.get(FormIds.NONE)).isNull();
        assertThat(t.size()).isEqualTo(2);
    }

    @Test
    void manyFormsEachKeepTheirOwnValue() {
        Map<String, Integer> m = new HashMap<>();
        for (int k = 0; k < 5000; k++) m.put("forme" + k, k);
        FormTable<Integer> t = FormTable.of(m);
        for (int k = 0; k < 5000; k++) assertThat(t.get(FormIds.find("forme" + k))).isEqualTo(k);
        assertThat(FormTable.of(Map.of()).isEmpty()).isTrue();
    }
}
