package org.newsgraph.annotate.times;

import org.newsgraph.core.lang.LexiconSpec;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.TimeExpression;
import org.newsgraph.core.text.Words;

/**
 * Finds temporal expressions ("samedi", "début janvier", "20h00 (17h00 heure de Moscou)") and resolves them against
 * the article's publication date into {@link Layers#TIMES}. The rules are each language's data
 * ({@code times-words}, {@code times-patterns}); this class and {@link TimeResolver} know no language.
 */
public final class TimeAnnotator implements Annotator {
    /** Expressions per article beyond which the rest is ignored: bounded work on pathological text. */
    private static final int MAX_EXPRESSIONS = 2000;
    /** How many tokens before a weekday a future marker ("will", "sera", "будет") may stand. */
    private static final int FUTURE_WINDOW = 6;
    /** How many words may stand before a time that opens its sentence ("Dès dimanche,", "On Friday,"). */
    private static final int FRONTED_WORDS = 2;
    private static final int MIN_PLACE_MENTIONS = 2;
    private static final double PLACE_SHARE = 0.75;

    /** Each language's grammar, built when its first article comes (empty when the pack has no time rules). */
    private final Map<String, Optional<TimeGrammar>> grammars = new ConcurrentHashMap<>();
    private final CountryZones countryZones = new CountryZones();

    /** With the time rules of every installed language pack, each read when the first article in it comes. */
    public TimeAnnotator() {
    }

