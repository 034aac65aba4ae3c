package org.newsgraph.annotate.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.text.PhraseMatcher;
import org.newsgraph.core.text.Words;

/**
 * Produces {@link Layers#EVENTS}: what happened — protests, riots, attacks, explosions, shootings, disasters,
 * crashes, states of emergency, curfews, counter-terrorist operations, internet shutdowns, arrest campaigns. A
 * trigger phrase of the pack's {@code event-triggers} lexicon names the event; its actor, place, time and figures
 * are read from the same sentence ({@link EventArguments}). One event per type and sentence: "protesters marched
 * and the protest grew" is one protest.
 *
 * <p>Cost: one phrase look-up per word of the {@link Layers#WORDS} layer, then work proportional to the mentions,
 * times and figures of the sentences holding a trigger.
 */
public final class EventAnnotator implements Annotator {
    /** Phrases that name an event, with its type; {@code none} rows block a shorter trigger inside them. */
    public static final LexiconSpec TRIGGERS = LexiconSpec.named("event-triggers").column("phrase", LexiconSpec.Type.TEXT)
            .choice("type", EventType.jsonNames()).optional();
    /** Work cap: triggers read per article beyond this are ignored. */
    private static final int MAX_EVENTS = 2000;

    private final Map<String, Optional<PhraseMatcher<EventType>>> byLanguage = new ConcurrentHashMap<>();

    /** Each language's triggers are read when the first article in it comes. */
    public EventAnnotator() {
    }

    private static Optional<PhraseMatcher<EventType>> matcher(LanguagePack pack) {
        Lexicon lexicon = pack.lexicon(TRIGGERS);
        if (lexicon.isEmpty()) return Optional.empty();
        PhraseMatcher.Builder<EventType> b = PhraseMatcher.builder(org.newsgraph.core.text.Normalizer.of(pack));
        for (List<String> row : lexicon.rows()) b.add(row.get(0), EventType.fromJson(row.get(1)));
        return Optional.of(b.build());
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.WORDS);
    }

    /** Entities give actors and places (not the speakers of quotes and sources of figures); times and figures are attached. */
    @Override
    public Set<Layer<?>> uses() {
        return Set.of(Layers.ENTITIES, Layers.TIMES, Layers.FIGURES, Layers.QUOTES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.EVENTS);
    }

    @Override
    public List<LexiconSpec> lexicons() {
        return List.of(TRIGGERS);
    }

    @Override
    public void prepare(String lang) {
        matcherOf(lang);
    }

    private Optional<PhraseMatcher<EventType>> matcherOf(String code) {
        return byLanguage.computeIfAbsent(code, c -> LanguagePacks.find(c).flatMap(EventAnnotator::matcher));
    }

    @Override
    public void annotate(Doc doc) {
        String code = doc.expect(Layers.LANGUAGE).code();
        Optional<PhraseMatcher<EventType>> m = matcherOf(code);
        doc.put(Layers.EVENTS, m.map(matcher -> events(doc, matcher)).orElse(List.of()));
    }

    private static List<Event> events(Doc doc, PhraseMatcher<EventType> matcher) {
        Words w = doc.expect(Layers.WORDS);
        List<Event> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        EventArguments args = null;
        for (int i = 0; i < w.size() && out.size() < MAX_EVENTS; i++) {
            if (!w.isWord(i)) continue;
            PhraseMatcher.Match<EventType> hit = matcher.longestAt(w, i, w.size());
            if (hit == null || w.sentence(hit.end() - 1) != w.sentence(i)) continue;
            i = hit.end() - 1;
            EventType type = hit.value();
            if (type == EventType.NONE || !seen.add(((long) w.sentence(hit.start()) << 8) | type.ordinal())) continue;
            if (args == null) args = EventArguments.of(doc, w);
            int start = w.start(hit.start());
            int end = w.end(hit.end() - 1);
            int sentence = w.sentence(hit.start());
            OptionalInt time = args.time(sentence, start);
            out.add(new Event(type.jsonName(), doc.text().substring(start, end), start, end, type.cameo(),
                    type.agentive() ? args.actor(sentence, start) : Optional.empty(), args.place(sentence, start), args.placeInferred(sentence), time,
                    args.figures(sentence)));
        }
        return args == null ? out : args.shareFigures(out);
    }
}
