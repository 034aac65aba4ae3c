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
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.TimeExpression;

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
    private static final int MIN_PLACE_MENTIONS = 2;
    private static final double PLACE_SHARE = 0.75;

    private final Map<String, TimeGrammar> grammars = new HashMap<>();
    private final CountryZones countryZones = new CountryZones();

    /** Loads the time rules of every installed language pack. */
    public TimeAnnotator() {
        this(LanguagePacks.all());
    }

    TimeAnnotator(Iterable<LanguagePack> packs) {
        for (LanguagePack p : packs) {
            TimeGrammar g = TimeGrammar.of(p);
            if (!g.isEmpty()) grammars.put(p.code(), g);
        }
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.BOILERPLATE);
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
    public void annotate(Doc doc) {
        TimeGrammar grammar = grammars.get(doc.expect(Layers.LANGUAGE).code());
        if (grammar == null) {
            doc.put(Layers.TIMES, List.of());
            return;
        }
        String text = doc.text();
        List<Span> boilerplate = doc.find(Layers.BOILERPLATE).orElse(List.of());
        List<Span> sentences = doc.find(Layers.SENTENCES).orElse(List.of(Span.of(0, text.length())));
        List<TimeToken> tokens = TimeTokenizer.tokenize(text, 0, text.length());
        TimeScan scan = grammar.scan(tokens);
        List<TimeMatch> matches = scan.matches();
        Optional<LocalDate> anchor = doc.article().publicationDate();

        List<TimeMatch> kept = new ArrayList<>();
        List<Resolution> resolved = new ArrayList<>();
        Optional<LocalDate> reference = Optional.empty();
        for (TimeMatch m : matches) {
            if (kept.size() >= MAX_EXPRESSIONS) break;
            if (m.frame().blocked || inside(boilerplate, m.start(), m.end())) continue;
            boolean future = lookingAhead(scan, m, sentences);
            Resolution r = TimeResolver.resolve(m.frame(), new TimeResolver.Context(anchor, reference, future));
            if (r.day().isPresent()) reference = r.day();
            kept.add(m);
            resolved.add(r);
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
            out.add(new TimeExpression(text.substring(m.start(), m.end()), m.start(), m.end(), r.value(), r.mod()));
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
        List<TimeToken> tokens = scan.tokens();
        Map<ZoneOffset, Integer> counts = new HashMap<>();
        Map<ZoneOffset, ZoneId> zoneOf = new HashMap<>();
        List<Span> counted = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < tokens.size(); i++) {
            for (TimeVocabulary.Entry e : scan.readings(i)) {
                if (!e.category().equals("PLACE")) continue;
                TimeToken t = tokens.get(i);
                if (inside(boilerplate, t.start(), t.end()) || insideAny(times, t.start(), t.end())) break;
                Optional<ZoneId> zone = Zones.parse(e.value());
                if (zone.isEmpty()) continue;
                count(zone.get(), at, counts, zoneOf);
                counted.add(Span.of(t.start(), t.end()));
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

    /** True when a future marker stands shortly before the expression in its clause ("sera diffusée samedi"). */
    private static boolean lookingAhead(TimeScan scan, TimeMatch m, List<Span> sentences) {
        List<TimeToken> tokens = scan.tokens();
        int sentenceStart = sentenceStart(sentences, m.start());
        for (int k = m.firstToken() - 1; k >= 0 && k >= m.firstToken() - FUTURE_WINDOW; k--) {
            TimeToken t = tokens.get(k);
            if (t.start() < sentenceStart) break;
            // a comma, colon or quote closes the clause: "He will resign, the ministry said Tuesday" looks back
            if (t.kind() == TimeToken.Kind.SYMBOL && !t.key().equals("'") && !t.key().equals("-")) break;
            if (scan.has(k, "FUTURE")) return true;
        }
        return false;
    }

    /** Start of the last sentence starting at or before the offset (sentences are in text order). */
    private static int sentenceStart(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = sentences.get(mid).start();
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
