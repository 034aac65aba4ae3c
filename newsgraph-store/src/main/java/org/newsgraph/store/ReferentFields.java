package org.newsgraph.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.facts.Gazetteer;
import org.newsgraph.facts.NameWords;

/**
 * The keyword fields that let filters find an article by referent rather than by spelling: the {@link Gazetteer}'s
 * name keys of every entity's name and name mentions (a person's surname too), so "Tokayev", "Tokaïev" and
 * "Токаева" meet; the places that contain each place (its country, its first-level region), so a search for a
 * country or region finds the articles about its cities; and the keys of the people quoted and of the sources of
 * figures.
 */
final class ReferentFields {
    /** Name keys of every entity (canonical name, name mentions, a person's surname). */
    static final String REFERENT = "referent";
    /** For every place: its country code, and {@code CC/key} for itself and its first-level region. */
    static final String WITHIN = "within";
    /** Name keys of the speakers of quotes. */
    static final String SPEAKER = "speaker";
    /** Name keys of the capitalised words of the text: full-text search for names across scripts and spellings. */
    static final String NAMES = "names";
    /** Name keys of the sources of figures. */
    static final String SOURCE = "source";

    private ReferentFields() {
    }

    static void add(Document d, Analysis a, Gazetteer g) {
        Map<String, Entity> byId = new HashMap<>();
        Set<String> referents = new LinkedHashSet<>();
        Set<String> within = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            byId.put(e.id(), e);
            referents.addAll(entityKeys(e, g));
            if (e.type() == EntityType.LOCATION) within.addAll(containers(e, g));
        }
        Set<String> speakers = new LinkedHashSet<>();
        for (Quote q : a.quotes()) q.speaker().ifPresent(s -> speakers.addAll(referenceKeys(s, byId, g)));
        Set<String> sources = new LinkedHashSet<>();
        for (Figure f : a.figures()) f.source().ifPresent(s -> sources.addAll(referenceKeys(s, byId, g)));
        put(d, REFERENT, referents);
        put(d, WITHIN, within);
        put(d, SPEAKER, speakers);
        put(d, SOURCE, sources);
        d.add(new org.apache.lucene.document.TextField(NAMES, nameWordKeys(a.text(), g), Field.Store.NO));
    }

    /**
     * The name keys of the words that start with a capital letter, separated by spaces ("Токаева" → {@code tokaev}),
     * so a full-text search for "Tokayev" finds "Tokaïev" and "Токаева". Only capitalised words: names, not prose.
     */
    static String nameWordKeys(String text, Gazetteer g) {
        StringBuilder b = new StringBuilder();
        if (text == null) return "";
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) i++;
            if (i > start && Character.isUpperCase(text.charAt(start))) {
                for (String k : g.nameKeys(text.substring(start, i))) b.append(k).append(' ');
            }
        }
        return b.toString();
    }

    private static void put(Document d, String field, Set<String> values) {
        for (String v : values) if (!v.isEmpty()) d.add(new StringField(field, v, Field.Store.NO));
    }

    /** Keys of an entity's canonical name and name mentions; for a person also of the last word of each name. */
    static Set<String> entityKeys(Entity e, Gazetteer g) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name());
        for (Mention m : e.mentions()) if (m.kind() == Mention.Kind.NAME) names.add(m.text());
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            keys.addAll(g.nameKeys(n));
            if (e.type() == EntityType.PERSON) {
                List<String> words = NameWords.of(n);
                if (words.size() >= 2) keys.addAll(g.nameKeys(words.get(words.size() - 1)));
            }
        }
        return keys;
    }

    /** The entity's keys, or the text's keys when the speaker or source is no entity ("the police"). */
    private static Set<String> referenceKeys(Reference r, Map<String, Entity> byId, Gazetteer g) {
        Optional<Entity> e = r.entity().map(byId::get);
        if (e.isPresent()) return entityKeys(e.get(), g);
        return r.text().map(g::nameKeys).orElse(Set.of());
    }

    /** The country of a place, and {@code CC/key} terms for the place itself and for its first-level region. */
    static Set<String> containers(Entity place, Gazetteer g) {
        Set<String> out = new LinkedHashSet<>();
        Optional<String> country = place.country().filter(c -> c.length() == 2).or(() -> g.countryOf(place.name()));
        if (country.isEmpty()) return out;
        out.add(country.get());
        for (String k : g.nameKeys(place.name())) out.add(country.get() + "/" + k);
        g.regionOf(place.name(), country).ifPresent(region -> {
            for (String k : g.nameKeys(region)) out.add(country.get() + "/" + k);
        });
        return out;
    }
}
