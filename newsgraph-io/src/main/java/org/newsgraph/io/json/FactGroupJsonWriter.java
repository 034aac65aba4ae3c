package org.newsgraph.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.facts.Relation;
import org.newsgraph.facts.Report;

/**
 * Writes fact groups as the JSON documented in {@code docs/compare.md}: one object with the query and the groups,
 * each group with its measure, place, period, status, counts, reports (in time order) and relations (indices into
 * the group's reports).
 */
public final class FactGroupJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final boolean pretty;

    public FactGroupJsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public String toJson(List<FactGroup> groups, Optional<String> measure, Optional<String> entity) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("query");
            nullable(g, "measure", measure.orElse(null));
            nullable(g, "entity", entity.orElse(null));
            g.writeEndObject();
            g.writeArrayFieldStart("groups");
            for (FactGroup group : groups) group(g, group);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void group(JsonGenerator g, FactGroup fg) throws IOException {
        g.writeStartObject();
        g.writeStringField("measure", fg.measure().jsonName());
        g.writeObjectFieldStart("place");
        nullable(g, "key", fg.place().isKnown() ? fg.place().key() : null);
        g.writeStringField("name", fg.place().name());
        Set<String> names = new LinkedHashSet<>();
        for (Report r : fg.reports()) names.addAll(r.placeNames());
        g.writeArrayFieldStart("names");
        for (String n : names) g.writeString(n);
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("period");
        date(g, "from", fg.from());
        date(g, "to", fg.to());
        g.writeEndObject();
        g.writeStringField("status", fg.status().jsonName());
        ints(g, "latest", fg.latest());
        FactGroup.Counts c = fg.counts();
        g.writeObjectFieldStart("counts");
        g.writeNumberField("reports", c.reports());
        g.writeNumberField("agreements", c.agreements());
        g.writeNumberField("contradictions", c.contradictions());
        g.writeNumberField("updates", c.updates());
        g.writeNumberField("retracted", c.retracted());
        g.writeEndObject();
        g.writeArrayFieldStart("reports");
        for (int i = 0; i < fg.reports().size(); i++) report(g, fg.reports().get(i), fg.retractedBy().get(i));
        g.writeEndArray();
        g.writeArrayFieldStart("relations");
        for (Relation r : fg.relations()) {
            g.writeStartObject();
            g.writeStringField("type", r.type().jsonName());
            g.writeNumberField("from", r.from());
            g.writeNumberField("to", r.to());
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("relations_truncated",
                fg.relations().size() < c.agreements() + c.contradictions() + c.updates());
        g.writeEndObject();
    }

    private static void report(JsonGenerator g, Report r, List<Integer> retractedBy) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", r.articleId());
        nullable(g, "url", r.url().orElse(null));
        nullable(g, "outlet", r.outlet().orElse(null));
        g.writeStringField("lang", r.lang());
        date(g, "published", r.published());
        date(g, "event_date", r.eventDate());
        number(g, "value", r.value());
        OptionalDouble max = r.max();
        if (max.isPresent()) number(g, "max", max.getAsDouble()); else g.writeNullField("max");
        g.writeBooleanField("approximate", r.approximate());
        nullable(g, "bound", r.bound().map(b -> b.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
        g.writeStringField("text", r.text());
        g.writeStringField("sentence", r.sentence());
        nullable(g, "source", r.source().orElse(null));
        g.writeBooleanField("earlier", r.earlier());
        nullable(g, "subgroup", r.subgroup().orElse(null));
        nullable(g, "scope", r.marks().scope().orElse(null));
        nullable(g, "locality", r.marks().locality().orElse(null));
        g.writeBooleanField("denied", r.denied());
        nullable(g, "denied_by", r.marks().deniedBy().orElse(null));
        g.writeBooleanField("retracted", r.retracted());
        nullable(g, "retraction_cue", r.retractionCue().orElse(null));
        ints(g, "retracted_by", retractedBy);
        g.writeArrayFieldStart("parts");
        for (Report.Part p : r.parts()) {
            g.writeStartObject();
            number(g, "value", p.value());
            g.writeStringField("text", p.text());
            nullable(g, "scope", p.scope().orElse(null));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("copies");
        for (Report.Copy c : r.marks().copies()) {
            g.writeStartObject();
            g.writeStringField("article", c.articleId());
            nullable(g, "outlet", c.outlet().orElse(null));
            nullable(g, "url", c.url().orElse(null));
            date(g, "published", c.published());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) g.writeNumberField(field, (long) v);
        else g.writeNumberField(field, v);
    }

    private static void ints(JsonGenerator g, String field, List<Integer> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (int v : values) g.writeNumber(v);
        g.writeEndArray();
    }

    private static void date(JsonGenerator g, String field, Optional<LocalDate> d) throws IOException {
        nullable(g, field, d.map(LocalDate::toString).orElse(null));
    }

    private static void nullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) g.writeNullField(field); else g.writeStringField(field, value);
    }
}
