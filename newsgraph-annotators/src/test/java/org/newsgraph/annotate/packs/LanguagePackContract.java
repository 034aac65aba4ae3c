package org.newsgraph.annotate.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.annotate.figures.FigureAnnotator;
import org.newsgraph.annotate.segment.Segmenter;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Token;
import org.newsgraph.core.lang.CoreLexicons;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.lang.ModelResource;
import org.newsgraph.core.model.LanguageGuess;
import org.newsgraph.core.text.Words;

/**
 * The contract every language pack passes, as Lucene's {@code BaseTokenStreamTestCase} is for its analysers: a
 * pack's test extends this class and names its language code. It checks that every lexicon the standard annotators
 * and {@link CoreLexicons} declare is present (when required) and well-formed, that the segmenter keeps offsets in bounds and in order on
 * random text made of the pack's own words, that number words parse, that months and weekdays are complete, and
 * that the trained models and weights the annotators declare ({@link Annotator#resources()}) are shipped and load.
 *
 * <p>It lives in the annotators' tests because the annotators declare the lexicons and packs sit below them in the
 * module graph; a new pack adds one subclass here (see docs/adding-a-language.md).
 */
public abstract class LanguagePackContract {
    private static final Segmenter SEGMENTER = new Segmenter();
    private static final String PUNCTUATION = ".,;:!?«»\"'’()—-–…/%";

    /** The ISO 639-1 code of the pack under test. */
    protected abstract String code();

    protected final LanguagePack pack() {
        return LanguagePacks.expect(code());
    }

    /** Every lexicon the standard pipeline's annotators declare, once per name. */
    static List<LexiconSpec> declaredLexicons() {
        List<LexiconSpec> out = new ArrayList<>();
        Set<LexiconSpec> seen = new java.util.HashSet<>();
        for (Annotator a : StandardPipeline.create().annotators()) {
            for (LexiconSpec spec : a.lexicons()) if (seen.add(spec)) out.add(spec);
        }
        for (LexiconSpec spec : CoreLexicons.ALL) if (seen.add(spec)) out.add(spec);
        return out;
    }

    @Test
    void everyDeclaredLexiconIsPresentWhenRequiredAndWellFormed() {
        for (LexiconSpec spec : declaredLexicons()) {
            assertThatCode(() -> pack().lexicon(spec)).as(spec.toString()).doesNotThrowAnyException();
        }
        List<String> required = declaredLexicons().stream().filter(LexiconSpec::required)
                .filter(spec -> pack().lexicon(spec).isEmpty()).map(LexiconSpec::name).toList();
        assertThat(required).as("required lexicons without a single row").isEmpty();
    }

    /** Whether the pack's language ships trained models (the fake test language does not: its names go by cues). */
    protected boolean shipsModels() {
        return true;
    }

    @Test
    void everyDeclaredModelResourceIsShippedAndLoads() {
        for (Annotator a : StandardPipeline.create().annotators()) {
            for (ModelResource r : a.resources()) {
                java.util.Optional<?> loaded = r.load(code());
                if (!r.perLanguage() || shipsModels()) {
                    assertThat(loaded).as("%s of %s, for %s", r.name(), a.name(), code()).isPresent();
                }
            }
        }
    }

    @Test
    void theSegmenterKeepsOffsetsInBoundsAndInOrderOnRandomText() {
        Random random = new Random(code().hashCode());
        List<String> vocabulary = vocabulary();
        for (int round = 0; round < 20; round++) {
            String text = randomText(random, vocabulary, 300);
            Doc doc = segmented(text);
            int previous = 0;
            for (Token t : doc.expect(Layers.TOKENS)) {
                assertThat(t.start()).as("token order in %s", text).isGreaterThanOrEqualTo(previous);
                assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
                previous = t.end();
            }
            Words w = doc.expect(Layers.WORDS);
            previous = 0;
            for (int i = 0; i < w.size(); i++) {
                assertThat(w.start(i)).as("piece order in %s", text).isGreaterThanOrEqualTo(previous);
                assertThat(w.surface(i)).isEqualTo(text.substring(w.start(i), w.end(i)));
                assertThat(w.norm(i)).isNotEmpty();
                if (i > 0) {
                    assertThat(w.sentence(i)).isGreaterThanOrEqualTo(w.sentence(i - 1));
                    assertThat(w.paragraph(i)).isGreaterThanOrEqualTo(w.paragraph(i - 1));
                }
                previous = w.end(i);
            }
        }
    }

    @Test
    void numberWordsParseAndCoverOneToTenAThousandAndAMillion() {
        Lexicon numbers = pack().lexicon(FigureAnnotator.NUMBER_WORDS);
        Set<Double> values = new TreeSet<>();
        for (List<String> row : numbers.rows()) values.add(Double.parseDouble(row.get(1)));
        for (int n = 1; n <= 10; n++) assertThat(values).as("a number word for %d", n).contains((double) n);
        assertThat(values).as("scale words").contains(1_000.0, 1_000_000.0);
    }

    @Test
    void monthsAndWeekdaysAreComplete() {
        Set<String> months = new TreeSet<>();
        Set<String> weekdays = new TreeSet<>();
        for (List<String> row : pack().lexicon(CoreLexicons.TIMES_WORDS).rows()) {
            if (row.size() < 3) continue;
            if (row.get(1).equals("MONTH")) months.add(row.get(2));
            if (row.get(1).equals("WEEKDAY")) weekdays.add(row.get(2));
        }
        assertThat(months).as("MONTH values").containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7", "8", "9",
                "10", "11", "12");
        assertThat(weekdays).as("WEEKDAY values").containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7");
    }

    private Doc segmented(String text) {
        Doc doc = new Doc(Article.of("contract", text));
        doc.put(Layers.LANGUAGE, new LanguageGuess(code(), 1.0));
        doc.put(Layers.BOILERPLATE, List.of());
        SEGMENTER.annotate(doc);
        return doc;
    }

    /** The pack's own words: stop words, abbreviations and number words, with their casing varied by the test. */
    private List<String> vocabulary() {
        List<String> out = new ArrayList<>();
        for (String name : List.of("stopwords", "abbreviations", "figure-numbers", "speech-verbs")) {
            for (List<String> row : pack().lexicon(name).rows()) out.add(row.get(0));
        }
        if (out.isEmpty()) out.add("word");
        return out;
    }

    private static String randomText(Random random, List<String> vocabulary, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(8)) {
                case 0 -> b.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
                case 1 -> b.append(random.nextInt(100_000));
                case 2 -> b.append(random.nextBoolean() ? "\n\n" : "\u00A0");
                case 3 -> b.appendCodePoint(random.nextInt(0x2FFF) + 1);
                default -> {
                    String w = vocabulary.get(random.nextInt(vocabulary.size()));
                    b.append(random.nextBoolean() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
                }
            }
            if (random.nextInt(3) > 0) b.append(' ');
        }
        return b.toString();
    }
}
