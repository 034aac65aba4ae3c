package org.newsgraph.annotate.entities;

import java.util.List;
import java.util.Optional;
import org.newsgraph.annotate.segment.Segmenter;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.LanguageGuess;
import org.newsgraph.core.model.Mention;

/** Builds segmented documents in a given language and runs the entity annotator on them, for tests. */
final class EntityDocs {
    static final EntityAnnotator ANNOTATOR = EntityAnnotator.create(Optional.empty());
    private static final Segmenter SEGMENTER = new Segmenter();

    private EntityDocs() {
    }

    static Doc segmented(String lang, String text, List<Span> boilerplate) {
        Doc doc = new Doc(Article.of("test", text));
        doc.put(Layers.LANGUAGE, new LanguageGuess(lang, 1.0));
        doc.put(Layers.BOILERPLATE, boilerplate);
        SEGMENTER.annotate(doc);
        return doc;
    }

    static List<Entity> entities(String lang, String text) {
        return entities(lang, text, List.of());
    }

    static List<Entity> entities(String lang, String text, List<Span> boilerplate) {
        Doc doc = segmented(lang, text, boilerplate);
        ANNOTATOR.annotate(doc);
        return doc.expect(Layers.ENTITIES);
    }

    /** The entity with a name mention written exactly so, or null. */
    static Entity named(List<Entity> entities, String surface) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.NAME && m.text().equals(surface)) return e;
            }
        }
        return null;
    }

    static List<String> names(Entity e) {
        return e.mentions().stream().filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::text).distinct().toList();
    }

    static List<String> roles(Entity e) {
        return e.mentions().stream().filter(m -> m.kind() == Mention.Kind.ROLE).map(Mention::text).toList();
    }

    static long count(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).count();
    }
}
