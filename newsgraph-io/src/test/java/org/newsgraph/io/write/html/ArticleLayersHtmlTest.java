package org.newsgraph.io.write.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Framing;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

/**
 * The article page shows the events and framing layers and where and when each figure is, as the analysis says;
 * indices that point nowhere (a stored or posted analysis is untrusted) are left out, and every word is escaped.
 */
class ArticleLayersHtmlTest {
    private static final String TEXT = "On Friday, reportedly 40 people were evacuated from Tromsø as the river flooded.";

    private static int at(String words) {
        return TEXT.indexOf(words);
    }

    private static Analysis analysis(String eventType, String reason) {
        int town = at("Tromsø");
        Entity tromso = new Entity("e1", EntityType.LOCATION, "Tromsø", Optional.empty(), Optional.of("NO"),
                Optional.empty(), Optional.empty(), List.of(new Mention("Tromsø", town, town + 6, Mention.Kind.NAME)));
        Reference place = new Reference(Optional.of("e1"), Optional.of("Tromsø"), town, town + 6);
        int fig = at("40 people");
        Figure evacuated = new Figure(40, OptionalDouble.empty(), false, Optional.empty(), Measure.EVACUATED,
                "40 people were evacuated", fig, fig + 24, Optional.empty(), OptionalInt.empty())
                .withSetting(Optional.of("e1"), Optional.of("2031-10-03"));
        TimeExpression friday = new TimeExpression("Friday", at("Friday"), at("Friday") + 6, Optional.of("2031-10-03"), Optional.empty());
        Event flood = new Event(eventType, "flooded", at("flooded"), at("flooded") + 7, Optional.empty(), Optional.empty(),
                Optional.of(place), false, OptionalInt.of(0), List.of(0, 7));
        Event evacuation = new Event("evacuation", "evacuated", at("evacuated"), at("evacuated") + 9, Optional.of("0233"),
                Optional.empty(), Optional.of(new Reference(Optional.of("e1"), Optional.of("Tromsø"), -1, -1)), true,
                OptionalInt.of(9), List.of());
        Framing hedge = new Framing(Framing.Kind.HEDGE, "reportedly", at("reportedly"), at("reportedly") + 10, reason,
                Optional.empty(), Optional.empty(), Optional.empty());
        Framing unsourced = new Framing(Framing.Kind.UNSOURCED_FIGURE, "40 people were evacuated", fig, fig + 24,
                "figure without a source", Optional.empty(), Optional.empty(), Optional.empty());
        return new Analysis("river-1", "en", Optional.of("2031-10-04"), Optional.empty(), Optional.empty(), TEXT, TEXT,
                Optional.empty(), List.of(tromso), List.of(), List.of(evacuated), List.of(friday), List.of(),
                List.of(flood, evacuation), List.of(hedge, unsourced));
    }

    @Test
    void eventsAreHighlightedAndListedWithPlaceTimeAndFigures() {
        String html = new ArticleHtmlWriter(ArticleLinks.NONE).fragment(analysis("flood", "hedge: unconfirmed"));
        assertThat(html).contains("<span class=\"event\" id=\"ev1\" data-type=\"flood\" title=\"flood in Tromsø, 2031-10-03\">flooded</span>")
                .contains("<a class=\"event-type\" href=\"#ev1\">flood</a>")
                .contains("<span class=\"when\">2031-10-03</span>")
                .contains("<a class=\"event-figure\" href=\"#f1\">#1</a>")
                .doesNotContain("href=\"#f8\"")   // figure index 7 points nowhere
                .contains("CAMEO 0233")
                .contains("<span class=\"place\">Tromsø</span> <span class=\"inferred\">(inferred from the article)</span>");
        String second = html.substring(html.indexOf("data-event=\"ev2\""));
        assertThat(second.substring(0, second.indexOf("</li>"))).doesNotContain("class=\"when\"");   // time index 9: none
    }

    @Test
    void flaggedWordingIsHighlightedAndListedWithItsReason() {
        String html = new ArticleHtmlWriter(ArticleLinks.NONE).fragment(analysis("flood", "hedge: unconfirmed"));
        assertThat(html).contains("<span class=\"frame frame-hedge\" id=\"fr1\" title=\"hedge: unconfirmed\">reportedly</span>")
                .contains("<li class=\"framing-item frame-hedge\" data-frame=\"fr1\"><span class=\"type\">hedge</span>")
                .contains("<li class=\"framing-item frame-unsourced_figure\" data-frame=\"fr2\"><span class=\"type\">unsourced figure</span>");
    }

    @Test
    void aFigureShowsThePlaceAndDateItIsAbout() {
        String html = new ArticleHtmlWriter(ArticleLinks.NONE).fragment(analysis("flood", "hedge"));
        assertThat(html).contains("<td class=\"setting\">Tromsø · 2031-10-03</td>");
    }

    @Test
    void untrustedLayerWordsAreEscaped() {
        String html = ArticleHtmlWriter.standalone(analysis("<img src=x onerror=alert(1)>", "<script>alert(2)</script>"));
        assertThat(html).doesNotContain("<img").doesNotContain("<script")
                .contains("data-type=\"&lt;img src=x onerror=alert(1)&gt;\"")
                .contains("&lt;script&gt;alert(2)&lt;/script&gt;");
    }
}
