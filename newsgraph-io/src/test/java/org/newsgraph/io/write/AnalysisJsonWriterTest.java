package org.newsgraph.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

class AnalysisJsonWriterTest {

    private static Analysis sample() {
        Entity e = new Entity("e1", EntityType.PERSON, "Almaz Orozbekov", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Mention("Orozbekov", 10, 19, Mention.Kind.NAME), new Mention("le chef", 30, 37, Mention.Kind.ROLE)));
        Quote q = new Quote("Nous tiendrons", 40, 54, true, Optional.of(new Reference(Optional.of("e1"), Optional.of("Orozbekov"), 60, 69)));
        Figure f1 = new Figure(47, OptionalDouble.empty(), false, Optional.empty(), Measure.KILLED, "47 morts", 70, 78, Optional.empty(), OptionalInt.empty());
        Figure f2 = new Figure(6, OptionalDouble.empty(), false, Optional.empty(), Measure.KILLED, "6 sauveteurs", 80, 92, Optional.empty(), OptionalInt.of(0));
        TimeExpression t = new TimeExpression("Mardi", 0, 5, Optional.of("2024-04-16"), Optional.empty());
        TimeExpression range = new TimeExpression("du 8 au 10 avril", 95, 111, Optional.of("2024-04-08"), Optional.empty(),
                Optional.of("2024-04-10"));
        return new Analysis("a1", "fr", Optional.of("2024-04-20"), Optional.empty(), Optional.of("Titre"), "Titre\n\nCorps", "Corps",
                Optional.empty(), List.of(e), List.of(q), List.of(f1, f2), List.of(t, range), List.of());
    }

    @Test
    void writesFormatFieldsWithWholeNumbersAndNulls() throws Exception {
        JsonNode n = new ObjectMapper().readTree(new AnalysisJsonWriter(false).toJson(sample()));
        assertThat(n.get("id").asText()).isEqualTo("a1");
        assertThat(n.get("outlet").isNull()).isTrue();
        assertThat(n.get("entities").get(0).get("mentions").get(1).get("kind").asText()).isEqualTo("role");
        assertThat(n.get("entities").get(0).get("mentions").get(0).has("kind")).isFalse();
        assertThat(n.get("quotes").get(0).get("speaker").get("entity").asText()).isEqualTo("e1");
        assertThat(n.get("figures").get(0).get("value").isIntegralNumber()).isTrue();
        assertThat(n.get("figures").get(0).get("part_of").isNull()).isTrue();
        assertThat(n.get("figures").get(1).get("part_of").asInt()).isZero();
        assertThat(n.get("figures").get(0).get("source").isNull()).isTrue();
        assertThat(n.get("times").get(0).get("value").asText()).isEqualTo("2024-04-16");
        assertThat(n.get("times").get(0).get("mod").isNull()).isTrue();
    }

    @Test
    void onlyADeniedFigureCarriesAStatusAndItsDenierAndReadsBack() throws Exception {
        Analysis a = sample();
        Reference ministry = new Reference(Optional.empty(), Optional.of("le ministère"), 0, 12);
        Figure denied = a.figures().get(0).withDenial(Optional.of(new Figure.Denial(Optional.of(ministry))));
        Analysis withDenial = new Analysis(a.id(), a.lang(), a.published(), a.outlet(), a.title(), a.text(), a.body(),
                a.url(), a.entities(), a.quotes(), List.of(denied, a.figures().get(1)), a.times(), a.warnings());
        String json = new AnalysisJsonWriter(false).toJson(withDenial);
        JsonNode n = new ObjectMapper().readTree(json);
        assertThat(n.get("figures").get(0).get("status").asText()).isEqualTo("denied");
        assertThat(n.get("figures").get(0).get("denied_by").get("text").asText()).isEqualTo("le ministère");
        assertThat(n.get("figures").get(1).has("status")).isFalse();
        Analysis back = org.newsgraph.io.json.AnalysisJsonReader.read(json);
        assertThat(back.figures().get(0).denial().flatMap(Figure.Denial::by).flatMap(Reference::text))
                .hasValue("le ministère");
        assertThat(back.figures().get(1).denied()).isFalse();
    }

    @Test
    void onlyARangeCarriesAnEndValue() throws Exception {
        JsonNode n = new ObjectMapper().readTree(new AnalysisJsonWriter(false).toJson(sample()));
        assertThat(n.get("times").get(0).has("value_end")).isFalse();
        assertThat(n.get("times").get(1).get("value").asText()).isEqualTo("2024-04-08");
        assertThat(n.get("times").get(1).get("value_end").asText()).isEqualTo("2024-04-10");
    }

    @Test
    void textSummaryNamesSpeakerFigureAndTime() {
        String s = new AnalysisTextWriter(false).render(sample());
        assertThat(s).contains("Almaz Orozbekov").contains("47").contains("killed").contains("(part of #1)").contains("2024-04-16");
    }
}