    private static Optional<TimeGrammar> grammar(String code) {
        return LanguagePacks.find(code).map(TimeGrammar::of).filter(g -> !g.isEmpty());
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.BOILERPLATE, Layers.WORDS);
    }

    /** Places among the entities give the time zone of local clock times. */
    @Override
    public Set<Layer<?>> uses() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public List<LexiconSpec> lexicons() {
        return TimeGrammar.LEXICONS;
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TIMES);
    }

    @Override
    public void prepare(String lang) {
        grammarOf(lang);
    }

    private Optional<TimeGrammar> grammarOf(String lang) {
        return grammars.computeIfAbsent(lang, TimeAnnotator::grammar);
    }

    @Override
    public void annotate(Doc doc) {
        TimeGrammar grammar = grammarOf(doc.expect(Layers.LANGUAGE).code()).orElse(null);
        if (grammar == null) {
            doc.put(Layers.TIMES, List.of());
            return;
        }
        String text = doc.text();
        List<Span> boilerplate = doc.find(Layers.BOILERPLATE).orElse(List.of());
        List<Span> sentences = doc.find(Layers.SENTENCES).orElse(List.of(Span.of(0, text.length())));
        TimeScan scan = grammar.scan(doc.expect(Layers.WORDS));
        List<TimeMatch> matches = scan.matches();
        List<TimeMatch> live = new ArrayList<>(matches.size());
        for (TimeMatch m : matches) {
            if (live.size() >= MAX_EXPRESSIONS) break;
            if (!m.frame().blocked && !inside(boilerplate, m.start(), m.end())) live.add(m);
        }
        DocumentTimeFrame frame = DocumentTimeFrame.of(doc.article().published(), live);

        List<TimeMatch> kept = new ArrayList<>(live.size());
        List<Resolution> resolved = new ArrayList<>(live.size());
        List<Optional<String>> ends = new ArrayList<>(live.size());
        for (TimeMatch m : live) {
            int sentence = sentenceIndex(sentences, m.start());
            boolean future = lookingAhead(scan, m, sentences);
            TimeResolver.Context ctx = frame.context(sentence, future);
            Resolution r = TimeResolver.resolve(m.frame(), ctx);
            Optional<String> end = Optional.empty();
            if (m.frame().hasEnd()) {
                Resolution last = TimeResolver.resolveEnd(m.frame().end(), r, ctx);
                // a night from one day to the next is dated by its morning; a range keeps both ends
                if (m.role() == TimePattern.Role.NIGHT) r = last.value().isPresent() ? last : r;
                else end = last.value();
            }
            frame.advance(m, sentence, r);
            kept.add(m);
            resolved.add(r);
            ends.add(end);
        }
        // the places' zone is needed only for clock times without one, and is taken on the first such clock's day
        Optional<LocalDateTime> firstClock = resolved.stream()
                .filter(r -> r.clock().isPresent() && r.zone().isEmpty()).map(r -> r.clock().get()).findFirst();
        Optional<ZoneId> placeZone = firstClock.flatMap(at -> placeZone(doc, scan, boilerplate, kept, at));
        inferZones(text, kept, resolved, placeZone);

        List<TimeExpression> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            TimeMatch m = kept.get(i);
            Resolution r = resolved.get(i);
            out.add(new TimeExpression(text.substring(m.start(), m.end()), m.start(), m.end(), r.value(), r.mod(), ends.get(i)));
        }
        doc.put(Layers.TIMES, List.copyOf(out));
    }

    /**
     * Gives unzoned clock times a zone: from a restatement in another zone next to them; the others then take the
     * article's local zone so learnt (when it is one offset), else the zone of the places the article names.
     */
    private static void inferZones(String text, List<TimeMatch> kept, List<Resolution> resolved, Optional<ZoneId> placeZone) {
        Map<Integer, ZoneOffset> restated = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            Resolution r = resolved.get(i);
            if (r.clock().isEmpty() || r.zone().isPresent()) continue;
            for (int j : new int[] {i + 1, i - 1}) {
                if (j < 0 || j >= kept.size() || restated.containsKey(i)) continue;
                Resolution other = resolved.get(j);
                if (other.clock().isEmpty() || other.zone().isEmpty()) continue;
                TimeMatch a = kept.get(Math.min(i, j));
                TimeMatch b = kept.get(Math.max(i, j));
                if (!ZoneInference.restated(text, a.end(), b.start())) continue;
                Optional<ZoneOffset> offset = ZoneInference.infer(r.clock().get(), other.clock().get(), other.zone().get());
                if (offset.isPresent()) restated.put(i, offset.get());
            }
        }
        Optional<ZoneId> local = new java.util.HashSet<>(restated.values()).size() == 1
                ? Optional.of(restated.values().iterator().next()) : placeZone;
        for (int i = 0; i < kept.size(); i++) {
            Resolution r = resolved.get(i);
            if (r.clock().isEmpty() || r.zone().isPresent()) continue;
            Optional<ZoneId> zone = restated.containsKey(i) ? Optional.of(restated.get(i)) : local;
            if (zone.isPresent()) {
                resolved.set(i, new Resolution(Optional.of(Zones.format(r.clock().get(), zone)), r.mod(), r.day(), r.clock(), zone));
            }
        }
    }

    /**
     * The zone of the places the article names, when one offset clearly dominates: named at least
     * {@value #MIN_PLACE_MENTIONS} times and by at least {@value #PLACE_SHARE} of the place mentions. Places come from
     * the language's {@code PLACE} words and, when the entity layer is there, from the countries of its locations
     * (a country counts only when all of its zones agree on the day). Names inside time expressions ("heure de
     * Moscou") do not count.
     */
    private Optional<ZoneId> placeZone(Doc doc, TimeScan scan, List<Span> boilerplate, List<TimeMatch> times,
                                       LocalDateTime at) {
        Words words = scan.words();
        Map<ZoneOffset, Integer> counts = new HashMap<>();
        Map<ZoneOffset, ZoneId> zoneOf = new HashMap<>();
        List<Span> counted = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < words.size(); i++) {
            for (TimeVocabulary.Entry e : scan.readings(i)) {
                if (!e.category().equals("PLACE")) continue;
                int start = words.start(i);
                int end = words.end(i);
                if (inside(boilerplate, start, end) || insideAny(times, start, end)) break;
                Optional<ZoneId> zone = Zones.parse(e.value());
                if (zone.isEmpty()) continue;
                count(zone.get(), at, counts, zoneOf);
                counted.add(Span.of(start, end));
                total++;
                break;
            }
        }
        for (Entity entity : doc.find(Layers.ENTITIES).orElse(List.of())) {
            if (entity.type() != EntityType.LOCATION) continue;
            Optional<ZoneId> zone = entity.country().flatMap(c -> countryZones.uniform(c, at));
            for (Mention m : entity.mentions()) {
                if (m.kind() != Mention.Kind.NAME || inside(counted, m.start(), m.end())
                        || inside(boilerplate, m.start(), m.end()) || insideAny(times, m.start(), m.end())) continue;
                // a place without one known zone still weighs against the others
                zone.ifPresent(z -> count(z, at, counts, zoneOf));
                total++;
            }
        }
        ZoneOffset best = null;
        for (Map.Entry<ZoneOffset, Integer> c : counts.entrySet()) {
            if (best == null || c.getValue() > counts.get(best)) best = c.getKey();
        }
        if (best == null || counts.get(best) < MIN_PLACE_MENTIONS || counts.get(best) < PLACE_SHARE * total) return Optional.empty();
        return Optional.of(zoneOf.get(best));
    }

    private static void count(ZoneId zone, LocalDateTime at, Map<ZoneOffset, Integer> counts, Map<ZoneOffset, ZoneId> zoneOf) {
        ZoneOffset offset = Zones.offset(zone, at);
        counts.merge(offset, 1, Integer::sum);
        zoneOf.putIfAbsent(offset, zone);
    }

    private static boolean insideAny(List<TimeMatch> times, int start, int end) {
        for (TimeMatch m : times) if (m.start() < end && start < m.end()) return true;
        return false;
    }

    /**
     * True when a future marker stands shortly before the expression in its clause ("sera diffusée samedi"), or when
     * the expression opens its sentence and the clause after its comma has one ("Dimanche, la ville fêtera…").
     */
    private static boolean lookingAhead(TimeScan scan, TimeMatch m, List<Span> sentences) {
        Words words = scan.words();
        int sentenceStart = sentenceStart(sentences, m.start());
        int before = 0;
        for (int k = m.firstToken() - 1; k >= 0 && k >= m.firstToken() - FUTURE_WINDOW; k--) {
            if (words.start(k) < sentenceStart) break;
            // a comma, colon or quote closes the clause: "He will resign, the ministry said Tuesday" looks back
            if (closesClause(words, k)) break;
            before++;
            if (scan.has(k, "FUTURE")) return true;
        }
        int comma = m.endToken();
        if (before > FRONTED_WORDS || comma >= words.size() || !words.is(comma, ",")) return false;
        for (int k = comma + 1; k < words.size() && k <= comma + FUTURE_WINDOW + 2; k++) {
            if (TimeScan.breakBefore(words, k) || closesClause(words, k)) break;
            if (scan.has(k, "FUTURE")) return true;
        }
        return false;
    }

    private static boolean closesClause(Words words, int i) {
        return TimeScan.isSign(words, i) && !words.is(i, "'") && !words.is(i, "-");
    }

    /** Start of the last sentence starting at or before the offset (sentences are in text order). */
    private static int sentenceStart(List<Span> sentences, int offset) {
        int i = sentenceIndex(sentences, offset);
        return i < 0 ? 0 : sentences.get(i).start();
    }

    /** Index of the last sentence starting at or before the offset, -1 when none does. */
    private static int sentenceIndex(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static boolean inside(List<Span> spans, int start, int end) {
        for (Span s : spans) if (s.start() < end && start < s.end()) return true;
        return false;
    }
}
