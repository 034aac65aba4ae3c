package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.quotes.SpeechLexicon.CueKind;
import org.newsgraph.core.Span;

/**
 * Finds quotes set as dialogue: a paragraph opening with a dash ("— Nous sommes prêts, a déclaré le maire.",
 * "— Мы готовы, — сказал он. — Начнём завтра."). A dashed paragraph counts only when an incise with a verb of saying
 * follows its first words, so dashed lists are left alone. The incise stays outside the quotes, where the
 * {@link UnitReader} reads its speaker.
 */
final class DialogueScanner {
    private static final int MAX_LINE_CHARS = 4000;

    private final SpeechLexicon lex;
    private final QuoteWords words;

    DialogueScanner(SpeechLexicon lex, QuoteWords words) {
        this.lex = lex;
        this.words = words;
    }

    List<Span> scan(String text, int limit) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < limit) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > limit) lineEnd = limit;
            int i = lineStart;
            while (i < lineEnd && Character.isWhitespace(text.charAt(i))) i++;
            if (lineEnd - i < MAX_LINE_CHARS && i + 2 < lineEnd && isDash(text.charAt(i)) && Character.isWhitespace(text.charAt(i + 1))) {
                dialogueLine(text, i + 2, lineEnd, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void dialogueLine(String text, int from, int to, List<Span> out) {
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (ch != ',' && ch != '!' && ch != '?' && ch != '…' && ch != '.') continue;
            int next = skipSpaces(text, c + 1, to);
            boolean dashIncise = next < to && isDash(text.charAt(next));
            int verbFrom = dashIncise ? skipSpaces(text, next + 1, to) : next;
            if (!(dashIncise || ch == ',') || !verbWithin(text, verbFrom, to, 3)) continue;
            int quoteEnd = ch == ',' || ch == '.' ? c : c + 1;
            out.add(Span.of(from, quoteEnd));
            // "— …, — сказал он. — Начнём завтра.": the quote goes on after a second dash
            for (int k = verbFrom; k + 2 < to; k++) {
                if ((text.charAt(k) == '.' || text.charAt(k) == ',') && isDash(text.charAt(skipSpaces(text, k + 1, to)))) {
                    int s = skipSpaces(text, skipSpaces(text, k + 1, to) + 1, to);
                    if (s < to) out.add(Span.of(s, trimEnd(text, s, to)));
                    break;
                }
            }
            return;
        }
    }

    private boolean verbWithin(String text, int from, int to, int n) {
        List<Word> words = this.words.scan(from, Math.min(to, from + 80));
        for (int k = 0; k < words.size() && k < n; k++) {
            String w = words.get(k).norm();
            if (lex.isVerb(w)) return true;
            int dash = w.indexOf('-');
            if (dash > 0 && lex.isVerb(w.substring(0, dash))) return true;
            if (!lex.isCue(w, CueKind.AUXILIARY) && k > 0) return false;
        }
        return false;
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e;
    }

    private static int skipSpaces(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '―';
    }
}
