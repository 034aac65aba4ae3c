package org.newsgraph.facts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.TimeExpression;

/**
 * Turns one {@link Analysis} into the {@link Report}s of its figures. Pure: the same analysis always gives the
 * same reports. Figures that are part of another ({@code part_of}) are listed as parts of their parent, not as
 * reports of their own: "19 police among the 225 dead" is not a competing death toll. Figures of measure
 * {@code other} (money, percentages) are not compared.
 */
public final class ReportExtractor {
    /** A sentence that dates the counted event this long before publication is about an earlier event. */
    private static final int EVENT_DATE_MIN_DAYS_BEFORE = 30;
    private static final int MAX_SENTENCE_CHARS = 400;
    /** A place named in the figure's own sentence weighs this many article-wide mentions. */
    private static final int SENTENCE_PLACE_WEIGHT = 3;

    /** Words after the number within which a group noun makes the figure a subgroup count ("19 police officers"). */
    private static final int SUBGROUP_WORDS = 3;

    private final Function<String, Cues> retractionCues;
    private final Function<String, Cues> earlierCues;
    private final Function<String, Cues> subgroupNouns;

    public ReportExtractor(Function<String, Cues> retractionCues, Function<String, Cues> earlierCues,
                           Function<String, Cues> subgroupNouns) {
        this.retractionCues = retractionCues;
        this.earlierCues = earlierCues;
        this.subgroupNouns = subgroupNouns;
    }

    public ReportExtractor(Function<String, Cues> retractionCues, Function<String, Cues> earlierCues) {
        this(retractionCues, earlierCues, lang -> Cues.none());
    }

    /**
     * Cues from the installed language packs' {@code retraction-cues}, {@code earlier-cues} and
     * {@code subgroup-nouns} lexicons.
     */
    public static ReportExtractor fromLanguagePacks() {
        return new ReportExtractor(packLexicon(RETRACTION_CUES), packLexicon(EARLIER_CUES), packLexicon(SUBGROUP_NOUNS));
    }

    /** Phrases that retract an earlier report, and how near the figure they must be ({@code near} or {@code sentence}). */
    public static final LexiconSpec RETRACTION_CUES = LexiconSpec.named("retraction-cues").column("phrase", LexiconSpec.Type.TEXT)
            .choice("reach", List.of("near", "sentence")).optional();
    /** Words that mark a figure as an earlier count ("précédemment"). */
    public static final LexiconSpec EARLIER_CUES = LexiconSpec.named("earlier-cues").column("phrase", LexiconSpec.Type.TEXT)
            .optional();
    /** Nouns of a subgroup of the people counted ("policier*"). */
    public static final LexiconSpec SUBGROUP_NOUNS = LexiconSpec.named("subgroup-nouns").column("noun", LexiconSpec.Type.TEXT)
            .optional();
    /** Every lexicon the comparison reads. */
    public static final List<LexiconSpec> LEXICONS = List.of(RETRACTION_CUES, EARLIER_CUES, SUBGROUP_NOUNS);

    private static Function<String, Cues> packLexicon(LexiconSpec name) {
        Map<String, Cues> byLanguage = new ConcurrentHashMap<>();
        return lang -> byLanguage.computeIfAbsent(lang, l -> LanguagePacks.find(l)
                .map(p -> Cues.of(p.lexicon(name))).orElse(Cues.none()));
    }

    public List<Report> reports(Analysis a) {
        List<Figure> figures = a.figures();
        if (figures.isEmpty()) return List.of();
        String text = a.text() == null ? "" : a.text();
        Sentences sentences = Sentences.of(text);
        Cues retraction = retractionCues.apply(a.lang());
        Cues earlier = earlierCues.apply(a.lang());
        Cues groups = subgroupNouns.apply(a.lang());
        Optional<LocalDate> published = a.published().flatMap(ReportExtractor::parseDate);
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : a.entities()) byId.put(e.id(), e);
        Map<String, Place> placeByKey = new LinkedHashMap<>();
        Map<String, Integer> articlePlaceCounts = placeCounts(a.entities(), 0, Integer.MAX_VALUE, placeByKey);
        Map<Integer, Optional<Cues.Match>> cueCache = new HashMap<>();

