package org.newsgraph.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.facts.Story;

/**
 * Writes stories as the JSON of {@code newsgraph stories --format json} and the server's {@code /api/stories}:
 * {@code {"stories": [{from, to, shared_entities, shared_figures, articles: [{id, title, outlet, lang,
 * published}], duplicates: [[id…]]}]}}. Both callers share this one shape.
 */
public final class StoryJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private StoryJsonWriter() {
    }

    /** Indented JSON; {@code extra} may write more fields at the start of each story (e.g. a link). */
    public static String toJson(List<Story> stories, Extra extra) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("stories");
            for (Story s : stories) {
                g.writeStartObject();
                extra.write(g, s);
                fields(g, s);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public static String toJson(List<Story> stories) {
        return toJson(stories, (g, s) -> { });
    }

    /** Fields a caller adds to each story. */
    @FunctionalInterface
    public interface Extra {
        void write(JsonGenerator g, Story s) throws IOException;
    }

    private static void fields(JsonGenerator g, Story s) throws IOException {
        Function<java.util.Optional<LocalDate>, String> date = d -> d.map(LocalDate::toString).orElse(null);
        g.writeStringField("from", date.apply(s.from()));
        g.writeStringField("to", date.apply(s.to()));
        strings(g, "shared_entities", s.sharedEntities());
        strings(g, "shared_figures", s.sharedFigures());
        g.writeArrayFieldStart("articles");
        for (Story.Member m : s.articles()) {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            g.writeStringField("title", m.title().orElse(null));
            g.writeStringField("outlet", m.outlet().orElse(null));
            g.writeStringField("lang", m.lang());
            g.writeStringField("published", date.apply(m.published()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("duplicates");
        for (List<String> d : s.duplicates()) {
            g.writeStartArray();
            for (String id : d) g.writeString(id);
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
