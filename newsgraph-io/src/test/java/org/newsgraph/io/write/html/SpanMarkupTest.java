package org.newsgraph.io.write.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Annotated ranges become properly nested, escaped markup, whatever ranges an analysis carries. */
class SpanMarkupTest {

    @Test
    void nestsInnerRangesInsideOuterOnes() {
        String text = "The mayor said we rebuild.";
        String html = new SpanMarkup()
                .add(0, 26, 0, "<q>", "</q>")
                .add(4, 9, 3, "<m>", "</m>")
                .render(text);
        assertThat(html).isEqualTo("<q>The <m>mayor</m> said we rebuild.</q>");
    }

    @Test
    void sameBoundsAreOrderedByRank() {
        String html = new SpanMarkup().add(0, 4, 3, "<e>", "</e>").add(0, 4, 2, "<c>", "</c>").render("Anna left");
        assertThat(html).isEqualTo("<c><e>Anna</e></c> left");
    }

    @Test
    void aRangeCrossingItsParentIsCutAtTheParentsEnd() {
        String html = new SpanMarkup().add(0, 5, 0, "<a>", "</a>").add(3, 8, 1, "<b>", "</b>").render("abcdefghij");
        assertThat(html).isEqualTo("<a>abc<b>de</b></a>fghij");
    }

    @Test
    void dropsRangesOutOfBoundsOrEmpty() {
        String html = new SpanMarkup().add(-1, 3, 0, "<x>", "</x>").add(2, 99, 0, "<y>", "</y>").add(4, 4, 0, "<z>", "</z>")
                .render("short");
        assertThat(html).isEqualTo("short");
    }

    @Test
    void escapesTheTextEverywhere() {
        String text = "<script>alert(1)</script> & \"quotes\"";
        String html = new SpanMarkup().add(0, 8, 0, "<b>", "</b>").render(text);
        assertThat(html).isEqualTo("<b>&lt;script&gt;</b>alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;");
    }
}
