package org.newsgraph.annotate.figures;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.lang.LexiconSpec.Type;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.text.Normalizer;

/**
 * What the figures rules know of one language, read once from its pack: number words, how decimals are written,
 * approximators, range words, measure words, words that rule a number out, subset cues and source cues.
 * Lexicon files are {@code figure-*.tsv} in the language module.
 */
final class FigureVocabulary {
    static final LexiconSpec FORMAT = LexiconSpec.named("figure-format").column("setting", Type.TEXT)
            .column("value", Type.TEXT).required();
    static final LexiconSpec NUMBERS = LexiconSpec.named("figure-numbers").column("word", Type.TEXT)
            .column("value", Type.NUMBER).choice("kind", names(NumberKind.values())).optionalColumn("flags", Type.TEXT)
            .required();
    static final LexiconSpec APPROXIMATORS = LexiconSpec.named("figure-approximators").column("phrase", Type.TEXT)
            .optionalChoice("bound", List.of("none", "at_least", "at_most")).optional();
    static final LexiconSpec RANGES = LexiconSpec.named("figure-ranges").column("opener", Type.TEXT)
            .column("middle", Type.TEXT).optional();
    static final LexiconSpec MEASURES = LexiconSpec.named("figure-measures").column("phrase", Type.TEXT)
            .choice("measure", measureNames()).optionalChoice("flag", List.of("weak", "toll", "one", "count")).required();
    static final LexiconSpec NOT_COUNTS = LexiconSpec.named("figure-not-counts").column("phrase", Type.TEXT)
            .choice("kind", names(NotCount.values())).optional();
    static final LexiconSpec SUBSETS = LexiconSpec.named("figure-subsets").column("phrase", Type.TEXT)
            .choice("position", List.of("before", "after", "and", "frame", "place")).optional();
    static final LexiconSpec SOURCES = LexiconSpec.named("figure-sources").column("phrase", Type.TEXT)
            .choice("role", names(SourceCue.values())).required();
    static final LexiconSpec PUBLISHED = LexiconSpec.named("figure-published").column("phrase", Type.TEXT)
            .choice("role", names(PublishedCue.values())).optional();
    /**
     * Adjectives of nationality (the entities' lexicon, same layout): after a number they name people ("43 Syrians",
     * "14 Italiens", "at least 145 were Egyptian"), as a people noun does.
     */
    static final LexiconSpec DEMONYMS = LexiconSpec.named("demonyms").column("word", Type.TEXT)
            .column("country", Type.TEXT).optional();
    /** Every lexicon this vocabulary reads. */
    static final List<LexiconSpec> LEXICONS = List.of(FORMAT, NUMBERS, APPROXIMATORS, RANGES, MEASURES, NOT_COUNTS,
            SUBSETS, SOURCES, PUBLISHED, DEMONYMS);

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> measureNames() {
        List<String> out = new java.util.ArrayList<>(names(Measure.values()));
        out.add("people");
        out.add("same");
        return out;
    }

    /** The kind of a number word. */
    enum NumberKind { UNIT, HUNDRED, SCALE, ARTICLE, GROUP, JOINER }

    /** A number word and how it combines with its neighbours. */
    record NumberWord(double value, NumberKind kind, boolean abbreviation, boolean needsSupport, boolean approximate) {
    }

    /**
     * A measure cue; an empty measure means a noun for people that says nothing of what befell them. {@code weak}
     * cues give way to stronger ones; {@code toll} cues name a total whose number may come several words later;
     * {@code same} cues ("en a compté") count again what a figure before counted; {@code one} cues count one after
     * an article ("un mort", "un blessé").
     */
    record MeasureCue(Optional<Measure> measure, boolean weak, boolean toll, boolean same, boolean one) {
        boolean strong() {
            return measure.isPresent() && !weak;
        }
    }

    /** Why a word next to a number rules it out. */
    enum NotCount { UNIT, DATE, BEFORE, YEAR, PARTITIVE }

    /**
     * The role of a source cue. {@code SPEAKER}: a pronoun of the first person ("we", "nous", "мы"), whoever speaks
     * the quote that holds it, which the quotes layer knows and the reader does not; {@code RELATIVE}: "according to
     * which" ("selon lesquelles", "по которым"), crediting the noun before it, which names no one ("reports").
     */
    enum SourceCue { ACCORDING, SELF, VERB, DENY, PRONOUN, BODY, ANAPHORA, AUX, SKIP, STOP, THAT, VAGUE, SPEAKER, RELATIVE }

    /** The role of a phrase about published data (see {@link PublishedDataSources}). */
    enum PublishedCue { DATA, PUBLISH, NOUN, RELATIVE, MODIFIER }

