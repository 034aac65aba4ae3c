package org.newsgraph.annotate.figures;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;

/**
 * What the figures rules know of one language, read once from its pack: number words, how decimals are written,
 * approximators, range words, measure words, words that rule a number out, subset cues and source cues.
 * Lexicon files are {@code figure_*.tsv} in the language module.
 */
final class FigureVocabulary {

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

    /** The role of a source cue. */
    enum SourceCue { ACCORDING, SELF, VERB, PRONOUN, BODY, ANAPHORA, AUX, SKIP, STOP, THAT, VAGUE }

    /** The role of a phrase about published data (see {@link PublishedDataSources}). */
    enum PublishedCue { DATA, PUBLISH, NOUN, RELATIVE }

    final char decimal;
    final PhraseTable<NumberWord> numbers = new PhraseTable<>();
    final PhraseTable<Optional<Figure.Bound>> approximators = new PhraseTable<>();
    final PhraseTable<String> rangeOpeners = new PhraseTable<>();
    final Set<String> looseRangeMiddles = new HashSet<>();
    final PhraseTable<MeasureCue> measures = new PhraseTable<>();
    final PhraseTable<NotCount> notCounts = new PhraseTable<>();
    final PhraseTable<Boolean> subsetsBefore = new PhraseTable<>();
    final PhraseTable<Boolean> subsetsAfter = new PhraseTable<>();
    final PhraseTable<Boolean> coordinators = new PhraseTable<>();
    final PhraseTable<SourceCue> sources = new PhraseTable<>();
    final PhraseTable<PublishedCue> published = new PhraseTable<>();
    private final Set<String> scaleWords = new HashSet<>();

    private FigureVocabulary(char decimal) {
        this.decimal = decimal;
    }

    static FigureVocabulary of(LanguagePack pack) {
        String dec = pack.lexicon("figure_format").value("decimal");
        FigureVocabulary v = new FigureVocabulary(dec.isEmpty() ? '.' : dec.charAt(0));
        for (List<String> row : pack.lexicon("figure_numbers").rows()) {
            if (row.size() < 3) continue;
            String flags = row.size() > 3 ? row.get(3) : "";
            NumberWord w = new NumberWord(Double.parseDouble(row.get(1)),
                    NumberKind.valueOf(row.get(2).toUpperCase(Locale.ROOT)), flags.contains("abbr"),
                    flags.contains("nobare"), flags.contains("approx"));
            v.numbers.add(row.get(0), w);
            if (w.kind() == NumberKind.SCALE) v.scaleWords.add(Tokenizer.normalize(row.get(0)));
        }
        for (List<String> row : pack.lexicon("figure_approximators").rows()) {
            String b = row.size() > 1 ? row.get(1) : "none";
            v.approximators.add(row.get(0), switch (b) {
                case "at_least" -> Optional.of(Figure.Bound.AT_LEAST);
                case "at_most" -> Optional.of(Figure.Bound.AT_MOST);
                default -> Optional.empty();
            });
        }
        for (List<String> row : pack.lexicon("figure_ranges").rows()) {
            if (row.size() < 2) continue;
            String middle = Tokenizer.normalize(row.get(1));
            if (row.get(0).equals("-")) v.looseRangeMiddles.add(middle);
            else v.rangeOpeners.add(row.get(0), middle);
        }
        for (List<String> row : pack.lexicon("figure_measures").rows()) {
            if (row.size() < 2) continue;
            boolean same = row.get(1).equals("same");
            Optional<Measure> m = row.get(1).equals("people") || same ? Optional.empty()
                    : Optional.of(Measure.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
            String flag = row.size() > 2 ? row.get(2) : "";
            v.measures.add(row.get(0), new MeasureCue(m, flag.equals("weak"), flag.equals("toll"), same,
                    flag.equals("one")));
        }
        for (List<String> row : pack.lexicon("figure_not_counts").rows()) {
            if (row.size() < 2) continue;
            v.notCounts.add(row.get(0), NotCount.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
        }
        for (List<String> row : pack.lexicon("figure_subsets").rows()) {
            if (row.size() < 2) continue;
            PhraseTable<Boolean> table = switch (row.get(1)) {
                case "after" -> v.subsetsAfter;
                case "and" -> v.coordinators;
                default -> v.subsetsBefore;
            };
            table.add(row.get(0), Boolean.TRUE);
        }
        Lexicon sources = pack.lexicon("figure_sources");
        for (List<String> row : sources.rows()) {
            if (row.size() < 2) continue;
            v.sources.add(row.get(0), SourceCue.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
        }
        for (List<String> row : pack.lexicon("figure_published").rows()) {
            if (row.size() < 2) continue;
            v.published.add(row.get(0), PublishedCue.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
        }
        return v;
    }

    Tokenizer tokenizer() {
        return new Tokenizer(decimal, scaleWords::contains);
    }
}
