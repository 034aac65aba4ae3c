package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexicon phrases of one or more words, matched against tokens; the longest phrase wins. A word written with a
 * trailing {@code *} matches every word that starts with it ("погиб*" matches погибли, погибших), which is how the
 * Russian data covers its case endings without listing each.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {
    private record Entry<V>(String[] words, boolean[] prefix, V value) {
    }

    /** A phrase found at tokens [start, end). */
    record Match<V>(int start, int end, V value) {
        int length() {
            return end - start;
        }
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    /** Phrases whose first word is a stem, in a character trie so a token finds its stems in one walk. */
    private final StemNode<V> stems = new StemNode<>();
    private boolean hasStems;

    /** A node of the stem trie: children by character, and the phrases whose first stem ends here. */
    private static final class StemNode<V> {
        char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        StemNode<V>[] kids = new StemNode[0];
        List<Entry<V>> entries;

        StemNode<V> child(char c) {
            for (int i = 0; i < keys.length; i++) if (keys[i] == c) return kids[i];
            return null;
        }

        StemNode<V> childOrNew(char c) {
            StemNode<V> n = child(c);
            if (n != null) return n;
            keys = Arrays.copyOf(keys, keys.length + 1);
            kids = Arrays.copyOf(kids, kids.length + 1);
            n = new StemNode<>();
            keys[keys.length - 1] = c;
            kids[kids.length - 1] = n;
            return n;
        }
    }

    PhraseTable<V> add(String phrase, V value) {
        List<String> words = new ArrayList<>();
        List<Boolean> prefixes = new ArrayList<>();
        for (String piece : phrase.strip().split("\\s+")) {
            boolean prefix = piece.endsWith("*");
            List<String> parts = Tokenizer.words(prefix ? piece.substring(0, piece.length() - 1) : piece);
            for (int k = 0; k < parts.size(); k++) {
                words.add(parts.get(k));
                prefixes.add(prefix && k == parts.size() - 1);
            }
        }
        if (words.isEmpty()) return this;
        boolean[] p = new boolean[prefixes.size()];
        for (int k = 0; k < p.length; k++) p[k] = prefixes.get(k);
        Entry<V> e = new Entry<>(words.toArray(String[]::new), p, value);
        if (p[0]) {
            StemNode<V> node = stems;
            for (char c : words.get(0).toCharArray()) node = node.childOrNew(c);
            if (node.entries == null) node.entries = new ArrayList<>();
            node.entries.add(e);
            hasStems = true;
        } else {
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(e);
        }
        return this;
    }

    /** The longest phrase that starts at token {@code i} and ends at or before {@code limit}, or null. */
    Match<V> match(List<Tok> toks, int i, int limit) {
        if (i < 0 || i >= limit) return null;
        String first = toks.get(i).norm();
        Entry<V> best = null;
        best = longest(byFirstWord.get(first), toks, i, limit, best);
        if (hasStems) {
            StemNode<V> node = stems;
            for (int k = 0; k < first.length() && node != null; k++) {
                node = node.child(first.charAt(k));
                if (node != null && node.entries != null) best = longest(node.entries, toks, i, limit, best);
            }
        }
        return best == null ? null : new Match<>(i, i + best.words.length, best.value);
    }

    private static <V> Entry<V> longest(List<Entry<V>> entries, List<Tok> toks, int i, int limit, Entry<V> best) {
        if (entries == null) return best;
        for (Entry<V> e : entries) {
            int n = e.words.length;
            if (i + n > limit || (best != null && n <= best.words.length)) continue;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                String w = toks.get(i + k).norm();
                ok = e.prefix[k] ? w.startsWith(e.words[k]) : w.equals(e.words[k]);
            }
            if (ok) best = e;
        }
        return best;
    }
}
