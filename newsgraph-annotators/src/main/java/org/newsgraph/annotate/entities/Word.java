package org.newsgraph.annotate.entities;

import org.newsgraph.core.Token;

/**
 * A token as the name finder sees it: elided articles ("l'", "d'") and possessive endings ("'s") trimmed off,
 * its lower-case form, how it is capitalised, and whether it opens a sentence.
 */
final class Word {
    final int tokenStart;
    final int start;
    final int end;
    final String text;
    final String lower;
    final Token.Kind kind;
    final boolean capitalised;
    final boolean allCaps;
    final boolean elided;
    final boolean initial;
    final boolean spaceBefore;
    final int sentence;
    final String key;
    /** The word carried a possessive clitic ("Prosecutor's"). */
    boolean possessive;
    /**
     * The shared layer's {@code indexAt} of {@link #tokenStart}, {@link #start} and {@link #end}: the pieces phrase
     * look-ups start and stop at, found once when the word is made instead of by a search per look-up.
     */
    int pieceAtTokenStart;
    int pieceAtStart;
    int pieceAtEnd;

    /** The word as written, shared with its other occurrences: lower case, name key and KB facts made once. */
    final WordForm form;

    Word(int tokenStart, int start, int end, WordForm form, Token.Kind kind, boolean elided, boolean initial, boolean spaceBefore,
         int sentence) {
        this.tokenStart = tokenStart;
        this.start = start;
        this.end = end;
        this.form = form;
        this.text = form.text;
        this.lower = form.lower;
        this.kind = kind;
        this.elided = elided;
        this.initial = initial;
        this.spaceBefore = spaceBefore;
        this.sentence = sentence;
        int first = text.isEmpty() ? 'a' : text.codePointAt(0);
        this.capitalised = kind == Token.Kind.WORD && (Character.isUpperCase(first) || Character.isTitleCase(first));
        this.allCaps = capitalised && acronymOfTwoLetters(text);
        this.key = kind == Token.Kind.WORD || kind == Token.Kind.NUMBER ? form.key : "";
    }

    /**
     * True when the word, hyphens aside, is an acronym ({@link KnowledgeBase#isAcronym}) of at least two letters:
     * the same test as removing the hyphens and counting letters, in one pass without copying the word.
     */
    private static boolean acronymOfTwoLetters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') continue;
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
                return false; // a surrogate half too: the acronym test rejects those
            }
        }
        return letters >= 2 && letters <= 6;
    }

    boolean isWord() {
        return kind == Token.Kind.WORD;
    }

    boolean is(String punct) {
        return kind != Token.Kind.WORD && text.equals(punct);
    }
}
