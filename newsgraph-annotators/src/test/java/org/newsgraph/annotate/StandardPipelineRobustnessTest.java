package org.newsgraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.TimeExpression;

/**
 * Every annotator of the standard pipeline survives pathological text: no annotator fails, and every span it
 * produces lies inside the text and says what the text says there. The cases are the files of the hostile-input
 * corpus ({@code src/test/resources/hostile/}: a crash found becomes a file there), texts that cannot be files
 * (lone surrogates), and inputs of several megabytes generated here, never committed.
 */
class StandardPipelineRobustnessTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    static Stream<Arguments> pathologicalTexts() {
        Random random = new Random(42);
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("ten thousand unmatched opening guillemets", "« ".repeat(10_000) + "a déclaré le ministre."));
        cases.add(Arguments.of("one huge number", "9".repeat(200_000) + " personnes sont mortes."));
        cases.add(Arguments.of("space-grouped digits forever", "1 000 ".repeat(20_000)));
        cases.add(Arguments.of("one word of a million letters", "a".repeat(1_000_000)));
        cases.add(Arguments.of("capitalised words only", "Le Président Du Kazakhstan ".repeat(5_000)));
        cases.add(Arguments.of("lone surrogates and controls", "\uD800 \uDC00 \u0001\u0002 ok \uFFFF end."));
        cases.add(Arguments.of("nested brackets", "(".repeat(50_000) + ")".repeat(50_000)));
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 200_000; i++) noise.append((char) (random.nextInt(0x3000) + 1));
        cases.add(Arguments.of("random characters", noise.toString()));
        StringBuilder words = new StringBuilder();
        String[] vocabulary = {"Selon", "l’ONU", ",", "environ", "1 000", "personnes", "«", "»", "a", "déclaré", "Tokaïev", ".",
                "dont", "19", "225", "morts", "samedi", "20h00", "(", ")", "По", "данным", "погибли", "said", "at", "least", "\n\n"};
        for (int i = 0; i < 50_000; i++) words.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        cases.add(Arguments.of("shuffled news vocabulary", words.toString()));
        cases.add(Arguments.of("two megabytes of news vocabulary", generated(2_000_000, random, vocabulary)));
        cases.add(Arguments.of("two megabytes in one sentence", generated(2_000_000, random,
                new String[] {"le", "maire", "a", "dit", "que", "300", "personnes", "said", "«", "»", ",", "заявил"})));
        return cases.stream();
    }

    /** The files of the hostile-input corpus, each a case. */
    static Stream<Arguments> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(StandardPipelineRobustnessTest.class.getResource("/hostile").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .map(f -> Arguments.of(f.getFileName().toString(), read(f))).toList().stream();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words drawn from a vocabulary up to a length: large inputs are made by the test, not stored. */
    private static String generated(int length, Random random, String[] vocabulary) {
        StringBuilder b = new StringBuilder(length + 32);
        while (b.length() < length) b.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyFileOfTheHostileCorpusIsSurvived(String name, String text) {
        noAnnotatorFailsAndEverySpanIsInBounds(name, text);
        Doc detected = PIPELINE.run(Article.of(name, text));
        assertThat(detected.failures()).as(name + " with its language identified").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalTexts")
    void noAnnotatorFailsAndEverySpanIsInBounds(String name, String text) {
        Article article = new Article("fuzz", Optional.empty(), Optional.of("2022-01-29"), Optional.empty(), text,
                Optional.empty(), Optional.empty(), Optional.of("fr"));
        Doc doc = PIPELINE.run(article);
        assertThat(doc.failures()).as(name).isEmpty();
        String t = doc.text();
        for (Token k : doc.find(Layers.TOKENS).orElse(List.of())) inBounds(t, k.start(), k.end());
        for (Span s : doc.find(Layers.SENTENCES).orElse(List.of())) inBounds(t, s.start(), s.end());
        for (Entity e : doc.find(Layers.ENTITIES).orElse(List.of())) {
            for (Mention m : e.mentions()) assertThat(t.substring(inBounds(t, m.start(), m.end()), m.end())).isEqualTo(m.text());
        }
        for (Quote q : doc.find(Layers.QUOTES).orElse(List.of())) inBounds(t, q.start(), q.end());
        for (Figure f : doc.find(Layers.FIGURES).orElse(List.of())) {
            assertThat(t.substring(inBounds(t, f.start(), f.end()), f.end())).isEqualTo(f.text());
        }
        for (TimeExpression x : doc.find(Layers.TIMES).orElse(List.of())) {
            assertThat(t.substring(inBounds(t, x.start(), x.end()), x.end())).isEqualTo(x.text());
        }
        for (org.newsgraph.core.model.Event e : doc.find(Layers.EVENTS).orElse(List.of())) {
            assertThat(t.substring(inBounds(t, e.start(), e.end()), e.end())).isEqualTo(e.text());
        }
        for (org.newsgraph.core.model.Framing f : doc.find(Layers.FRAMING).orElse(List.of())) {
            assertThat(t.substring(inBounds(t, f.start(), f.end()), f.end())).isEqualTo(f.text());
        }
    }

    private static int inBounds(String text, int start, int end) {
        assertThat(start).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(text.length());
        return start;
    }
}
