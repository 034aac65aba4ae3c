package org.newsgraph.annotate.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Issue 15, "one giant sentence": a text that never ends a sentence made every reader of sentences (speakers, sources,
 * times) work on the whole text at once, and the quotes annotator went cubic. The splitter bounds every sentence in
 * tokens, so the work of those readers per sentence is bounded too; counted here in tokens, never timed.
 */
class OverlongSentencesAreCutTest {
    private final Tokenizer tokenizer = new Tokenizer(Set.of(), Set.of());
    private final SentenceSplitter splitter = new SentenceSplitter(Set.of());

    private static int tokensIn(Span sentence, List<Token> tokens) {
        return (int) tokens.stream().filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end()).count();
    }

    @Test
    void aTextOfCommasWithoutAnEndIsCutAtCommasWithinTheLimit() {
        String text = "the council of the city met the mayor, ".repeat(2_000) + "and then it rained.";
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        List<Span> sentences = splitter.split(text, tokens);

        assertThat(sentences.size()).isGreaterThanOrEqualTo(tokens.size() / SentenceSplitter.MAX_SENTENCE_TOKENS);
        for (Span s : sentences) assertThat(tokensIn(s, tokens)).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_TOKENS);
        for (Span s : sentences.subList(0, sentences.size() - 1)) assertThat(text.charAt(s.end() - 1)).isEqualTo(',');
    }

    @Test
    void aRunWithoutAnyCommaIsCutWhereTheLimitFalls() {
        String text = "word ".repeat(1_000).trim();
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        List<Span> sentences = splitter.split(text, tokens);

        assertThat(sentences).hasSize(3);
        assertThat(tokensIn(sentences.get(0), tokens)).isEqualTo(SentenceSplitter.MAX_SENTENCE_TOKENS);
        assertThat(sentences.get(2).end()).isEqualTo(text.length());
    }

    @Test
    void aLongButOrdinarySentenceIsLeftWhole() {
        String text = "The storm, which had crossed the bay during the night, ".repeat(10) + "flooded the port. Then it rained.";
        List<Span> sentences = splitter.split(text, tokenizer.tokenize(text, 0, text.length()));

        assertThat(sentences).hasSize(2);
        assertThat(text.substring(sentences.get(1).start(), sentences.get(1).end())).isEqualTo("Then it rained.");
    }
}
