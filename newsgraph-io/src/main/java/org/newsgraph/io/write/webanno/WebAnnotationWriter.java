package org.newsgraph.io.write.webanno;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Framing;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

/**
 * Writes an analysis as a W3C Web Annotation Data Model {@code AnnotationPage} (https://www.w3.org/TR/annotation-model/)
 * with the context {@code http://www.w3.org/ns/anno.jsonld}. Each annotation targets the article (its URL, else
 * {@code urn:newsgraph:article:<id>}) through a {@code TextQuoteSelector} (exact text with 32 characters of prefix
 * and suffix) and a {@code TextPositionSelector}, whose positions count Unicode code points as the model requires
 * (the analysis JSON counts UTF-16 units). Bodies are {@code TextualBody}s whose {@code purpose} says what they
 * carry: {@code tagging} the layer and type, {@code identifying} the canonical name or KB resource, {@code
 * describing} a value, speaker or source, {@code linking} the annotation of the entity a speaker, source, actor or
 * place is.
 */
public final class WebAnnotationWriter {
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int AFFIX = 32;
    private final boolean pretty;

    public WebAnnotationWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public String toJson(Analysis a) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) g.useDefaultPrettyPrinter();
            new Page(g, a).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One article's page. */
    private static final class Page {
        private final JsonGenerator g;
        private final Analysis a;
        private final String base;
        private final String source;
        private final Map<String, Entity> byId = new HashMap<>();

        Page(JsonGenerator g, Analysis a) {
            this.g = g;
            this.a = a;
            this.base = "urn:newsgraph:" + a.id().replaceAll("[^A-Za-z0-9._~-]", "_");
            this.source = a.url().orElse("urn:newsgraph:article:" + a.id().replaceAll("[^A-Za-z0-9._~-]", "_"));
            for (Entity e : a.entities()) byId.put(e.id(), e);
        }

        void write() throws IOException {
            g.writeStartObject();
            g.writeStringField("@context", CONTEXT);
            g.writeStringField("id", base + ":annotations");
            g.writeStringField("type", "AnnotationPage");
            g.writeArrayFieldStart("items");
            for (Entity e : a.entities()) {
                for (int m = 0; m < e.mentions().size(); m++) mention(e, m);
            }
            for (int i = 0; i < a.quotes().size(); i++) quote(i, a.quotes().get(i));
            for (int i = 0; i < a.figures().size(); i++) figure(i, a.figures().get(i));
            for (int i = 0; i < a.times().size(); i++) time(i, a.times().get(i));
            for (int i = 0; i < a.events().size(); i++) event(i, a.events().get(i));
            for (int i = 0; i < a.framing().size(); i++) framing(i, a.framing().get(i));
            g.writeEndArray();
            g.writeEndObject();
        }

        private void mention(Entity e, int index) throws IOException {
            Mention m = e.mentions().get(index);
            start(e.id() + "-m" + index, "identifying");
            tag("entity " + e.type().name());
            if (m.kind() != Mention.Kind.NAME) tag("mention " + m.kind().name().toLowerCase(java.util.Locale.ROOT));
            textual("identifying", e.name());
            Optional<String> kb = e.kb().flatMap(WebAnnotationWriter::kbIri);
            if (kb.isPresent()) {
                g.writeStartObject();
                g.writeStringField("id", kb.get());
                g.writeStringField("purpose", "identifying");
                g.writeEndObject();
            }
            end(m.start(), m.end());
        }

        private void quote(int i, Quote q) throws IOException {
            start("q" + i, "describing");
            tag(q.direct() ? "quote direct" : "quote reported");
            reference("speaker", q.speaker());
            end(q.start(), q.end());
        }

        private void figure(int i, Figure f) throws IOException {
            start("f" + i, "describing");
            tag("figure " + f.measure().jsonName());
            String value = (f.approximate() ? "~" : "") + number(f.value())
                    + (f.max().isPresent() ? "–" + number(f.max().getAsDouble()) : "")
                    + f.bound().map(b -> " (" + b.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse("");
            textual("describing", "value: " + value);
            reference("source", f.source());
            end(f.start(), f.end());
        }

        private void time(int i, TimeExpression t) throws IOException {
            start("t" + i, "describing");
            tag("time");
            textual("describing", "value: " + t.value().orElse("unresolved")
                    + t.valueEnd().map(v -> "/" + v).orElse("") + t.mod().map(m -> " (" + m + ")").orElse(""));
            end(t.start(), t.end());
        }

        private void event(int i, Event e) throws IOException {
            start("ev" + i, "classifying");
            tag("event " + e.type());
            if (e.cameo().isPresent()) textual("classifying", "CAMEO " + e.cameo().get());
            reference("actor", e.actor());
            reference(e.placeInferred() ? "place (inferred)" : "place", e.place());
            if (e.time().isPresent() && e.time().getAsInt() < a.times().size()) {
                textual("describing", "time: " + a.times().get(e.time().getAsInt()).value().orElse("unresolved"));
            }
            end(e.start(), e.end());
        }

        private void framing(int i, Framing f) throws IOException {
            start("fr" + i, "assessing");
            tag("framing " + f.kind().jsonName());
            textual("assessing", f.reason());
            if (f.alternative().isPresent()) textual("editing", f.alternative().get());
            reference("speaker", f.speaker());
            end(f.start(), f.end());
        }

        /** The annotation's id, type and motivation, and the opening of its bodies. */
        private void start(String local, String motivation) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", base + ":" + local);
            g.writeStringField("type", "Annotation");
            g.writeStringField("motivation", motivation);
            g.writeArrayFieldStart("body");
        }

        /** Closes the bodies and writes the target with both selectors. */
        private void end(int start, int end) throws IOException {
            g.writeEndArray();
            String text = a.text();
            int s = Math.max(0, Math.min(start, text.length()));
            int e = Math.max(s, Math.min(end, text.length()));
            g.writeObjectFieldStart("target");
            g.writeStringField("source", source);
            g.writeArrayFieldStart("selector");
            g.writeStartObject();
            g.writeStringField("type", "TextQuoteSelector");
            g.writeStringField("exact", text.substring(s, e));
            g.writeStringField("prefix", text.substring(Math.max(0, s - AFFIX), s));
            g.writeStringField("suffix", text.substring(e, Math.min(text.length(), e + AFFIX)));
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("type", "TextPositionSelector");
            int cpStart = text.codePointCount(0, s);
            g.writeNumberField("start", cpStart);
            g.writeNumberField("end", cpStart + text.codePointCount(s, e));
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }

        private void tag(String value) throws IOException {
            textual("tagging", value);
        }

        private void textual(String purpose, String value) throws IOException {
            g.writeStartObject();
            g.writeStringField("type", "TextualBody");
            g.writeStringField("purpose", purpose);
            g.writeStringField("value", value);
            g.writeStringField("format", "text/plain");
            g.writeEndObject();
        }

        /** "speaker: Name" and, for an entity, a link to the annotation of its first mention. */
        private void reference(String role, Optional<Reference> ref) throws IOException {
            if (ref.isEmpty()) return;
            Reference r = ref.get();
            Optional<Entity> e = r.entity().map(byId::get);
            String name = e.map(Entity::name).orElse(r.text().orElse(""));
            textual("describing", role + ": " + name);
            if (e.isPresent() && !e.get().mentions().isEmpty()) {
                g.writeStartObject();
                g.writeStringField("id", base + ":" + e.get().id() + "-m0");
                g.writeStringField("purpose", "linking");
                g.writeEndObject();
            }
        }
    }

    /** The IRI of a KB id: {@code wikidata:Q649} → its Wikidata entity, {@code geonames:N} → its GeoNames resource. */
    static Optional<String> kbIri(String kb) {
        if (kb.startsWith("wikidata:")) return Optional.of("http://www.wikidata.org/entity/" + kb.substring(9));
        if (kb.startsWith("geonames:")) return Optional.of("https://sws.geonames.org/" + kb.substring(9) + "/");
        return Optional.empty();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
