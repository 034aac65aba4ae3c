package org.newsgraph.io.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

/**
 * Writes an {@link Analysis} as the docs/format.md §2 JSON object, fields in the documented order: as a string, to
 * a character stream, or encoded as UTF-8 straight to a byte stream (files: no string of the whole analysis is made).
 */
public final class AnalysisJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final boolean pretty;

    public AnalysisJsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public String toJson(Analysis a) {
        // the analysis repeats the text twice (text and body): a builder of that size rarely grows
        BuilderWriter w = new BuilderWriter(2 * a.text().length() + 2048);
        write(a, w);
        return w.toString();
    }

    /**
     * An unsynchronised writer into one {@link StringBuilder}: the generator's buffer is copied once into it and
     * once into the string (a {@code StringWriter} locks a {@code StringBuffer} on every write; Jackson's segmented
     * writer copies the segments a third time).
     */
    private static final class BuilderWriter extends Writer {
        private final StringBuilder b;

        BuilderWriter(int capacity) {
            b = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int off, int len) {
            b.append(chars, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            b.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            b.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    public void write(Analysis a, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(a, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the UTF-8 JSON to the stream, which stays open; buffered by the generator, flushed at the end. */
    public void write(Analysis a, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(a, g);
        }
    }

    private void write(Analysis a, JsonGenerator g) throws IOException {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("lang", a.lang());
        opt(g, "published", a.published());
        opt(g, "url", a.url());
        g.writeFieldName("outlet");
        if (a.outlet().isPresent()) outlet(g, a.outlet().get()); else g.writeNull();
        opt(g, "title", a.title());
        g.writeStringField("text", a.text());
        g.writeStringField("body", a.body());
        g.writeArrayFieldStart("entities");
        for (Entity e : a.entities()) entity(g, e);
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) quote(g, q);
        g.writeEndArray();
        g.writeArrayFieldStart("figures");
        for (Figure f : a.figures()) figure(g, f);
        g.writeEndArray();
        g.writeArrayFieldStart("times");
        for (TimeExpression t : a.times()) time(g, t);
        g.writeEndArray();
        EventFramingJson.events(g, a.events());
        EventFramingJson.framing(g, a.framing());
        if (!a.warnings().isEmpty()) {
            g.writeArrayFieldStart("warnings");
            for (String w : a.warnings()) g.writeString(w);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void outlet(JsonGenerator g, Outlet o) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", o.name());
        opt(g, "domain", o.domain());
        g.writeStringField("evidence", o.evidence());
        if (o.country().isPresent()) g.writeStringField("country", o.country().get());
        if (o.affiliation().isPresent()) g.writeStringField("affiliation", o.affiliation().get());
        if (!o.wires().isEmpty()) {
            g.writeArrayFieldStart("wires");
            for (String w : o.wires()) g.writeString(w);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void entity(JsonGenerator g, Entity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("name", e.name());
        if (e.kb().isPresent()) g.writeStringField("kb", e.kb().get());
        if (e.country().isPresent()) g.writeStringField("country", e.country().get());
        if (e.lat().isPresent()) g.writeNumberField("lat", e.lat().get());
        if (e.lon().isPresent()) g.writeNumberField("lon", e.lon().get());
        g.writeArrayFieldStart("mentions");
        for (Mention m : e.mentions()) {
            g.writeStartObject();
            g.writeStringField("text", m.text());
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            if (m.kind() != Mention.Kind.NAME) g.writeStringField("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", q.text());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        g.writeBooleanField("direct", q.direct());
        reference(g, "speaker", q.speaker());
        g.writeEndObject();
    }

    private static void figure(JsonGenerator g, Figure f) throws IOException {
        g.writeStartObject();
        number(g, "value", f.value());
        if (f.max().isPresent()) number(g, "max", f.max().getAsDouble());
        g.writeBooleanField("approximate", f.approximate());
        g.writeStringField("measure", f.measure().jsonName());
        g.writeStringField("text", f.text());
        g.writeNumberField("start", f.start());
        g.writeNumberField("end", f.end());
        reference(g, "source", f.source());
        g.writeFieldName("part_of");
        if (f.partOf().isPresent()) g.writeNumber(f.partOf().getAsInt()); else g.writeNull();
        g.writeFieldName("bound");
        if (f.bound().isPresent()) g.writeString(f.bound().get().name().toLowerCase(java.util.Locale.ROOT)); else g.writeNull();
        if (f.place().isPresent()) g.writeStringField("place", f.place().get());
        if (f.date().isPresent()) g.writeStringField("date", f.date().get());
        // only denied figures carry a status: the others keep the fields they always had (docs/format.md)
        if (f.denial().isPresent()) {
            g.writeStringField("status", "denied");
            reference(g, "denied_by", f.denial().get().by());
        }
        g.writeEndObject();
    }

    private static void time(JsonGenerator g, TimeExpression t) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", t.text());
        g.writeNumberField("start", t.start());
        g.writeNumberField("end", t.end());
        opt(g, "value", t.value());
        opt(g, "mod", t.mod());
        // only ranges have an end value: other expressions keep the fields they always had
        if (t.valueEnd().isPresent()) g.writeStringField("value_end", t.valueEnd().get());
        g.writeEndObject();
    }

    /** A speaker, source, actor or place: shared with the events and framing arrays. */
    static void reference(JsonGenerator g, String field, Optional<Reference> ref) throws IOException {
        g.writeFieldName(field);
        if (ref.isEmpty()) {
            g.writeNull();
            return;
        }
        Reference r = ref.get();
        g.writeStartObject();
        opt(g, "entity", r.entity());
        opt(g, "text", r.text());
        if (r.end() > r.start()) {
            g.writeNumberField("start", r.start());
            g.writeNumberField("end", r.end());
        }
        // the attribution ranking's margin over the next candidate (docs/format.md): low means doubtful
        if (r.score().isPresent()) g.writeNumberField("score", Math.round(r.score().getAsDouble() * 1000) / 1000.0);
        g.writeEndObject();
    }

    /** Whole numbers are written without a fraction: 4578, not 4578.0. */
    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) g.writeNumberField(field, (long) v);
        else g.writeNumberField(field, v);
    }

    private static void opt(JsonGenerator g, String field, Optional<String> v) throws IOException {
        g.writeFieldName(field);
        if (v.isPresent()) g.writeString(v.get()); else g.writeNull();
    }
}
