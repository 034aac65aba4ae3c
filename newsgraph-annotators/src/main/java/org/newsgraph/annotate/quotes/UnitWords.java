package org.newsgraph.annotate.quotes;

import java.util.List;
import org.newsgraph.annotate.quotes.SpeechLexicon.CueKind;
import org.newsgraph.core.Span;

/**
 * The words of one unit of text with what the speech reader asks of them: which sentence and which direct quote
 * holds each word, whether it is a verb of saying, where punctuation breaks the text, and which cues start where.
 */
final class UnitWords {
    /** A unit longer than this (a "sentence" of pathological text) is read up to here only. */
    static final int MAX_UNIT_WORDS = 2_000;
    private static final int COMPLEMENTIZER_WINDOW = 8;

    final String text;
    private final List<Word> ws;
    final List<Span> sentences;
    final List<Span> quotes;
    /** Index in {@code sentences} of the sentence holding each word. */
    final int[] sentenceOf;
    final boolean[] inQuote;
    /** Index in {@code quotes} of the quote holding each word, or -1. */
    final int[] quoteOf;
    /** Words already read as part of a cue, whose verbs must not be read again. */
    final boolean[] consumed;
    private final boolean[] verb;
    private final SpeechLexicon lex;

    UnitWords(QuoteWords words, SpeechLexicon lex, List<Span> sentences, List<Span> quotes) {
        this.text = words.text();
        this.lex = lex;
        this.sentences = sentences;
        this.quotes = quotes;
        int from = sentences.get(0).start();
        int to = sentences.get(sentences.size() - 1).end();
        List<Word> all = words.scan(from, to);
        this.ws = all.size() > MAX_UNIT_WORDS ? all.subList(0, MAX_UNIT_WORDS) : all;
        this.sentenceOf = new int[ws.size()];
        this.inQuote = new boolean[ws.size()];
        this.quoteOf = new int[ws.size()];
        this.consumed = new boolean[ws.size()];
        this.verb = new boolean[ws.size()];
        int s = 0;
        int k = 0;
        for (int i = 0; i < ws.size(); i++) {
            Word w = ws.get(i);
            while (s + 1 < sentences.size() && w.start() >= sentences.get(s + 1).start()) s++;
            sentenceOf[i] = s;
            while (k < quotes.size() && quotes.get(k).end() < w.end()) k++; // quotes are sorted and disjoint
            inQuote[i] = k < quotes.size() && quotes.get(k).start() <= w.start() && w.end() <= quotes.get(k).end();
            quoteOf[i] = inQuote[i] ? k : -1;
            verb[i] = lookUpVerb(w.norm());
        }
    }

    int size() {
        return ws.size();
    }

    Word get(int i) {
        return ws.get(i);
    }

    String norm(int i) {
        return ws.get(i).norm();
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive). */
    List<Word> words(int from, int to) {
        return ws.subList(from, to);
    }


    boolean isVerb(int i) {
        return verb[i];
    }

    boolean lookUpVerb(String n) {
        if (lex.isVerb(n)) return true;
        int dash = n.indexOf('-');
        return dash > 0 && lex.isVerb(n.substring(0, dash)) && lex.pronoun(n.substring(n.lastIndexOf('-') + 1)).isPresent();
    }

    boolean isAuxiliary(int i) {
        return lex.isCue(ws.get(i).norm(), CueKind.AUXILIARY);
    }

    int verbWithin(int from, int n) {
        for (int i = from; i < ws.size() && i < from + n; i++) {
            if (i > from && breakBefore(i)) return -1;
            if (!inQuote[i] && isVerb(i)) return i;
        }
        return -1;
    }

    boolean hasVerb(int from, int to) {
        for (int i = from; i < to; i++) if (isVerb(i)) return true;
        return false;
    }

    boolean hasDigit(List<Word> words) {
        for (Word w : words) if (Character.isDigit(text.charAt(w.start()))) return true;
        return false;
    }

    /** Index after the complementizer that follows the verb, or -1. */
    int complementizerAfter(int v) {
        for (int j = v + 1; j < ws.size() && j <= v + COMPLEMENTIZER_WINDOW; j++) {
            if (sentenceOf[j] != sentenceOf[v] || inQuote[j] || isVerb(j) || cueAt(j, CueKind.CONTENT_END) > 0) return -1;
            int len = cueAt(j, CueKind.COMPLEMENTIZER);
            if (len > 0) return j + len;
        }
        return -1;
    }

    boolean startsWithComplementizer(int i) {
        return i < ws.size() && cueAt(i, CueKind.COMPLEMENTIZER) > 0;
    }

    /** Length in words of a cue of the kind starting at word i, or 0. */
    int cueAt(int i, CueKind kind) {
        List<SpeechLexicon.Cue> cues = lex.cuesStartingWith(ws.get(i).norm());
        if (cues.isEmpty()) return 0;
        for (SpeechLexicon.Cue cue : cues) {
            if (cue.kind() != kind) continue;
            List<String> cw = cue.words();
            if (i + cw.size() > ws.size()) continue;
            boolean ok = true;
            for (int k = 1; k < cw.size() && ok; k++) {
                ok = cw.get(k).equals(ws.get(i + k).norm()) && !inQuote[i + k] && sentenceOf[i + k] == sentenceOf[i];
            }
            if (ok) return cw.size();
        }
        return 0;
    }

