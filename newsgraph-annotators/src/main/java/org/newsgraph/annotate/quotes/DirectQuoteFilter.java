package org.newsgraph.annotate.quotes;

import java.util.List;
import org.newsgraph.annotate.quotes.SpeechLexicon.CueKind;
import org.newsgraph.core.Span;

/**
 * Tells a quotation from other text between quotation marks: fragments of fewer than three words and scare quotes,
 * names ("Крокус Сити Холл", "сообщает «Белорусская ассоциация журналистов»") and titles of works (after a title
 * cue: "le film « … »", "в статье «…»") are not quotes.
 */
final class DirectQuoteFilter {
    static final int MIN_QUOTE_WORDS = 3;
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_EMBEDDED_NAME_WORDS = 4;

    private final String text;
    private final SpeechLexicon lex;

    private final QuoteWords words;

    DirectQuoteFilter(QuoteWords words, SpeechLexicon lex) {
        this.words = words;
        this.text = words.text();
        this.lex = lex;
    }

    boolean isQuote(Span q) {
        List<Word> words = this.words.scan(q.start(), q.end());
        if (words.size() < MIN_QUOTE_WORDS) return false;
        if (words.size() <= MAX_NAME_WORDS && allCapitalised(words) && !endsSentence(q)) return false;
        if (titleCase(words)) return false; // "Rivers Run Through My Town": a headline or a title
        if (words.size() <= MAX_EMBEDDED_NAME_WORDS && words.get(0).capitalised(text) && !hasPunctuation(q)
                && insidePhrase(q)) {
            return false; // a name within a phrase: "сообщает «Белорусская ассоциация журналистов»"
        }
        List<Word> before = this.words.scan(Math.max(0, q.start() - 40), Math.max(0, q.start() - 1));
        for (int k = Math.max(0, before.size() - 2); k < before.size(); k++) {
            if (lex.isCue(before.get(k).norm(), CueKind.TITLE_CUE)) return false;
        }
        return true;
    }

    /** Most words of four letters or more capitalised, past the first: headline capitalisation. */
    private boolean titleCase(List<Word> words) {
        int longWords = 0;
        int capitalised = 0;
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.end() - w.start() < 4) continue;
            longWords++;
            if (w.capitalised(text)) capitalised++;
        }
        return longWords >= 2 && capitalised * 5 >= longWords * 4;
    }

    private boolean allCapitalised(List<Word> words) {
        for (Word w : words) {
            if (!w.capitalised(text) && !Character.isDigit(text.charAt(w.start())) && w.end() - w.start() > 3) return false;
        }
        return true;
    }

    /** True when a word (or a closing bracket) comes right before the quote's opening mark. */
    private boolean insidePhrase(Span q) {
        int i = q.start() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || UnitWords.isOpeningMark(text.charAt(i)))) i--;
        return i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == ')');
    }

    private boolean hasPunctuation(Span q) {
        for (int i = q.start(); i < q.end(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '…') return true;
        }
        return false;
    }

    private boolean endsSentence(Span q) {
        for (int i = q.end() - 1; i >= q.start(); i--) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) return false;
            if (c == '.' || c == '!' || c == '?' || c == '…') return true;
        }
        return false;
    }
}
