package org.newsgraph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.newsgraph.core.Article;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Reference;

/**
 * Hand-built analyses and a small JSON writer of the docs/format.md shape for the store's tests (the product's writer
 * lives in newsgraph-io; the store only needs some JSON of that shape to keep and read back).
 */
final class TestAnalyses {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestAnalyses() {
    }

    /** An analysis of an article whose text names one place ("Name=form in the text" or a name) and one figure (located by its surface text). */
    static Analysis analysis(String id, String lang, String published, String outlet, String text,
                             String place, String country, String figureText, double value, Measure measure,
                             String source) {
        List<Entity> entities = new ArrayList<>();
        if (place != null) {
            // "Kazakhstan=Казахстане": canonical name, then the form the text uses
            String name = place.contains("=") ? place.substring(0, place.indexOf('=')) : place;
            String form = place.contains("=") ? place.substring(place.indexOf('=') + 1) : place;
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                mentions.add(new Mention(form, at, at + form.length(), Mention.Kind.NAME));
            }
            entities.add(new Entity("e1", EntityType.LOCATION, name, Optional.empty(), Optional.ofNullable(country),
                    Optional.empty(), Optional.empty(), mentions));
        }
        List<Figure> figures = new ArrayList<>();
        if (figureText != null) {
            int at = text.indexOf(figureText);
            figures.add(new Figure(value, OptionalDouble.empty(), false, Optional.empty(), measure, figureText, at,
                    at + figureText.length(), Optional.ofNullable(source).map(s -> Reference.ofText(s, -1, -1)),
                    OptionalInt.empty()));
        }
        return new Analysis(id, lang, Optional.ofNullable(published),
                Optional.ofNullable(outlet).map(o -> new Outlet(o, Optional.of(o.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example"),
                        "metadata", Optional.empty(), Optional.empty(), List.of())),
                Optional.empty(), text, text, Optional.of("https://news.example/" + id), entities, List.of(), figures,
                List.of(), List.of());
    }

    static Article article(Analysis a) {
        return new Article(a.id(), a.url(), a.published(), Optional.empty(), a.text(), Optional.empty(),
                Optional.empty(), Optional.of(a.lang()));
    }

    static String json(Analysis a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("lang", a.lang());
        n.put("published", a.published().orElse(null));
        a.url().ifPresent(u -> n.put("url", u));
        if (a.outlet().isPresent()) {
            ObjectNode o = n.putObject("outlet");
            o.put("name", a.outlet().get().name());
            o.put("domain", a.outlet().get().domain().orElse(null));
            o.put("evidence", a.outlet().get().evidence());
        } else {
            n.putNull("outlet");
        }
        a.title().ifPresent(t -> n.put("title", t));
        n.put("text", a.text());
        ArrayNode entities = n.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode en = entities.addObject();
            en.put("id", e.id());
            en.put("type", e.type().name());
            en.put("name", e.name());
            e.country().ifPresent(c -> en.put("country", c));
            ArrayNode ms = en.putArray("mentions");
            for (Mention m : e.mentions()) {
                ms.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end());
            }
        }
        n.putArray("quotes");
        ArrayNode figures = n.putArray("figures");
        for (Figure f : a.figures()) {
            ObjectNode fn = figures.addObject();
            fn.put("value", f.value());
            fn.put("approximate", f.approximate());
            fn.put("measure", f.measure().jsonName());
            fn.put("text", f.text());
            fn.put("start", f.start());
            fn.put("end", f.end());
            if (f.source().isPresent()) {
                fn.putObject("source").put("entity", f.source().get().entity().orElse(null))
                        .put("text", f.source().get().text().orElse(null));
            } else {
                fn.putNull("source");
            }
            if (f.partOf().isPresent()) fn.put("part_of", f.partOf().getAsInt());
            else fn.putNull("part_of");
            fn.putNull("bound");
        }
        n.putArray("times");
        return n.toString();
    }
}
