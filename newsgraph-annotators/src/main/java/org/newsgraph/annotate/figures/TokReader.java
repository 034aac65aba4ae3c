package org.newsgraph.annotate.figures;

import java.util.List;
import java.util.Set;
import org.newsgraph.core.text.FormIds;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.Words;

/**
 * The figures' view of a stretch of the shared token layer ({@link org.newsgraph.core.Layers#WORDS}): its pieces
 * glued into the tokens the figures rules match on. Nothing is cut again here; the pieces decide where words start
 * and end, and their normalised forms are reused (a word of one piece, most words, costs no new string).
 *
 * <ul>
 *   <li>A number in digits is read whole by {@link DigitReader} ("4 578", "4,5 тыс.", "20h00" as a non-count), taking
 *       every piece it spans.</li>
 *   <li>A word is a letter piece with the letter, digit and underscore pieces glued to it ("G7"); an apostrophe
 *       glued after it ends an elided word and stays with it ("l'", "qu'"), except the possessive "'s", which stays
 *       with its noun ("Prosecutor General's"). So lexicon phrases are written with spaces ("près d' ").</li>
 *   <li>A hyphen between two letters joins the parts of one written word and is no token: "quatre-vingt" is two
 *       words, as the number lexicons write them.</li>
 *   <li>Any other piece is punctuation, in its normalised form (every dash "-", every double quotation mark {@code "}).</li>
 * </ul>
 */
final class TokReader {
    private final char decimal;
    private final Set<String> scaleWords;
    private final Normalizer normalizer;

    /**
     * @param scaleWords normalised scale words ("million", "тыс"): a decimal comma before one stays a decimal
     */
    TokReader(char decimal, Set<String> scaleWords, Normalizer normalizer) {
        this.decimal = decimal;
        this.scaleWords = scaleWords;
        this.normalizer = normalizer;
    }

    /** The normaliser the words' forms (and so the lexicon phrases) are compared in. */
    Normalizer normalizer() {
        return normalizer;
    }

    /** The tokens of the pieces that start in {@code [from, to)} of the document. */
    List<Tok> read(Words words, int from, int to) {
        String text = words.text();
        TokList out = new TokList();
        int n = words.size();
        int i = words.indexAt(from);
        while (i < n && words.start(i) < from) i++;
        while (i < n && words.start(i) < to) {
            int s = words.start(i);
            char c = text.charAt(s);
            if (words.isNumber(i) && DigitReader.isAsciiDigit(c)) {
                DigitReader.Result r = DigitReader.read(text, s, to, decimal, at -> scaleWordAt(words, at, to));
                String digits = text.substring(s, r.end());
                out.add(new Tok(s, r.end(), digits, r.countable() ? Tok.Kind.NUMBER : Tok.Kind.NON_COUNT, r.value(),
                        false, false, FormIds.find(digits)));
                while (i < n && words.start(i) < r.end()) i++;
            } else if (words.isWord(i)) {
                i = word(words, i, to, out);
            } else {
                if (!isInnerHyphen(text, s, from, to)) {
                    out.add(new Tok(s, Math.min(words.end(i), to), words.norm(i), Tok.Kind.PUNCT, 0, false, false,
                            words.formId(i)));
                }
                i++;
            }
        }
        return out;
    }

    /** Reads the word starting at piece i into {@code out}; returns the index of the piece after it. */
    private int word(Words words, int i, int to, List<Tok> out) {
        String text = words.text();
        int n = words.size();
        int first = i;
        int j = i + 1;
        while (j < n && words.glued(j) && words.start(j) < to) {
            int s = words.start(j);
            char c = text.charAt(s);
            if (words.isWord(j) || words.isNumber(j) || c == '_') {
                j++;
            } else if (isApostrophe(c)) {
                boolean letterAfter = j + 1 < n && words.glued(j + 1) && words.isWord(j + 1) && words.start(j + 1) < to;
                if (letterAfter && isPossessive(words, j + 1)) j += 2; // "'s" stays with its noun
                else if (letterAfter || s + 1 >= to) j++; // an elided word ("l'", "qu'") keeps its apostrophe
                break;
            } else {
                break;
            }
        }
        int start = words.start(first);
        int end = Math.min(words.end(j - 1), to);
        boolean onePiece = j - first == 1 && end == words.end(first);
        String norm = onePiece ? words.norm(first) : norm(words, first, j, end);
        out.add(new Tok(start, end, norm, Tok.Kind.WORD, 0, Character.isUpperCase(text.charAt(start)),
                isAcronym(text, start, end), onePiece ? words.formId(first) : FormIds.find(norm)));
        return j;
    }

    /** The normal form of pieces [first, last) cut at {@code end}: their forms, concatenated. */
    private String norm(Words words, int first, int last, int end) {
        if (words.end(last - 1) > end) return normalizer.normalize(words.text(), words.start(first), end);
        StringBuilder b = new StringBuilder(end - words.start(first));
        for (int k = first; k < last; k++) b.append(words.norm(k));
        return b.toString();
    }

    /** "'s" and no more letters: the possessive ending, not an elided word before "s…". */
    private static boolean isPossessive(Words words, int sPiece) {
        return words.end(sPiece) - words.start(sPiece) == 1 && words.norm(sPiece).equals("s");
    }

    private boolean scaleWordAt(Words words, int at, int to) {
        if (at >= to) return false;
        int k = words.indexAt(at);
        return k < words.size() && words.start(k) == at && words.isWord(k) && scaleWords.contains(words.norm(k));
    }

    /** A hyphen between two letters joins the parts of one word; it is not a token of its own. */
    private static boolean isInnerHyphen(String text, int i, int from, int to) {
        char c = text.charAt(i);
        return (c == '-' || c == '\u2011') && i > from && i + 1 < to
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean isAcronym(String text, int start, int end) {
        int letters = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
    }
}