        List<Report> out = new ArrayList<>();
        List<Boolean> local = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.measure() == Measure.OTHER || f.partOf().isPresent()) continue;
            int s = sentences.indexAt(Math.max(0, Math.min(f.start(), text.length())));
            String sentence = s < 0 ? f.text() : sentences.text(s);
            Optional<String> cue = s < 0 ? Optional.empty() : retractionCue(sentences, s, retraction, cueCache);
            // "the previous toll was 164": the cue comes before the figure; "225 dead, more than previously
            // announced" puts it after, about another number
            boolean isEarlier = s >= 0 && !earlier.isEmpty() && f.start() > sentences.start(s)
                    && earlier.find(text.substring(sentences.start(s), Math.min(f.start(), sentences.end(s)))).isPresent();
            Place place = s < 0 ? bestPlace(articlePlaceCounts, Map.of(), placeByKey)
                    : bestPlace(articlePlaceCounts,
                            placeCounts(a.entities(), sentences.start(s), sentences.end(s), placeByKey), placeByKey);
            Optional<LocalDate> eventDate = eventDate(a.times(), s < 0 ? f.start() : sentences.start(s),
                    s < 0 ? f.end() : sentences.end(s), published);
            out.add(new Report(a.id(), a.url(), a.outlet().map(o -> o.name()), a.lang(), published, eventDate, i,
                    f.measure(), f.value(), f.max(), f.approximate(), f.bound(), f.text(), clip(sentence),
                    sourceName(f, byId), place, placeNames(a.entities(), place), isEarlier, cue, subgroup(f.text(), groups), parts(figures, i)));
            local.add(s >= 0 && onlyPlacesInsideACountry(a.entities(), sentences.start(s), sentences.end(s)));
        }
        return foldLocalCounts(out, local);
    }

    /**
     * Whether the sentence names places and none of them is a country: "in Almaty 103
     * died, in the Kyzylorda region 21" is a breakdown of a national toll, not a competing national toll.
     */
    private static boolean onlyPlacesInsideACountry(List<Entity> entities, int start, int end) {
        boolean any = false;
        for (Entity e : entities) {
            if (e.type() != EntityType.LOCATION) continue;
            boolean named = e.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.NAME && m.start() >= start && m.end() <= end);
            if (!named) continue;
            // a place the entity layer could not put in a country is still not a country ("Zhambyl region")
            if (Places.countryCodeOf(e.name()).isPresent()) return false;
            any = true;
        }
        return any;
    }

    /**
     * Local counts of an article that also gives a larger count for the whole country, of the same measure,
     * become parts of the largest such count; the figures layer's {@code part_of} catches "dont 103 à Almaty", this
     * catches a breakdown given in sentences of its own.
     */
    private static List<Report> foldLocalCounts(List<Report> reports, List<Boolean> local) {
        if (!local.contains(Boolean.TRUE)) return reports;
        List<Report> out = new ArrayList<>(reports);
        List<Integer> folded = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            if (!local.get(i)) continue;
            Report r = reports.get(i);
            int whole = -1;
            for (int j = 0; j < reports.size(); j++) {
                Report w = reports.get(j);
                if (local.get(j) || w.measure() != r.measure() || !w.place().equals(r.place()) || w.value() <= r.value()) continue;
                if (whole < 0 || w.value() > reports.get(whole).value()) whole = j;
            }
            if (whole < 0) continue;
            Report w = out.get(whole);
            List<Report.Part> parts = new ArrayList<>(w.parts());
            parts.add(new Report.Part(r.value(), r.text()));
            out.set(whole, w.withParts(parts));
            folded.add(i);
        }
        List<Report> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (!folded.contains(i)) kept.add(out.get(i));
        return kept;
    }

    private static List<String> placeNames(List<Entity> entities, Place place) {
        List<String> names = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION && Places.placeOf(e).key().equals(place.key()) && !names.contains(e.name())) {
                names.add(e.name());
            }
        }
        return names;
    }

    private static Optional<String> retractionCue(Sentences sentences, int s, Cues cues,
                                                  Map<Integer, Optional<Cues.Match>> cache) {
        if (cues.isEmpty()) return Optional.empty();
        Optional<Cues.Match> own = cache.computeIfAbsent(s, k -> cues.find(sentences.text(k)));
        if (own.isPresent()) return own.map(Cues.Match::phrase);
        for (int n : new int[] {s - 1, s + 1}) {
            if (n < 0 || n >= sentences.size() || sentences.paragraph(n) != sentences.paragraph(s)) continue;
            Optional<Cues.Match> m = cache.computeIfAbsent(n, k -> cues.find(sentences.text(k)));
            if (m.isPresent() && m.get().near()) return m.map(Cues.Match::phrase);
        }
        return Optional.empty();
    }

    /**
     * The group noun right after the figure's number ("12 police killed", "26 manifestants", "19 полицейских"), if
     * any: such a figure counts one group of people, not everyone, and is not compared with totals.
     */
    static Optional<String> subgroup(String figureText, Cues nouns) {
        if (nouns.isEmpty()) return Optional.empty();
        List<String> words = Cues.words(figureText);
        int number = -1;
        for (int i = 0; i < words.size(); i++) {
            if (Character.isDigit(words.get(i).charAt(0))) number = i;
            else if (number >= 0) break;
        }
        if (number < 0) return Optional.empty();
        String after = String.join(" ", words.subList(number + 1, Math.min(words.size(), number + 1 + SUBGROUP_WORDS)));
        return nouns.find(after).map(Cues.Match::phrase);
    }

    /** Parts of figure {@code parent}, also through a part of a part being retracted with its whole. */
    private static List<Report.Part> parts(List<Figure> figures, int parent) {
        List<Report.Part> parts = new ArrayList<>();
        for (Figure f : figures) {
            if (f.partOf().isPresent() && f.partOf().getAsInt() == parent) parts.add(new Report.Part(f.value(), f.text()));
        }
        return parts;
    }

    private static Optional<String> sourceName(Figure f, Map<String, Entity> byId) {
        if (f.source().isEmpty()) return Optional.empty();
        var ref = f.source().get();
        Optional<String> entityName = ref.entity().map(byId::get).map(Entity::name);
        return entityName.or(ref::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Name mentions of places per grouping key, counting only mentions inside [start, end). */
    private static Map<String, Integer> placeCounts(List<Entity> entities, int start, int end,
                                                    Map<String, Place> placeByKey) {
        Map<String, Integer> counts = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.LOCATION) continue;
            Place p = Places.placeOf(e);
            placeByKey.putIfAbsent(p.key(), p);
            int n = 0;
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.NAME && m.start() >= start && m.end() <= end) n++;
            }
            if (e.mentions().isEmpty() && start == 0) n = 1;
            if (n > 0) counts.merge(p.key(), n, Integer::sum);
        }
        return counts;
    }

    private static Place bestPlace(Map<String, Integer> article, Map<String, Integer> sentence,
                                   Map<String, Place> placeByKey) {
        String best = null;
        int bestScore = 0;
        for (String key : placeByKey.keySet()) {
            int score = article.getOrDefault(key, 0) + SENTENCE_PLACE_WEIGHT * sentence.getOrDefault(key, 0);
            if (score > bestScore) {
                best = key;
                bestScore = score;
            }
        }
        return best == null ? Place.UNKNOWN : placeByKey.get(best);
    }

    /** The earliest date a time expression of the sentence resolves to, when well before publication. */
    private static Optional<LocalDate> eventDate(List<TimeExpression> times, int start, int end,
                                                 Optional<LocalDate> published) {
        LocalDate earliest = null;
        for (TimeExpression t : times) {
            if (t.start() < start || t.end() > end || t.value().isEmpty()) continue;
            Optional<LocalDate> d = parseDate(t.value().get());
            if (d.isPresent() && (earliest == null || d.get().isBefore(earliest))) earliest = d.get();
        }
        if (earliest == null) return published;
        if (published.isEmpty()) return Optional.of(earliest);
        long before = ChronoUnit.DAYS.between(earliest, published.get());
        return before >= EVENT_DATE_MIN_DAYS_BEFORE ? Optional.of(earliest) : published;
    }

    /** The first day of an ISO date, month or year value ({@code 2022-01-15}, {@code 2022-01}, {@code 2022}, date-times). */
    static Optional<LocalDate> parseDate(String value) {
        String v = value.strip();
        try {
            if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') return Optional.of(LocalDate.parse(v.substring(0, 10)));
            if (v.length() == 7 && v.charAt(4) == '-') return Optional.of(LocalDate.parse(v + "-01"));
            if (v.length() == 4 && v.chars().allMatch(Character::isDigit)) return Optional.of(LocalDate.of(Integer.parseInt(v), 1, 1));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String clip(String sentence) {
        return sentence.length() <= MAX_SENTENCE_CHARS ? sentence : sentence.substring(0, MAX_SENTENCE_CHARS - 1) + "…";
    }
}
