package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.Layers;

/** "According to a statement from X": the author of the document is the source, not the document. */
class SourceDocumentTest {

    @Test
    void directQuoteCreditedThroughAStatementGoesToItsAuthor() {
        String text = "\"We are ready for the storm and every shelter is open,\" according to a statement from the harbour office.";
        assertThat(QuoteDocs.of("en", text).quotes()).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("the harbour office"));
    }

    @Test
    void frenchCommuniqueGivesItsAuthorAsTheSource() {
        String text = "Selon un communiqué de la préfecture, 40 familles ont été relogées dans la nuit.";
        assertThat(QuoteDocs.of("fr", text).annotate().expect(Layers.ATTRIBUTIONS)).singleElement()
                .satisfies(a -> assertThat(a.source().text()).contains("la préfecture"));
    }
}
