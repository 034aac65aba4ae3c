package org.newsgraph.annotate.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;
import org.newsgraph.core.text.Words;

/**
 * The entity mentions, times and figures of one document grouped by sentence, from which an event takes its
 * arguments: the actor is the nearest person or organisation of the trigger's sentence (one before the trigger
 * preferred: the subject of "police dispersed the protest"), the place the nearest location, the time the nearest
 * time expression. A sentence that names no place ("the authorities declared a state of emergency across the
 * country") takes the country the article is about — the country whose places the article names most, when the
 * article names that country itself — and says so ({@code place_inferred}). Built once per document, in time
 * linear in its mentions, times and figures.
 */
final class EventArguments {
    private record Located(int sentence, int start, int end, Entity entity, String text) {
    }

    private final Map<Integer, List<Located>> mentions = new HashMap<>();
    private final Map<Integer, List<Integer>> times = new HashMap<>();
    private final Map<Integer, List<Integer>> figures = new HashMap<>();
    private final List<TimeExpression> timeList;
    private final List<Figure> figureList;
    private final Optional<Entity> country;

    private EventArguments(Doc doc, Words w) {
        List<Entity> entities = doc.find(Layers.ENTITIES).orElse(List.of());
        timeList = doc.find(Layers.TIMES).orElse(List.of());
        figureList = doc.find(Layers.FIGURES).orElse(List.of());
        Map<String, Integer> countryMentions = new HashMap<>();
        java.util.Set<String> reporters = reporters(doc, w);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.PRONOUN) continue;
                int s = sentenceOf(w, m.start());
                boolean reports = e.type() != EntityType.LOCATION && reporters.contains(s + ":" + e.id());
                if (s >= 0 && !reports) mentions.computeIfAbsent(s, k -> new ArrayList<>()).add(new Located(s, m.start(), m.end(), e, m.text()));
                if (e.type() == EntityType.LOCATION && e.country().isPresent()) countryMentions.merge(e.country().get(), 1, Integer::sum);
            }
        }
        for (int t = 0; t < timeList.size(); t++) {
            int s = sentenceOf(w, timeList.get(t).start());
            if (s >= 0) times.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
        }
        for (int f = 0; f < figureList.size(); f++) {
            int s = sentenceOf(w, figureList.get(f).start());
            if (s >= 0) figures.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
        }
        country = mainCountry(entities, countryMentions);
    }

    /**
     * The entities that report something in a sentence, as "sentence:entity": the speaker of a quote in the
     * sentences of the quote and of its attribution, the source of a figure in the figure's sentence. Who reports
     * an event ("selon l'ONU", "the president said") is not its actor.
     */
    private static java.util.Set<String> reporters(Doc doc, Words w) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Figure f : doc.find(Layers.FIGURES).orElse(List.of())) {
            f.source().flatMap(Reference::entity).ifPresent(id -> out.add(sentenceOf(w, f.start()) + ":" + id));
        }
        for (org.newsgraph.core.model.Quote q : doc.find(Layers.QUOTES).orElse(List.of())) {
            if (q.speaker().flatMap(Reference::entity).isEmpty()) continue;
            Reference r = q.speaker().get();
            int from = Math.min(q.start(), r.start() >= 0 ? r.start() : q.start());
            int to = Math.max(q.end(), r.end());
            int first = sentenceOf(w, from);
            int last = sentenceOf(w, Math.max(from, to - 1));
            if (first < 0) continue;
            if (last < first) last = first;
            for (int s = first; s <= last && s - first < 50; s++) out.add(s + ":" + r.entity().get());
        }
        return out;
    }

    /**
     * English country names by ISO code, asked of the JDK once per code: {@link Locale#getDisplayCountry} goes through
     * the locale providers at every call, which cost a third of the events annotator when asked once per document.
     * Bounded by the few hundred codes.
     */
    private static final ConcurrentHashMap<String, String> COUNTRY_NAMES = new ConcurrentHashMap<>();

    static EventArguments of(Doc doc, Words w) {
        return new EventArguments(doc, w);
    }

    private static int sentenceOf(Words w, int offset) {
        int i = w.indexAt(offset);
        return i < w.size() && w.start(i) <= offset + 1 ? w.sentence(i) : -1;
    }

    /** The entity that is the country most of the article's places lie in, when the article names it. */
    private static Optional<Entity> mainCountry(List<Entity> entities, Map<String, Integer> countryMentions) {
        String best = null;
        for (Map.Entry<String, Integer> e : countryMentions.entrySet()) {
            if (best == null || e.getValue() > countryMentions.get(best)
                    || (e.getValue().equals(countryMentions.get(best)) && e.getKey().compareTo(best) < 0)) best = e.getKey();
        }
        if (best == null) return Optional.empty();
        String name = COUNTRY_NAMES.computeIfAbsent(best, c -> Locale.of("", c).getDisplayCountry(Locale.ENGLISH));
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION && e.country().filter(best::equals).isPresent() && e.name().equalsIgnoreCase(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    Optional<Reference> actor(int sentence, int trigger) {
        return nearest(sentence, trigger, false).map(EventArguments::reference);
    }

    Optional<Reference> place(int sentence, int trigger) {
        Optional<Located> named = nearest(sentence, trigger, true);
        if (named.isPresent()) return named.map(EventArguments::reference);
        return country.map(c -> new Reference(Optional.of(c.id()), Optional.of(c.name()), -1, -1));
    }

    boolean placeInferred(int sentence) {
        return nearest(sentence, 0, true).isEmpty() && country.isPresent();
    }

    OptionalInt time(int sentence, int trigger) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int t : times.getOrDefault(sentence, List.of())) {
            TimeExpression x = timeList.get(t);
            int d = Math.abs(x.start() - trigger);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    List<Integer> figures(int sentence) {
        return figures.getOrDefault(sentence, List.of());
    }

    /** Each figure stays with the nearest event of its sentence only: "the riot left 5 dead; a curfew followed". */
    List<Event> shareFigures(List<Event> events) {
        Map<Integer, Event> closest = new HashMap<>();
        for (Event e : events) {
            for (int f : e.figures()) {
                int at = figureList.get(f).start();
                Event c = closest.get(f);
                if (c == null || Math.abs(e.start() - at) < Math.abs(c.start() - at)) closest.put(f, e);
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            List<Integer> mine = new ArrayList<>();
            for (int f : e.figures()) if (closest.get(f) == e) mine.add(f);
            out.add(mine.size() == e.figures().size() ? e : new Event(e.type(), e.text(), e.start(), e.end(), e.cameo(),
                    e.actor(), e.place(), e.placeInferred(), e.time(), mine));
        }
        return out;
    }

    private Optional<Located> nearest(int sentence, int trigger, boolean place) {
        Located best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Located m : mentions.getOrDefault(sentence, List.of())) {
            boolean isPlace = m.entity().type() == EntityType.LOCATION;
            if (isPlace != place || m.entity().type() == EntityType.OTHER) continue;
            // an actor before its trigger is the usual subject; after it, a complement ("attack on the ministry")
            int d = m.end() <= trigger ? trigger - m.end() : (m.start() - trigger) * (place ? 1 : 2);
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Reference reference(Located m) {
        return new Reference(Optional.of(m.entity().id()), Optional.of(m.text()), m.start(), m.end());
    }
}
