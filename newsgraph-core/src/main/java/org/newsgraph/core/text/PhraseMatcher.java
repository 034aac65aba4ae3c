package org.newsgraph.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.lang.Lexicon;

/**
 * Lexicon phrases matched on the pieces of a {@link Words} layer; the longest phrase starting at a piece wins, and
 * each phrase carries a value. Phrases are cut into pieces by the same rules and {@link Normalizer} as the text, so
 * "chef de l’État" in a data file meets "chef de l'État" in an article.
 *
 * <p><b>One wildcard convention:</b> a word of a phrase written with a trailing {@code *} matches every word that
 * starts with it ("погиб*" matches погибли, погибших) — how data covers case endings without listing each.
 * Joiners (e.g. {@code -}) named with {@link Builder#skipJoiners} are ignored between two glued pieces, on both
 * sides, so a phrase "quatre vingt" also matches "quatre-vingt". Spacing is otherwise ignored: "d'un" and "d' un"
 * are the same pieces.
 *
 * <p>Immutable and thread-safe once built. Exact words are compared as {@link FormIds} (the builder registers
 * them; a {@link Words} layer reads its pieces' ids once per document): a lookup costs one probe of an int table plus
 * one walk of a small character trie for wildcard phrases.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    /** What the matcher reads: normalised forms and whether whitespace precedes each. {@link Words} is one. */
    public interface Sequence {
        int size();

        String norm(int i);

        boolean spaceBefore(int i);

        /** The {@link FormIds} id of {@code norm(i)}; a sequence that reads its ids once overrides this look-up. */
        default int formId(int i) {
            return FormIds.find(norm(i));
        }
    }

    /** A phrase found at pieces [start, end) with its value. */
    public record Match<V>(int start, int end, V value) {
        public int length() {
            return end - start;
        }
    }

    /** Makes what a caller keeps of a match, so that it allocates one object per match, not two. */
    @FunctionalInterface
    public interface MatchMaker<V, R> {
        R make(int start, int end, V value);
    }

    /** A phrase: its words, their form ids ({@link FormIds#NONE} for a stem), which words are stems, its value. */
    private record Entry<V>(String[] words, int[] ids, boolean[] prefix, V value, int order) {
    }

    /**
     * The phrases sharing one exact first word. A long bucket ("de …", "в …": dozens of phrases) is also indexed by
     * the form id of the second word, so a look-up tries only the phrases whose second word is the text's; the rest
     * (one word, or a stem second) are always tried. {@code order} is the place in the bucket: on equal length the
     * phrase added first wins, as in a walk of the whole bucket.
     */
    private record Bucket<V>(Entry<V>[] all, FormTable<Entry<V>[]> bySecond, Entry<V>[] rest) {
        /** Below this many phrases a walk of the bucket is as cheap as a second probe. */
        static final int INDEXED = 6;

        @SuppressWarnings("unchecked")
        static <V> Bucket<V> of(List<Entry<V>> list) {
            Entry<V>[] all = list.toArray(new Entry[0]);
            if (all.length < INDEXED) return new Bucket<>(all, null, null);
            Map<String, List<Entry<V>>> second = new HashMap<>();
            List<Entry<V>> rest = new ArrayList<>();
            for (Entry<V> e : all) {
                if (e.words.length < 2 || e.prefix[1]) rest.add(e);
                else second.computeIfAbsent(e.words[1], k -> new ArrayList<>()).add(e);
            }
            Map<String, Entry<V>[]> bySecond = new HashMap<>();
            second.forEach((w, l) -> bySecond.put(w, l.toArray(new Entry[0])));
            return new Bucket<>(all, FormTable.of(bySecond), rest.toArray(new Entry[0]));
        }
    }

    /**
     * The phrases by the form id of their exact first word, in the order they were added. Most pieces of a text
     * have no id or start no phrase, and one int probe says so.
     */
    private final FormTable<Bucket<V>> byFirstWord;
    private final StemNode<V> stems;
    /** The stem trie's root children by letter, for letters below {@link #DIRECT_LETTERS} (Latin, Greek, Cyrillic). */
    private final StemNode<V>[] stemsByFirstLetter;
    private static final int DIRECT_LETTERS = 0x530;
    private final boolean hasStems;
    private final int[] joinerIds;
    private final int longest;

    @SuppressWarnings("unchecked")
    private PhraseMatcher(Builder<V> b) {
        Map<String, Bucket<V>> byFirst = new HashMap<>();
        b.byFirstWord.forEach((w, list) -> byFirst.put(w, Bucket.of(list)));
        this.byFirstWord = FormTable.of(byFirst);
        this.stems = b.stems;
        this.hasStems = b.hasStems;
        this.stemsByFirstLetter = new StemNode[hasStems ? DIRECT_LETTERS : 0];
        if (hasStems) {
            for (int k = 0; k < stems.keys.length; k++) {
                if (stems.keys[k] < DIRECT_LETTERS) stemsByFirstLetter[stems.keys[k]] = stems.kids[k];
            }
        }
        this.joinerIds = b.joiners.stream().mapToInt(FormIds::intern).toArray();
        this.longest = b.longest;
    }

    public static <V> Builder<V> builder(Normalizer normalizer) {
        return new Builder<>(normalizer);
    }

    /** Every row of a lexicon: the first field is the phrase, the other fields are its value. */
    public static PhraseMatcher<List<String>> of(Lexicon lexicon, Normalizer normalizer) {
        Builder<List<String>> b = builder(normalizer);
        for (List<String> row : lexicon.rows()) b.add(row.get(0), row.subList(1, row.size()));
        return b.build();
    }

    public boolean isEmpty() {
        return byFirstWord.isEmpty() && !hasStems;
    }

    /** The most pieces any phrase has. */
    public int longestPhrase() {
        return longest;
    }

    /** True when some phrase may start with a piece of this normal form: a cheap test before a costlier look-up. */
    public boolean startsWith(String norm) {
        if (byFirstWord.get(FormIds.find(norm)) != null) return true;
        StemNode<V> node = hasStems ? stems : null;
        for (int k = 0; k < norm.length() && node != null; k++) {
            node = node.child(norm.charAt(k));
            if (node != null && node.entries != null) return true;
        }
        return false;
    }

    /** The longest phrase starting at piece {@code i} and ending at or before piece {@code limit}. */
    public Optional<Match<V>> match(Sequence seq, int i, int limit) {
        return Optional.ofNullable(longestAt(seq, i, limit));
    }

    /** The longest phrase starting at piece {@code i} anywhere in the sequence. */
    public Optional<Match<V>> match(Sequence seq, int i) {
        return match(seq, i, seq.size());
    }

    /** As {@link #match(Sequence, int, int)}, or {@code null} when none: for inner loops that test many starts. */
    public Match<V> longestAt(Sequence seq, int i, int limit) {
        return longestAt(seq, i, limit, Match::new);
    }

    /** As {@link #longestAt(Sequence, int, int)}, the match made by {@code maker}; {@code null} when none. */
    public <R> R longestAt(Sequence seq, int i, int limit, MatchMaker<V, R> maker) {
        limit = Math.min(limit, seq.size());
        if (i < 0 || i >= limit) return null;
        Entry<V> best = null;
        int bestEnd = -1;
        Bucket<V> exact = byFirstWord.get(seq.formId(i));
        if (exact != null) {
            if (exact.bySecond == null) {
                for (Entry<V> e : exact.all) {
                    int end = matchEnd(e, seq, i, limit);
                    if (end >= 0 && (best == null || e.words.length > best.words.length)) {
                        best = e;
                        bestEnd = end;
                    }
                }
            } else {
                for (Entry<V> e : exact.rest) {
                    int end = matchEnd(e, seq, i, limit);
                    if (end >= 0 && (best == null || e.words.length > best.words.length)) {
                        best = e;
                        bestEnd = end;
                    }
                }
                int second = skipJoiner(seq, i + 1, limit);
                Entry<V>[] more = second < limit ? exact.bySecond.get(seq.formId(second)) : null;
                if (more != null) {
                    for (Entry<V> e : more) {
                        int end = matchEnd(e, seq, i, limit);
                        if (end >= 0 && (best == null || e.words.length > best.words.length
                                || e.words.length == best.words.length && e.order < best.order)) {
                            best = e;
                            bestEnd = end;
                        }
                    }
                }
            }
        }
        if (hasStems) {
            String first = seq.norm(i);
            StemNode<V> node = stems;
            for (int k = 0; k < first.length() && node != null; k++) {
                node = k == 0 ? firstStemNode(first.charAt(0)) : node.child(first.charAt(k));
                if (node == null || node.entries == null) continue;
                for (Entry<V> e : node.entries) {
                    int end = matchEnd(e, seq, i, limit);
                    if (end >= 0 && (best == null || e.words.length > best.words.length)) {
                        best = e;
                        bestEnd = end;
                    }
                }
            }
        }
        return best == null ? null : maker.make(i, bestEnd, best.value);
    }

    /**
     * The stem trie's node for a first letter: the root has a child per letter that starts a stem (dozens for a
     * language that writes its endings as stems), so letters up to {@link #DIRECT_LETTERS} are read from an array.
     */
    private StemNode<V> firstStemNode(char c) {
        return c < DIRECT_LETTERS ? stemsByFirstLetter[c] : stems.child(c);
    }

    /** Where phrase e ends when it matches from piece i, or -1. */
    private int matchEnd(Entry<V> e, Sequence seq, int i, int limit) {
        int j = i;
        for (int k = 0; k < e.words.length; k++) {
            if (k > 0) j = skipJoiner(seq, j, limit);
            if (j >= limit) return -1;
            if (e.prefix[k] ? !seq.norm(j).startsWith(e.words[k]) : seq.formId(j) != e.ids[k]) return -1;
            j++;
        }
        return j;
    }

    /** Past a joiner glued between the previous piece and the next one. */
    private int skipJoiner(Sequence seq, int j, int limit) {
        if (joinerIds.length == 0 || j + 1 >= limit) return j;
        if (!seq.spaceBefore(j) && !seq.spaceBefore(j + 1) && isJoiner(seq.formId(j))) return j + 1;
        return j;
    }

    private boolean isJoiner(int id) {
        for (int joiner : joinerIds) if (joiner == id) return true;
        return false;
    }

    /**
     * Collects phrases; the first value added for a phrase wins over a later one of the same length. Builds once.
     */
    public static final class Builder<V> {
        private final Normalizer normalizer;
        private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
        private final StemNode<V> stems = new StemNode<>();
        private final java.util.HashSet<String> joiners = new java.util.HashSet<>();
        private boolean hasStems;
        private int longest;
        private boolean built;

        private Builder(Normalizer normalizer) {
            this.normalizer = normalizer;
        }

        /** Pieces (normalised) skipped between two glued pieces, in phrases and text alike: e.g. "-". */
        public Builder<V> skipJoiners(String... norms) {
            if (!byFirstWord.isEmpty() || hasStems) {
                throw new IllegalStateException("declare joiners before adding phrases: phrases are cut with them");
            }
            joiners.addAll(Arrays.asList(norms));
            return this;
        }

        public Builder<V> add(String phrase, V value) {
            List<String> words = new ArrayList<>();
            for (String chunk : phrase.strip().split("\\s+")) {
                boolean prefix = chunk.length() > 1 && chunk.endsWith("*");
                String body = prefix ? chunk.substring(0, chunk.length() - 1) : chunk;
                Words pieces = Words.of(body, normalizer);
                for (int k = 0; k < pieces.size(); k++) {
                    boolean inner = k > 0 && k + 1 < pieces.size() && pieces.glued(k) && pieces.glued(k + 1);
                    if (inner && joiners.contains(pieces.norm(k))) continue;
                    words.add(prefix && k == pieces.size() - 1 ? pieces.norm(k) + "*" : pieces.norm(k));
                }
            }
            return addWords(words, value);
        }

        /**
         * A phrase already cut into normalised words, for a reader that cuts text its own way; a word ending in
         * {@code *} is a stem.
         */
        public Builder<V> addWords(List<String> words, V value) {
            if (built) throw new IllegalStateException("this builder has built its matcher: start a new one");
            if (words.isEmpty()) return this;
            String[] w = new String[words.size()];
            int[] ids = new int[words.size()];
            boolean[] p = new boolean[words.size()];
            for (int k = 0; k < w.length; k++) {
                String word = words.get(k);
                p[k] = word.length() > 1 && word.endsWith("*");
                w[k] = p[k] ? word.substring(0, word.length() - 1) : word;
                ids[k] = p[k] ? FormIds.NONE : FormIds.intern(w[k]);
            }
            longest = Math.max(longest, p.length);
            if (p[0]) {
                StemNode<V> node = stems;
                for (char c : w[0].toCharArray()) node = node.childOrNew(c);
                if (node.entries == null) node.entries = new ArrayList<>();
                node.entries.add(new Entry<>(w, ids, p, value, node.entries.size()));
                hasStems = true;
            } else {
                List<Entry<V>> bucket = byFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>());
                bucket.add(new Entry<>(w, ids, p, value, bucket.size()));
            }
            return this;
        }

        /** The matcher; the builder cannot be added to afterwards, so the matcher stays immutable. */
        public PhraseMatcher<V> build() {
            built = true;
            return new PhraseMatcher<>(this);
        }
    }

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
}
