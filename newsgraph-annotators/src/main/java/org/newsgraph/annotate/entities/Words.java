package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;

/** The words of a document outside boilerplate, with sentence openings marked and name keys computed once. */
final class Words {
    private static final Set<String> OPENERS = Set.of(":", "—", "–", "-", "(", "…", "•", "*");
    private static final int MAX_WORDS = 20_000;

    final List<Word> list;
    final String text;

    private Words(List<Word> list, String text) {
        this.list = list;
        this.text = text;
    }

    static Words of(Doc doc, NameLexicons lx) {
        String text = doc.text();
        List<Span> boiler = doc.find(Layers.BOILERPLATE).orElse(List.of());
        List<Span> sentences = doc.find(Layers.SENTENCES).orElse(List.of());
        List<Token> tokens = doc.expect(Layers.TOKENS);
        List<Word> out = new ArrayList<>();
        int b = 0;
        int s = 0;
        int lastSentence = -1;
        Token prev = null;
        boolean pendingElision = false;
        int elisionStart = 0;
        for (Token t : tokens) {
            if (out.size() >= MAX_WORDS) break; // bounded work on pathological input
            while (b < boiler.size() && boiler.get(b).end() <= t.start()) b++;
            if (b < boiler.size() && boiler.get(b).start() < t.end()) {
                prev = null;
                continue;
            }
            while (s < sentences.size() && sentences.get(s).end() <= t.start()) s++;
            int sentence = s < sentences.size() && sentences.get(s).start() <= t.start() ? s : -1 - s;
            boolean initial = sentence != lastSentence || prev == null
                    || (prev.kind() != Token.Kind.WORD && prev.kind() != Token.Kind.NUMBER
                        && OPENERS.contains(text.substring(prev.start(), prev.end())))
                    || prev.kind() == Token.Kind.QUOTE
                    || text.substring(prev.end(), t.start()).indexOf('\n') >= 0;
            boolean spaceBefore = prev == null || prev.end() < t.start();
            lastSentence = sentence;
            int start = t.start();
            int end = t.end();
            boolean elided = pendingElision;
            pendingElision = false;
            if (t.kind() == Token.Kind.WORD && prev != null && prev.end() == t.start()
                    && (text.charAt(start) == '\'' || text.charAt(start) == '’')) {
                prev = t; // a clitic ("'s") glued to the word before: part of that word for names
                if (!out.isEmpty()) out.get(out.size() - 1).possessive = true;
                continue;
            }
            if (t.kind() == Token.Kind.WORD) {
                String w = text.substring(start, end);
                int apo = apostrophe(w);
                if (apo > 0 && apo < w.length() - 1 && lx.elisions.contains(w.substring(0, apo).toLowerCase())) {
                    start += apo + 1;
                    elided = true;
                } else if (apo > 0 && apo == w.length() - 1 && lx.elisions.contains(w.substring(0, apo).toLowerCase())) {
                    pendingElision = true; // "l'" written as its own token
                    elisionStart = t.start();
                    prev = t;
                    continue;
                }
                String rest = text.substring(start, end);
                for (String suffix : lx.possessives) {
                    if (rest.length() > suffix.length() + 1 && PhraseSet.normalise(rest).endsWith(suffix)) {
                        end -= suffix.length();
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
            Word word = new Word(elided && start == t.start() ? elisionStart : t.start(), start, end, text.substring(start, end), t.kind(), elided, initial, spaceBefore, sentence);
            word.key = word.kind == Token.Kind.WORD || word.kind == Token.Kind.NUMBER
                    ? lx.key(word.text) : "";
            out.add(word);
            prev = t;
        }
        return new Words(out, text);
    }

    private static int apostrophe(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\'' || c == '’') return i;
        }
        return -1;
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

    String surface(int from, int toInclusive) {
        return text.substring(list.get(from).start, list.get(toInclusive).end);
    }
}
