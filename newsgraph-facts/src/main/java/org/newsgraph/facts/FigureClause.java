package org.newsgraph.facts;

/**
 * The words around a figure that still speak of it: up to a few words before its start and after its end, within
 * its sentence, stopping at punctuation that closes a clause and at another number ("4,578 injured, 2,000 of them
 * in hospital": the 4,578 is not in hospital). Where the comparison looks for words that limit a figure's scope.
 */
final class FigureClause {
    private static final int WORDS_BEFORE = 3;
    private static final int WORDS_AFTER = 4;

    private FigureClause() {
    }

    /** The figure's text with its clause neighbours, inside [sentenceStart, sentenceEnd). */
    static String around(String text, int start, int end, int sentenceStart, int sentenceEnd) {
        int s = Math.max(sentenceStart, Math.min(start, text.length()));
        int e = Math.min(sentenceEnd, Math.max(end, s));
        e = Math.min(e, text.length());
        return text.substring(before(text, s, sentenceStart), after(text, e, Math.min(sentenceEnd, text.length())));
    }

    /** The clause neighbour before the number ("из них 68", "в больницах остаются 719"), without the figure. */
    static String before(String text, int start, int sentenceStart, int sentenceEnd) {
        int s = Math.max(sentenceStart, Math.min(start, text.length()));
        return text.substring(before(text, s, sentenceStart), s);
    }

    private static int before(String text, int from, int limit) {
        int i = from;
        int words = 0;
        boolean inWord = false;
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (stops(c)) break;
            boolean letter = Character.isLetter(c) || c == '\'' || c == '’';
            if (letter && !inWord && ++words > WORDS_BEFORE) break;
            inWord = letter;
            i--;
        }
        return i;
    }

    private static int after(String text, int from, int limit) {
        int i = from;
        int words = 0;
        boolean inWord = false;
        while (i < limit) {
            char c = text.charAt(i);
            if (stops(c)) break;
            boolean letter = Character.isLetter(c) || c == '\'' || c == '’';
            if (letter && !inWord && ++words > WORDS_AFTER) break;
            inWord = letter;
            i++;
        }
        return i;
    }

    private static boolean stops(char c) {
        // a dash may stand for a verb left out ("в тяжёлом — 41"): it does not end the clause
        return Character.isDigit(c) || c == ',' || c == ';' || c == ':' || c == '(' || c == ')'
                || c == '«' || c == '»' || c == '"';
    }
}