    /** True when a comma, dash, colon or bracket (or a sentence or direct quote boundary) precedes word i. */
    boolean breakBefore(int i) {
        if (i == 0) return true;
        if (sentenceOf[i] != sentenceOf[i - 1] || quoteOf[i] != quoteOf[i - 1]) return true;
        for (int c = ws.get(i - 1).end(); c < ws.get(i).start(); c++) {
            char ch = text.charAt(c);
            if (ch == '(' && QuoteWords.startsUrl(text, c + 1, text.length())) {
                while (c < ws.get(i).start() && text.charAt(c) != ')') c++; // "[said](https://…)": a link, not a bracket
                continue;
            }
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '—' || ch == '–') return true;
            if (ch == '-' && c > 0 && Character.isWhitespace(text.charAt(c - 1))) return true;
        }
        return false;
    }

    /** A full stop, then a capital or an opening quotation mark: a sentence end the segmenter kept inside. */
    boolean sentenceEndBetween(int i) {
        if (inQuote[i] && quoteOf[i] == quoteOf[i - 1]) return false;
        int from = ws.get(i - 1).end();
        int to = ws.get(i).start();
        boolean stop = false;
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '…') stop = true;
        }
        if (!stop || ws.get(i - 1).end() - ws.get(i - 1).start() <= 2) return false;
        return Character.isUpperCase(text.charAt(to)) && isOpeningMark(text.charAt(to - 1))
                || Character.isUpperCase(text.charAt(to)) && !inQuote[i] && !inQuote[i - 1];
    }

    boolean semicolonBefore(int i) {
        for (int c = ws.get(i - 1).end(); c < ws.get(i).start(); c++) if (text.charAt(c) == ';') return true;
        return false;
    }

    boolean isSentenceStart(int i) {
        return i == 0 || sentenceOf[i - 1] != sentenceOf[i];
    }

    int sentenceStartOf(int i) {
        return sentences.get(sentenceOf[i]).start();
    }

    int sentenceEndIndex(int i) {
        int j = i;
        while (j + 1 < ws.size() && sentenceOf[j + 1] == sentenceOf[i]) j++;
        return j;
    }

    /** Index in {@code quotes} of a direct quote closing right before word p (only punctuation between), or -1. */
    int directQuoteEndingBefore(int p) {
        int from = p > 0 ? ws.get(p - 1).end() : sentences.get(0).start();
        for (int k = 0; k < quotes.size(); k++) {
            Span q = quotes.get(k);
            if (q.end() >= from && q.end() <= ws.get(p).start()) {
                boolean onlyPunct = true;
                for (int c = q.end(); c < ws.get(p).start() && onlyPunct; c++) onlyPunct = !Character.isLetterOrDigit(text.charAt(c));
                if (onlyPunct) return k;
            }
        }
        return -1;
    }

    int wordsBeforeInSentence(int offset, int sentence) {
        int n = 0;
        int i = 0;
        for (; i < ws.size() && ws.get(i).end() <= offset; i++) {
            // "It rained. « … »": the segmenter may keep both in one sentence; count from the last full stop
            if (i > 0 && sentenceOf[i] == sentence && fullStopBefore(i)) n = 0;
            if (sentenceOf[i] == sentence && !inQuote[i]) n++;
        }
        if (i > 0 && i < ws.size() && fullStopBefore(i)) return 0;
        return n;
    }

    /**
     * A full stop, then a capital, perhaps after an opening quotation mark; not after a short word ("U.S.") nor a
     * short capitalised one, which is likely a title ("Mrs.", "Sen.", "Gén.").
     */
    boolean fullStopBefore(int i) {
        Word prev = ws.get(i - 1);
        int len = prev.end() - prev.start();
        if (len <= 2 || len <= 4 && prev.capitalised(text)) return false;
        boolean stop = false;
        int to = ws.get(i).start();
        for (int c = prev.end(); c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '…') stop = true;
            else if (!Character.isWhitespace(ch) && !isOpeningMark(ch) && !isClosingMark(ch)) return false;
        }
        return stop && Character.isUpperCase(text.charAt(to));
    }

    boolean directQuoteRightAfter(int v) {
        int from = ws.get(v).end();
        for (Span q : quotes) {
            if (q.start() >= from) {
                boolean close = true;
                for (int c = from; c < q.start() - 1 && close; c++) close = !Character.isLetterOrDigit(text.charAt(c));
                if (close) return true;
            }
        }
        return false;
    }

    boolean coveredByQuoteEnd(int offset) {
        for (Span q : quotes) if (q.end() == offset) return true;
        return false;
    }

    boolean coveredByQuoteStart(int offset) {
        for (Span q : quotes) if (q.start() == offset) return true;
        return false;
    }

    static boolean isClosingMark(char c) {
        return c == '»' || c == '”' || c == '“' || c == '"' || c == '›' || c == '’';
    }

    static boolean isOpeningMark(char c) {
        return c == '«' || c == '“' || c == '„' || c == '"' || c == '‹' || c == '‘';
    }
}
