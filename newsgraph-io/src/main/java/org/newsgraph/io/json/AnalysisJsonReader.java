package org.newsgraph.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Framing;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

/**
 * Reads the analysis JSON of docs/format.md §2 back into an {@link Analysis}: the store keeps the JSON the writer
 * produced and turns it into the model to compare figures. Lenient: unknown fields are ignored, missing ones
 * take their empty value, so analyses written by an older or newer engine still load.
 */
public final class AnalysisJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJsonReader() {
    }

    public static Analysis read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an analysis JSON object: " + e.getOriginalMessage(), e);
        }
    }

    public static Analysis read(JsonNode n) {
        String text = str(n, "text").orElse("");
        return new Analysis(str(n, "id").orElse(""), str(n, "lang").orElse("und"), str(n, "published"),
                outlet(n.get("outlet")), str(n, "title"), text, str(n, "body").orElse(text), str(n, "url"),
                list(n, "entities", AnalysisJsonReader::entity), list(n, "quotes", AnalysisJsonReader::quote),
                list(n, "figures", AnalysisJsonReader::figure), list(n, "times", AnalysisJsonReader::time),
                list(n, "warnings", JsonNode::asText), list(n, "events", AnalysisJsonReader::event),
                list(n, "framing", AnalysisJsonReader::framing));
    }

    private static Event event(JsonNode e) {
        JsonNode time = e.get("time");
        List<Integer> figures = list(e, "figures", f -> f.isInt() ? f.asInt() : null);
        return new Event(str(e, "type").orElse("other"), str(e, "text").orElse(""), e.path("start").asInt(),
                e.path("end").asInt(), str(e, "cameo"), reference(e.get("actor")), reference(e.get("place")),
                e.path("place_inferred").asBoolean(),
                time != null && time.isInt() ? OptionalInt.of(time.asInt()) : OptionalInt.empty(), figures);
    }

    private static Framing framing(JsonNode f) {
        Optional<Framing.Kind> kind = str(f, "kind").flatMap(Framing.Kind::fromJson);
        if (kind.isEmpty()) return null;
        return new Framing(kind.get(), str(f, "text").orElse(""), f.path("start").asInt(), f.path("end").asInt(),
                str(f, "reason").orElse(""), str(f, "alternative"), str(f, "basis"), reference(f.get("speaker")));
    }

    private static Optional<Outlet> outlet(JsonNode o) {
        if (o == null || !o.isObject() || str(o, "name").isEmpty()) return Optional.empty();
        return Optional.of(new Outlet(str(o, "name").get(), str(o, "domain"), str(o, "evidence").orElse(""),
                str(o, "country"), str(o, "affiliation"), list(o, "wires", JsonNode::asText)));
    }

    private static Entity entity(JsonNode e) {
        EntityType type;
        try {
            type = EntityType.valueOf(str(e, "type").orElse("OTHER").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            type = EntityType.OTHER;
        }
        return new Entity(str(e, "id").orElse(""), type, str(e, "name").orElse(""), str(e, "kb"), str(e, "country"),
                num(e, "lat"), num(e, "lon"), list(e, "mentions", AnalysisJsonReader::mention));
    }

    private static Mention mention(JsonNode m) {
        Mention.Kind kind = switch (str(m, "kind").orElse("name")) {
            case "role" -> Mention.Kind.ROLE;
            case "pronoun" -> Mention.Kind.PRONOUN;
            default -> Mention.Kind.NAME;
        };
        return new Mention(str(m, "text").orElse(""), m.path("start").asInt(), m.path("end").asInt(), kind);
    }

    private static Quote quote(JsonNode q) {
        return new Quote(str(q, "text").orElse(""), q.path("start").asInt(), q.path("end").asInt(),
                q.path("direct").asBoolean(), reference(q.get("speaker")));
    }

    private static Figure figure(JsonNode f) {
        Optional<Figure.Bound> bound = str(f, "bound").map(b -> switch (b) {
            case "at_least" -> Figure.Bound.AT_LEAST;
            case "at_most" -> Figure.Bound.AT_MOST;
            default -> null;
        });
        JsonNode max = f.get("max");
        JsonNode partOf = f.get("part_of");
        return new Figure(f.path("value").asDouble(),
                max != null && max.isNumber() ? OptionalDouble.of(max.asDouble()) : OptionalDouble.empty(),
                f.path("approximate").asBoolean(), bound, Measure.fromJson(str(f, "measure").orElse("other")),
                str(f, "text").orElse(""), f.path("start").asInt(), f.path("end").asInt(), reference(f.get("source")),
                partOf != null && partOf.isInt() ? OptionalInt.of(partOf.asInt()) : OptionalInt.empty(),
                "denied".equals(str(f, "status").orElse("")) ? Optional.of(new Figure.Denial(reference(f.get("denied_by"))))
                        : Optional.empty(), str(f, "place"), str(f, "date"));
    }

    private static TimeExpression time(JsonNode t) {
        return new TimeExpression(str(t, "text").orElse(""), t.path("start").asInt(), t.path("end").asInt(),
                str(t, "value"), str(t, "mod"), str(t, "value_end"));
    }

    private static Optional<Reference> reference(JsonNode r) {
        if (r == null || !r.isObject()) return Optional.empty();
        Optional<String> entity = str(r, "entity");
        Optional<String> text = str(r, "text");
        if (entity.isEmpty() && text.isEmpty()) return Optional.empty();
        java.util.OptionalDouble score = r.path("score").isNumber()
                ? java.util.OptionalDouble.of(r.path("score").asDouble()) : java.util.OptionalDouble.empty();
        return Optional.of(new Reference(entity, text, r.path("start").asInt(-1), r.path("end").asInt(-1), score));
    }

    private static Optional<String> str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? Optional.empty() : Optional.of(v.asText());
    }

    private static Optional<Double> num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isNumber() ? Optional.of(v.asDouble()) : Optional.empty();
    }

    private static <T> List<T> list(JsonNode n, String field, java.util.function.Function<JsonNode, T> each) {
        JsonNode arr = n.get(field);
        if (arr == null || !arr.isArray()) return List.of();
        List<T> out = new ArrayList<>(arr.size());
        for (JsonNode item : arr) {
            T t = each.apply(item);
            if (t != null) out.add(t);
        }
        return out;
    }
}
