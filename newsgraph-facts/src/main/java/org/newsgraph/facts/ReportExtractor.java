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
    private final Function<String, Cues> scopeWords;
    private final Gazetteer gazetteer;

    public ReportExtractor(Function<String, Cues> retractionCues, Function<String, Cues> earlierCues,
                           Function<String, Cues> subgroupNouns, Function<String, Cues> scopeWords, Gazetteer gazetteer) {
        this.retractionCues = retractionCues;
        this.earlierCues = earlierCues;
        this.subgroupNouns = subgroupNouns;
        this.scopeWords = scopeWords;
        this.gazetteer = gazetteer;
    }

    public ReportExtractor(Function<String, Cues> retractionCues, Function<String, Cues> earlierCues,
                           Function<String, Cues> subgroupNouns) {
        this(retractionCues, earlierCues, subgroupNouns, lang -> Cues.none(), Gazetteer.basic());
    }

    public ReportExtractor(Function<String, Cues> retractionCues, Function<String, Cues> earlierCues) {
        this(retractionCues, earlierCues, lang -> Cues.none());
    }

    /**
     * Cues from the installed language packs' {@code retraction-cues}, {@code earlier-cues}, {@code subgroup-nouns}
     * and {@code figure-scopes} lexicons; places by the basic gazetteer.
     */
    public static ReportExtractor fromLanguagePacks() {
        return fromLanguagePacks(Gazetteer.basic());
    }

    /** As {@link #fromLanguagePacks()}, placing figures with the given gazetteer (countries and regions of places). */
    public static ReportExtractor fromLanguagePacks(Gazetteer gazetteer) {
        return new ReportExtractor(packLexicon(RETRACTION_CUES), packLexicon(EARLIER_CUES), packLexicon(SUBGROUP_NOUNS),
                packLexicon(FIGURE_SCOPES), gazetteer);
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
    /** Words that limit a figure to part of the people counted, and the scope they name ("hospitalis*", "in hospital"). */
    public static final LexiconSpec FIGURE_SCOPES = LexiconSpec.named("figure-scopes").column("phrase", LexiconSpec.Type.TEXT)
            .column("scope", LexiconSpec.Type.TEXT).optional();
    /** Every lexicon the comparison reads. */
    public static final List<LexiconSpec> LEXICONS = List.of(RETRACTION_CUES, EARLIER_CUES, SUBGROUP_NOUNS, FIGURE_SCOPES);

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
        Cues scopes = scopeWords.apply(a.lang());
        Optional<LocalDate> published = a.published().flatMap(ReportExtractor::parseDate);
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : a.entities()) byId.put(e.id(), e);
        Map<String, Place> placeByKey = new LinkedHashMap<>();
        Map<Entity, Place> placeOfEntity = new LinkedHashMap<>();
        for (Entity e : a.entities()) {
            if (e.type() == EntityType.LOCATION) placeOfEntity.put(e, Places.placeOf(e, gazetteer));
        }
        Map<String, Integer> articlePlaceCounts = placeCounts(placeOfEntity, 0, Integer.MAX_VALUE, placeByKey);
        Map<Integer, Optional<Cues.Match>> cueCache = new HashMap<>();
        int titleEnd = a.title().map(t -> text.startsWith(t) ? t.length() : 0).orElse(0);

        List<Report> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.measure() == Measure.OTHER || f.partOf().isPresent()) continue;
            f = Hedges.fromBody(f, figures, titleEnd);
            int s = sentences.indexAt(Math.max(0, Math.min(f.start(), text.length())));
            String sentence = s < 0 ? f.text() : sentences.text(s);
            int sStart = s < 0 ? f.start() : sentences.start(s);
            int sEnd = s < 0 ? f.end() : sentences.end(s);
            Optional<String> cue = s < 0 ? Optional.empty() : retractionCue(sentences, s, retraction, cueCache);
            // "the previous toll was 164": the cue comes before the figure; "225 dead, more than previously
            // announced" puts it after, about another number
            boolean isEarlier = s >= 0 && !earlier.isEmpty() && f.start() > sStart
                    && earlier.find(text.substring(sStart, Math.min(f.start(), sEnd))).isPresent();
            // the figure's own place (analyses since the figure-settings layer), else the nearest in its sentence
            boolean inSentence = s >= 0;
            Figure figure = f;
            Optional<Entity> nearest = f.place().map(byId::get).filter(e -> e.type() == EntityType.LOCATION)
                    .or(() -> inSentence ? nearestPlace(a.entities(), figure, sStart, sEnd) : Optional.empty());
            Place place = nearest.map(placeOfEntity::get)
                    .orElseGet(() -> bestPlace(articlePlaceCounts, s < 0 ? Map.of()
                            : placeCounts(placeOfEntity, sStart, sEnd, placeByKey), placeByKey));
            Optional<String> locality = nearest.filter(e -> !placeOfEntity.get(e).name().equals(e.name())
                    && Places.countryCodeOf(e.name()).isEmpty()).map(Entity::name);
            Optional<LocalDate> eventDate = eventDate(a.times(), sStart, sEnd, published);
            String clause = FigureClause.around(text, f.start(), f.end(), sStart, sEnd);
            Optional<String> scope = scopes.find(clause).map(Cues.Match::tag).filter(t -> !t.isEmpty());
            Optional<String> source = sourceName(f.source(), byId);
            // the figures layer tells a denied figure and who denies it; the denier is never its source
            Report.Marks marks = new Report.Marks(scope, locality, f.denied(),
                    f.denial().flatMap(d -> sourceName(d.by(), byId)), List.of());
            out.add(new Report(a.id(), a.url(), a.outlet().map(o -> o.name()), a.lang(), published, eventDate, i,
                    f.measure(), f.value(), f.max(), f.approximate(), f.bound(), f.text(), clip(sentence),
                    source, place, placeNames(placeOfEntity, place), isEarlier,
                    cue, subgroup(f.text(), groups), parts(figures, i), marks));
        }
        return Breakdowns.fold(out);
    }

    /**
     * The place named nearest the figure in its sentence ("в Алма-Ате восемь человек получили травмы" is about
     * Almaty even when the sentence names China first); empty when the sentence names none.
     */
    private static Optional<Entity> nearestPlace(List<Entity> entities, Figure f, int start, int end) {
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity e : entities) {
            if (e.type() != EntityType.LOCATION) continue;
            for (Mention m : e.mentions()) {
                if (m.kind() != Mention.Kind.NAME || m.start() < start || m.end() > end) continue;
                // a place after the figure ("killed 12 in Norway") counts a little farther than one before it
                int d = m.end() <= f.start() ? f.start() - m.end() : m.start() >= f.end() ? m.start() - f.end() + 1 : 0;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> placeNames(Map<Entity, Place> places, Place place) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<Entity, Place> e : places.entrySet()) {
            if (e.getValue().key().equals(place.key()) && !names.contains(e.getKey().name())) names.add(e.getKey().name());
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
        // a number written in words ("один ребенок", "two children"): the group noun must follow the first word
        int reach = number < 0 ? 1 : SUBGROUP_WORDS;
        if (number < 0 && words.size() > 1) number = 0;
        if (number < 0) return Optional.empty();
        String after = String.join(" ", words.subList(number + 1, Math.min(words.size(), number + 1 + reach)));
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

    private static Optional<String> sourceName(Optional<org.newsgraph.core.model.Reference> reference,
                                               Map<String, Entity> byId) {
        if (reference.isEmpty()) return Optional.empty();
        var ref = reference.get();
        Optional<String> entityName = ref.entity().map(byId::get).map(Entity::name);
        return entityName.or(ref::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Name mentions of places per grouping key, counting only mentions inside [start, end). */
    private static Map<String, Integer> placeCounts(Map<Entity, Place> places, int start, int end,
                                                    Map<String, Place> placeByKey) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<Entity, Place> ep : places.entrySet()) {
            Entity e = ep.getKey();
            Place p = ep.getValue();
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
