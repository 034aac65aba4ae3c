package org.newsgraph.annotate.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/**
 * Groups tokens into sentences. A sentence ends at a line break, or at a terminator (. ! ? …) followed, after any
 * closing quotes and brackets, by a word that may start a sentence — unless the period belongs to an abbreviation
 * of the language or to an initial ("K. Tokayev"). A terminator inside « … » followed by ", a déclaré" does not end
 * the sentence because the next word is lower-case. A run of more than {@value #MAX_SENTENCE_TOKENS} tokens without
 * an end is no sentence a reader would write (news sentences stay under about a hundred words): it is cut at its
 * last comma or semicolon, else where the limit falls, so that every reader of sentences (speakers, sources,
 * times) works on bounded spans and the pipeline stays linear in the text's length.
 */
public final class SentenceSplitter {
    /** Longest sentence in tokens; beyond it the text is cut (see the class comment). */
    static final int MAX_SENTENCE_TOKENS = 400;
    /** How far back from the limit a comma or semicolon is looked for. */
    private static final int CUT_LOOKBACK = 100;

    private final Set<String> abbreviations;

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    public List<Span> split(String text, List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int last = endOfSentence(text, tokens, i);
            if (last < 0 && i - first + 1 >= MAX_SENTENCE_TOKENS && i + 1 < tokens.size()) last = cut(text, tokens, first, i);
            if (last >= 0) {
                out.add(new Span(tokens.get(first).start(), tokens.get(last).end(), "sentence"));
                first = last + 1;
                i = last;
            }
        }
        if (first < tokens.size()) {
            out.add(new Span(tokens.get(first).start(), tokens.get(tokens.size() - 1).end(), "sentence"));
        }
        return out;
    }

    /** Where an overlong run ending at token {@code i} is cut: after its last comma or semicolon near the end, else at i. */
    private static int cut(String text, List<Token> tokens, int first, int i) {
        for (int k = i; k > first && k > i - CUT_LOOKBACK; k--) {
            char c = text.charAt(tokens.get(k).start());
            if (tokens.get(k).length() == 1 && (c == ',' || c == ';')) return k;
        }
        return i;
    }

    /** The index of the last token of a sentence ending at token i, or -1 when no sentence ends there. */
    private int endOfSentence(String text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) return -1;
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (hasLineBreak(text, t.end(), next.start())) return i;
        if (!isTerminator(text, t)) return -1;
        if (text.charAt(t.start()) == '.' && t.length() == 1 && i > 0 && isAbbreviation(text, tokens.get(i - 1), t)) {
            return -1;
        }
        int last = i;
        // Closing quotes and brackets right after the terminator belong to the sentence.
        while (last + 1 < tokens.size() && isCloser(text, tokens.get(last + 1))
                && !hasLineBreak(text, tokens.get(last).end(), tokens.get(last + 1).start())) {
            last++;
        }
        if (last + 1 >= tokens.size()) return -1;
        Token following = tokens.get(last + 1);
        if (hasLineBreak(text, tokens.get(last).end(), following.start())) return last;
        if (following.start() == tokens.get(last).end()) return -1;
        return canStartSentence(text, following) ? last : -1;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u2029') return true;
        }
        return false;
    }

    private static boolean isTerminator(String text, Token t) {
        char c = text.charAt(t.start());
        return t.kind() == Token.Kind.PUNCT && (c == '.' || c == '!' || c == '?' || c == '…');
    }

    private static boolean isCloser(String text, Token t) {
        char c = text.charAt(t.start());
        return (t.kind() == Token.Kind.QUOTE && !Quotes.isOpening(c)) || c == ')' || c == ']';
    }

    private boolean isAbbreviation(String text, Token before, Token period) {
        if (before.end() != period.start() || before.kind() != Token.Kind.WORD) return false;
        String w = text.substring(before.start(), before.end());
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) return true;
        return abbreviations.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean canStartSentence(String text, Token t) {
        char c = text.charAt(t.start());
        if (t.kind() == Token.Kind.QUOTE) return true;
        if (t.kind() == Token.Kind.NUMBER) return true;
        if (c == '—' || c == '–' || c == '-' || c == '(' || c == '[') return true;
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }
}
