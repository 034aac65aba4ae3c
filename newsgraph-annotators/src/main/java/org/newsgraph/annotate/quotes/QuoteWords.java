package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.Words;

/**
 * The words the speech reader reads, glued from the pieces of the shared token layer
 * ({@link org.newsgraph.core.Layers#WORDS}); nothing is cut again here and a word of one piece reuses its normal form.
 * A word is letters and digits with inner hyphens and apostrophes ("aujourd'hui", "quatre-vingt", "Kazakhstan's")
 * and digit groups ("20.000", "4,5"); punctuation is no word; links are skipped. An elided word of the language
 * (its pack's {@code elisions} data: "qu", "l", "d") before a lower-case word is a word of its own, apostrophe kept,
 * so "qu'au" yields the complementizer "qu'"; before a capital it stays with the name ("l'État").
 */
final class QuoteWords {
    private final Words pieces;
    private final String text;
    private final Set<String> elisions;

    /**
     * @param elisions the language's elided words, normalised, without their apostrophe
     */
    QuoteWords(Words pieces, Set<String> elisions) {
        this.pieces = pieces;
        this.text = pieces.text();
        this.elisions = elisions;
    }

    /** The document text the words point into. */
    String text() {
        return text;
    }

    /** The normalised words of a lexicon phrase, cut the way text is. */
    static List<String> split(String phrase, Normalizer normalizer, Set<String> elisions) {
        List<String> out = new ArrayList<>();
        for (Word w : new QuoteWords(Words.of(phrase, normalizer), elisions).scan(0, phrase.length())) {
            out.add(w.norm());
        }
        return out;
    }

    /** The words of {@code text[from, to)}; a word the bounds cut is cut too. */
    List<Word> scan(int from, int to) {
        int n = pieces.size();
        int i = pieces.indexAt(from);
        // no more words than pieces: the list is sized once (a unit's list grew several times)
        List<Word> out = new ArrayList<>(Math.max(0, Math.min(n, pieces.indexAt(to) + 1) - i));
        while (i < n && pieces.start(i) < to) {
            if (!isWordPiece(i)) {
                i++;
                continue;
            }
            int start = Math.max(pieces.start(i), from);
            char c = text.charAt(start);
            if ((c == 'h' || c == 'w') && startsUrl(text, start, to)) {
                int e = start;
                while (e < to && !Character.isWhitespace(text.charAt(e)) && text.charAt(e) != ')' && text.charAt(e) != ']') e++;
                while (i < n && pieces.start(i) < e) i++; // a link is not words
                continue;
            }
            int first = i;
            int j = i + 1;
            while (j < n && pieces.glued(j) && pieces.start(j) < to) {
                if (isWordPiece(j)) {
                    j++;
                    continue;
                }
                char d = text.charAt(pieces.start(j));
                boolean wordAfter = j + 1 < n && pieces.glued(j + 1) && pieces.start(j + 1) < to && isWordPiece(j + 1);
                if ((d == '.' || d == ',') && pieces.isNumber(j - 1) && wordAfter && pieces.isNumber(j + 1)) {
                    j += 2; // "20.000", "4,5": one number
                    continue;
                }
                if (!isApostrophe(d) && d != '-' && d != '\u2011') break;
                boolean elided = isApostrophe(d) && isElision(first, start, j);
                if (elided && !wordAfter) {
                    j++; // an elided word standing alone keeps its apostrophe: "qu'"
                    break;
                }
                if (!wordAfter) break;
                if (elided && Character.isLowerCase(text.charAt(pieces.start(j + 1)))) {
                    out.add(word(first, start, j + 1, to)); // elision: "qu'au" -> "qu'" + "au"
                    first = j + 1;
                    start = pieces.start(j + 1);
                }
                j += 2;
            }
            out.add(word(first, start, j, to));
            i = j;
        }
        return out;
    }

    private boolean isWordPiece(int i) {
        return pieces.isWord(i) || pieces.isNumber(i);
    }

    /** Whether the word so far, pieces [first, apostrophe) from {@code start}, is an elided word of the language. */
    private boolean isElision(int first, int start, int apostrophe) {
        if (elisions.isEmpty()) return false;
        String w = apostrophe - first == 1 && start == pieces.start(first) ? pieces.norm(first)
                : pieces.normalizer().normalize(text, start, pieces.start(apostrophe));
        return elisions.contains(w);
    }

    /** The word of pieces [first, last) from {@code start}, cut at {@code to}. */
    private Word word(int first, int start, int last, int to) {
        int end = Math.min(pieces.end(last - 1), to);
        boolean whole = start == pieces.start(first) && end == pieces.end(last - 1);
        if (whole && last - first == 1) return new Word(start, end, pieces.norm(first));
        if (!whole) return new Word(start, end, pieces.normalizer().normalize(text, start, end));
        StringBuilder b = new StringBuilder(end - start);
        for (int k = first; k < last; k++) b.append(pieces.norm(k));
        return new Word(start, end, b.toString());
    }

    static boolean startsUrl(String text, int i, int to) {
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }
}
