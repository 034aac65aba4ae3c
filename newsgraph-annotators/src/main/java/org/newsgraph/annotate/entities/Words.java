package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Token;
import org.newsgraph.core.text.PhraseMatcher;

/**
 * The words of a document outside boilerplate as the name finder reads them, built from the shared token layer
 * ({@link Layers#WORDS}): its pieces glued back into the segmenter's tokens, elided articles and possessive endings
 * trimmed, sentence openings marked and name keys computed once.
 */
final class Words {
    private static final Set<String> OPENERS = Set.of(":", "—", "–", "-", "(", "…", "•", "*");
    private static final int MAX_WORDS = 20_000;

    final List<Word> list;
    final String text;
    /** The shared layer the words are glued from: lexicon phrases are matched on its pieces. */
    final org.newsgraph.core.text.Words pieces;

    private Words(List<Word> list, String text, org.newsgraph.core.text.Words pieces) {
        this.list = list;
        this.text = text;
        this.pieces = pieces;
    }

    static Words of(Doc doc, NameLexicons lx) {
        String text = doc.text();
        org.newsgraph.core.text.Words pieces = doc.expect(Layers.WORDS);
        List<Word> out = new ArrayList<>(Math.min(pieces.size(), MAX_WORDS)); // no more words than pieces
        int lastSentence = Integer.MIN_VALUE;
        int lastParagraph = -1;
        Token prev = null;
        boolean pendingElision = false;
        int elisionStart = 0;
        // the shared layer's pieces, glued back into the segmenter's tokens; boilerplate is already left out of it
        for (int p = 0; p < pieces.size(); p = pieces.tokenEnd(p)) {
            if (out.size() >= MAX_WORDS) break; // bounded work on pathological input
            int q = pieces.tokenEnd(p);
            Token t = new Token(pieces.start(p), pieces.end(q - 1), tokenKind(pieces, p, q));
            int sentence = pieces.sentence(p);
            if (pieces.paragraph(p) != lastParagraph) prev = null; // a line break or removed boilerplate before it
            lastParagraph = pieces.paragraph(p);
            boolean initial = sentence != lastSentence || prev == null
                    || (prev.kind() != Token.Kind.WORD && prev.kind() != Token.Kind.NUMBER
                        && OPENERS.contains(text.substring(prev.start(), prev.end())))
                    || prev.kind() == Token.Kind.QUOTE;
            boolean spaceBefore = prev == null || prev.end() < t.start();
            lastSentence = sentence;
            int start = t.start();
            int end = t.end();
            boolean elided = pendingElision;
            boolean possessive = false;
            pendingElision = false;
            if (t.kind() == Token.Kind.WORD && prev != null && prev.end() == t.start()
                    && (text.charAt(start) == '\'' || text.charAt(start) == '’')) {
                prev = t; // a clitic ("'s") glued to the word before: part of that word for names
                if (!out.isEmpty()) out.get(out.size() - 1).possessive = true;
                continue;
            }
            if (t.kind() == Token.Kind.WORD) {
                int length = end - start;
                int apo = apostrophe(text, start, end);
                if (apo > 0 && apo < length - 1 && lx.elisions.contains(text.substring(start, start + apo).toLowerCase())) {
                    start += apo + 1;
                    elided = true;
                } else if (apo > 0 && apo == length - 1 && lx.elisions.contains(text.substring(start, start + apo).toLowerCase())) {
                    pendingElision = true; // "l'" written as its own token
                    elisionStart = t.start();
                    prev = t;
                    continue;
                }
                String normalised = null; // made once, for the first ending short enough to test
                for (String suffix : lx.possessives) {
                    if (end - start <= suffix.length() + 1 || cannotEndWith(text.charAt(end - 1), suffix)) continue;
                    if (normalised == null) normalised = lx.normalizer.normalize(text, start, end);
                    if (normalised.endsWith(suffix)) {
                        end -= suffix.length();
                        possessive = true;
                        break;
                    }
                }
            } else if (t.kind() == Token.Kind.PUNCT && (text.charAt(t.start()) == '\'' || text.charAt(t.start()) == '’')
                    && prev != null && prev.end() == t.start()) {
                String w = text.substring(prev.start(), prev.end()).toLowerCase();
                if (lx.elisions.contains(w) && !out.isEmpty()) {
                    out.remove(out.size() - 1);
                    pendingElision = true;
                    elisionStart = prev.start();
                    prev = t;
                    continue;
                }
            }
            Word word = new Word(elided && start == t.start() ? elisionStart : t.start(), start, end,
                    lx.form(text, start, end), t.kind(), elided, initial, spaceBefore, sentence);
            word.possessive = possessive;
            word.pieceAtTokenStart = pieceAt(pieces, word.tokenStart, p);
            word.pieceAtStart = pieceAt(pieces, start, p);
            word.pieceAtEnd = pieceAt(pieces, end, q);
            out.add(word);
            prev = t;
        }
        return new Words(out, text, pieces);
    }

    /**
     * The kind of the segmenter token made of pieces {@code [p, q)}: one piece keeps its kind; several are a word
     * when one of them has letters ("Kassym-Jomart", "U.S."), a number when they are digits and separators
     * ("4 578", "4,5"), else punctuation.
     */
    private static Token.Kind tokenKind(org.newsgraph.core.text.Words pieces, int p, int q) {
        if (q - p == 1) return pieces.kind(p);
        boolean digits = false;
        for (int i = p; i < q; i++) {
            if (pieces.isWord(i)) return Token.Kind.WORD;
            if (pieces.isNumber(i)) digits = true;
        }
        return digits ? Token.Kind.NUMBER : Token.Kind.PUNCT;
    }

    /**
     * {@code pieces.indexAt(offset)}, the first piece ending after the offset: {@code guess} when it is that piece
     * (the piece a token starts with, or the one after it for its end, nearly always), else found by search.
     */
    private static int pieceAt(org.newsgraph.core.text.Words pieces, int offset, int guess) {
        if (guess < pieces.size() && pieces.end(guess) > offset && (guess == 0 || pieces.end(guess - 1) <= offset)) return guess;
        if (guess == pieces.size() && (guess == 0 || pieces.end(guess - 1) <= offset)) return guess;
        return pieces.indexAt(offset);
    }

    /** Index of the first apostrophe in text[from, to), counted from {@code from}, or -1. */
    private static int apostrophe(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’') return i - from;
        }
        return -1;
    }

    /**
     * True when a word whose last character is {@code last} cannot end with the normalised {@code suffix}: an ASCII
     * character normalises to one character (its lower case; a backquote to an apostrophe), so it alone decides,
     * and most words are ruled out without normalising them.
     */
    private static boolean cannotEndWith(char last, String suffix) {
        if (last >= 128 || suffix.isEmpty()) return false;
        char normal = last == '`' ? '\'' : Character.toLowerCase(last);
        return normal != suffix.charAt(suffix.length() - 1);
    }

    int size() {
        return list.size();
    }

    Word get(int i) {
        return list.get(i);
    }

    /** True when words i and j (i < j) are in the same sentence. */
    boolean sameSentence(int i, int j) {
        return list.get(i).sentence == list.get(j).sentence;
    }

    /** True when a phrase of {@code phrases} covers exactly pieces [a, b) of the shared layer. */
    boolean isPhraseOfPieces(PhraseMatcher<?> phrases, int a, int b) {
        if (a >= b) return false;
        PhraseMatcher.Match<?> m = phrases.longestAt(pieces, a, b);
        return m != null && m.end() == b;
    }

    String surface(int from, int toInclusive) {
        return text.substring(list.get(from).start, list.get(toInclusive).end);
    }
}