    final char decimal;
    final PhraseTable<NumberWord> numbers;
    final PhraseTable<Optional<Figure.Bound>> approximators;
    final PhraseTable<String> rangeOpeners;
    final Set<String> looseRangeMiddles = new HashSet<>();
    final PhraseTable<MeasureCue> measures;
    /**
     * "the number of", "le nombre de", "количество": a few words before a measure word, makes it name a total whose
     * number may come after a long subject ("the number of people killed in the floods in the region rose to 40").
     */
    final PhraseTable<Boolean> countHeads;
    final PhraseTable<NotCount> notCounts;
    final PhraseTable<Boolean> subsetsBefore;
    final PhraseTable<Boolean> subsetsAfter;
    final PhraseTable<Boolean> coordinators;
    /** Opens a clause that names the whole the next number is drawn from ("Of those killed, 45 were …"). */
    final PhraseTable<Boolean> frames;
    /** Right after a bare number, places the share it counts ("6 in Olben", "6 à Olben", "6 в Тарске"). */
    final PhraseTable<Boolean> places;
    final PhraseTable<SourceCue> sources;
    final PhraseTable<PublishedCue> published;
    private final Set<String> scaleWords = new HashSet<>();
    /** Reads the figures' tokens from the shared token layer; lexicon phrases are cut by it too. */
    final TokReader reader;

    private FigureVocabulary(char decimal, Normalizer normalizer) {
        this.decimal = decimal;
        this.reader = new TokReader(decimal, scaleWords, normalizer);
        numbers = new PhraseTable<>(reader);
        approximators = new PhraseTable<>(reader);
        rangeOpeners = new PhraseTable<>(reader);
        measures = new PhraseTable<>(reader);
        countHeads = new PhraseTable<>(reader);
        notCounts = new PhraseTable<>(reader);
        subsetsBefore = new PhraseTable<>(reader);
        subsetsAfter = new PhraseTable<>(reader);
        coordinators = new PhraseTable<>(reader);
        frames = new PhraseTable<>(reader);
        places = new PhraseTable<>(reader);
        sources = new PhraseTable<>(reader);
        published = new PhraseTable<>(reader);
    }

    static FigureVocabulary of(LanguagePack pack) {
        String dec = pack.lexicon(FORMAT).value("decimal");
        FigureVocabulary v = new FigureVocabulary(dec.isEmpty() ? '.' : dec.charAt(0), Normalizer.of(pack));
        for (List<String> row : pack.lexicon(NUMBERS).rows()) {
            String flags = row.size() > 3 ? row.get(3) : "";
            NumberWord w = new NumberWord(Double.parseDouble(row.get(1)),
                    NumberKind.valueOf(row.get(2).toUpperCase(Locale.ROOT)), flags.contains("abbr"),
                    flags.contains("nobare"), flags.contains("approx"));
            v.numbers.add(row.get(0), w);
            if (w.kind() == NumberKind.SCALE) v.scaleWords.add(v.reader.normalizer().normalize(row.get(0)));
        }
        for (List<String> row : pack.lexicon(APPROXIMATORS).rows()) {
            String b = row.size() > 1 ? row.get(1) : "none";
            v.approximators.add(row.get(0), switch (b) {
                case "at_least" -> Optional.of(Figure.Bound.AT_LEAST);
                case "at_most" -> Optional.of(Figure.Bound.AT_MOST);
                default -> Optional.empty();
            });
        }
        for (List<String> row : pack.lexicon(RANGES).rows()) {
            String middle = v.reader.normalizer().normalize(row.get(1));
            if (row.get(0).equals("-")) v.looseRangeMiddles.add(middle);
            else v.rangeOpeners.add(row.get(0), middle);
        }
        for (List<String> row : pack.lexicon(MEASURES).rows()) {
            boolean same = row.get(1).equals("same");
            Optional<Measure> m = row.get(1).equals("people") || same ? Optional.empty()
                    : Optional.of(Measure.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
            String flag = row.size() > 2 ? row.get(2) : "";
            if (flag.equals("count")) {
                v.countHeads.add(row.get(0), Boolean.TRUE);
                continue;
            }
            v.measures.add(row.get(0), new MeasureCue(m, flag.equals("weak"), flag.equals("toll"), same,
                    flag.equals("one")));
        }
        MeasureCue people = new MeasureCue(Optional.empty(), false, false, false, false);
        for (List<String> row : pack.lexicon(DEMONYMS).rows()) {
            // the plural and feminine forms too: "Syrians", "Italiennes"
            if (!row.get(0).contains(" ")) v.measures.add(row.get(0) + "*", people);
        }
        for (List<String> row : pack.lexicon(NOT_COUNTS).rows()) {
            v.notCounts.add(row.get(0), NotCount.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
        }
        for (List<String> row : pack.lexicon(SUBSETS).rows()) {
            PhraseTable<Boolean> table = switch (row.get(1)) {
                case "after" -> v.subsetsAfter;
                case "and" -> v.coordinators;
                case "frame" -> v.frames;
                case "place" -> v.places;
                default -> v.subsetsBefore;
            };
            table.add(row.get(0), Boolean.TRUE);
        }
        Lexicon sources = pack.lexicon(SOURCES);
        for (List<String> row : sources.rows()) {
            v.sources.add(row.get(0), SourceCue.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
        }
        for (List<String> row : pack.lexicon(PUBLISHED).rows()) {
            v.published.add(row.get(0), PublishedCue.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
        }
        return v;
    }
}
