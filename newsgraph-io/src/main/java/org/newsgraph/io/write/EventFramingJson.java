package org.newsgraph.io.write;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Framing;

/** The {@code events[]} and {@code framing[]} arrays of the analysis JSON (docs/format.md §2). */
final class EventFramingJson {
    private EventFramingJson() {
    }

    static void events(JsonGenerator g, List<Event> events) throws IOException {
        g.writeArrayFieldStart("events");
        for (Event e : events) {
            g.writeStartObject();
            g.writeStringField("type", e.type());
            g.writeStringField("text", e.text());
            g.writeNumberField("start", e.start());
            g.writeNumberField("end", e.end());
            nullable(g, "cameo", e.cameo());
            nullable(g, "cameo_root", e.cameo().map(c -> c.substring(0, Math.min(2, c.length()))));
            AnalysisJsonWriter.reference(g, "actor", e.actor());
            AnalysisJsonWriter.reference(g, "place", e.place());
            g.writeBooleanField("place_inferred", e.placeInferred());
            g.writeFieldName("time");
            if (e.time().isPresent()) g.writeNumber(e.time().getAsInt()); else g.writeNull();
            g.writeArrayFieldStart("figures");
            for (int f : e.figures()) g.writeNumber(f);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void framing(JsonGenerator g, List<Framing> framing) throws IOException {
        g.writeArrayFieldStart("framing");
        for (Framing f : framing) {
            g.writeStartObject();
            g.writeStringField("kind", f.kind().jsonName());
            g.writeStringField("text", f.text());
            g.writeNumberField("start", f.start());
            g.writeNumberField("end", f.end());
            g.writeStringField("reason", f.reason());
            nullable(g, "alternative", f.alternative());
            nullable(g, "basis", f.basis());
            AnalysisJsonWriter.reference(g, "speaker", f.speaker());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void nullable(JsonGenerator g, String field, Optional<String> v) throws IOException {
        if (v.isPresent()) g.writeStringField(field, v.get()); else g.writeNullField(field);
    }
}
