package org.newsgraph.annotate.entities;

import org.newsgraph.core.Token;

/**
 * The features the name recogniser reads for each word, hashed into a fixed number of buckets so that no feature
 * string is ever built: the word and its neighbours (±2, lower-cased and as name keys), word shapes, affixes, case
 * and position in the sentence, gazetteer hits ({@link NerGazetteer}) and cue words from the language pack (titles
 * before a name or after it and a comma, organisation and place nouns, place prepositions, connectors, non-names,
 * demonyms).
 *
 * <p>Every feature is one template number mixed with the characters it reads; {@link #PER_WORD} of them per word,
 * written as bucket indices into one int array (absent features point at bucket 0, which training leaves at zero
 * weight only by chance: it is a shared "nothing" feature).
 */
final class NerFeatures {
    static final int PER_WORD = 37;

    /** How far from a word with a capital letter the recogniser still looks: names hold one, their edges are near. */
    static final int REACH = 2;

    /**
     * The words the recogniser labels: those within {@link #REACH} words of a word with a capital letter in the
     * same sentence. The others are never part of a name it may report and are labelled O without a look, which
     * keeps the cost near the number of capitalised words rather than the length of the text.
     */
    static boolean[] active(Words w) {
        int n = w.size();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!capital(w.get(i).text)) continue;
            for (int k = Math.max(0, i - REACH); k <= Math.min(n - 1, i + REACH); k++) {
                if (w.sameSentence(Math.min(i, k), Math.max(i, k))) out[k] = true;
            }
        }
        return out;
    }

    private static boolean capital(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) return true;
        }
        return false;
    }

    /**
     * Bucket indices (not yet multiplied by the label count), {@link #PER_WORD} per word of {@code w}; zeros for
     * the words not {@code active}. (The tagger reads them word by word through {@link #of} instead: no array for
     * the whole document.)
     */
    static int[] extract(Words w, NameLexicons lx, int[] gazetteer, int bits, boolean[] active) {
        NerFeatures f = of(w, lx, gazetteer, bits, active);
        int[] out = new int[w.size() * PER_WORD];
        for (int i = 0; i < w.size(); i++) {
            if (active[i]) f.write(i, out, i * PER_WORD);
        }
        return out;
    }

    private final Words w;
    private final NameLexicons lx;
    private final int mask;
    // what each word contributes, hashed once: neighbours reuse it (padded by two slots at each end)
    private final long[] lower;
    private final long[] shape;
    private final long[] suffix3;
    private final int[] wordCues;
    private final int[] gaz;

    private NerFeatures(Words w, NameLexicons lx, int bits, int n) {
        this.w = w;
        this.lx = lx;
        this.mask = (1 << bits) - 1;
        this.lower = new long[n + 4];
        this.shape = new long[n + 4];
        this.suffix3 = new long[n + 4];
        this.wordCues = new int[n + 4];
        this.gaz = new int[n + 4];
    }

    /** The features of the words of {@code w}, ready to be written word by word with {@link #write}. */
    static NerFeatures of(Words w, NameLexicons lx, int[] gazetteer, int bits, boolean[] active) {
        int n = w.size();
        NerFeatures f = new NerFeatures(w, lx, bits, n);
        long[] lower = f.lower;
        long[] shape = f.shape;
        long[] suffix3 = f.suffix3;
        int[] wordCues = f.wordCues;
        int[] gaz = f.gaz;
        lower[0] = lower[1] = 3;
        lower[n + 2] = lower[n + 3] = 5;
        shape[0] = shape[1] = 11;
        shape[n + 2] = shape[n + 3] = 13;
        for (int k = 0; k < 2; k++) {
            gaz[k] = gaz[n + 2 + k] = -1;
            wordCues[k] = wordCues[n + 2 + k] = -1;
        }
        for (int i = 0; i < n; i++) {
            if (!near(active, i)) continue;
            Word x = w.get(i);
            lower[i + 2] = chars(0, x.lower, 0, x.lower.length());
            shape[i + 2] = shape(x.text);
            suffix3[i + 2] = chars(1, x.lower, Math.max(0, x.lower.length() - 3), x.lower.length());
            wordCues[i + 2] = wordCues(x, lx);
            gaz[i + 2] = gazetteer[i];
        }
        return f;
    }

    /** Writes the {@link #PER_WORD} bucket indices of word i (an active one) into {@code out} from offset {@code o}. */
    void write(int i, int[] out, int o) {
        int n = w.size();
        int mask = this.mask;
        long[] lower = this.lower;
        long[] shape = this.shape;
        long[] suffix3 = this.suffix3;
        int[] wordCues = this.wordCues;
        int[] gaz = this.gaz;
        Word x = w.get(i);
        int c = i + 2; // index into the padded arrays
        // neighbours in another sentence read as the sentence edge
        int p1 = i > 0 && w.sameSentence(i - 1, i) ? c - 1 : 1;
        int p2 = p1 > 1 && i > 1 && w.sameSentence(i - 2, i) ? c - 2 : 0;
        int n1 = i + 1 < n && w.sameSentence(i, i + 1) ? c + 1 : n + 2;
        int n2 = n1 < n + 2 && i + 2 < n && w.sameSentence(i, i + 2) ? c + 2 : n + 3;
        int f = 0;
        out[o + f++] = bucket(mix(1, 1), mask);
        out[o + f++] = bucket(mix(2, lower[c]), mask);
        out[o + f++] = bucket(mix(3, lower[p1]), mask);
        out[o + f++] = bucket(mix(4, lower[n1]), mask);
        out[o + f++] = bucket(mix(5, lower[p2]), mask);
        out[o + f++] = bucket(mix(6, lower[n2]), mask);
        long s0 = shape[c];
        long sp = shape[p1];
        long sn = shape[n1];
        out[o + f++] = bucket(mix(7, s0), mask);
        out[o + f++] = bucket(mix(8, sp), mask);
        out[o + f++] = bucket(mix(9, sn), mask);
        out[o + f++] = bucket(mix(mix(10, sp), s0), mask);
        out[o + f++] = bucket(mix(mix(mix(11, sp), s0), sn), mask);
        int len = x.lower.length();
        out[o + f++] = bucket(chars(12, x.lower, Math.max(0, len - 2), len), mask);
        out[o + f++] = bucket(mix(13, suffix3[c]), mask);
        out[o + f++] = bucket(chars(14, x.lower, Math.max(0, len - 4), len), mask);
        out[o + f++] = bucket(chars(15, x.lower, 0, Math.min(3, len)), mask);
        out[o + f++] = bucket(x.key.equals(x.lower) ? mix(16, lower[c]) : chars(16, x.key, 0, x.key.length()), mask);
        int flags = (x.capitalised ? 1 : 0) | (x.allCaps ? 2 : 0) | (x.initial ? 4 : 0) | (x.elided ? 8 : 0)
                | (x.possessive ? 16 : 0) | (x.text.length() == 1 ? 32 : 0);
        out[o + f++] = bucket(mix(17, flags), mask);
        out[o + f++] = bucket(mix(mix(18, flags), lower[p1]), mask);
        int g = gaz[c];
        out[o + f++] = bucket(mix(19, g), mask);
        out[o + f++] = bucket(mix(20, gaz[p1]), mask);
        out[o + f++] = bucket(mix(21, gaz[n1]), mask);
        out[o + f++] = bucket(mix(mix(22, g), flags & 5), mask);
        int cues = cues(w, lx, i, wordCues[c]);
        out[o + f++] = bucket(mix(23, cues), mask);
        out[o + f++] = bucket(mix(24, wordCues[p1]), mask);
        out[o + f++] = bucket(mix(25, wordCues[n1]), mask);
        out[o + f++] = bucket(mix(26, wordCues[n2]), mask);
        out[o + f++] = bucket(mix(mix(27, cues), flags & 5), mask);
        out[o + f++] = bucket(mix(28, suffix3[p1]), mask);
        out[o + f++] = bucket(mix(29, suffix3[n1]), mask);
        out[o + f++] = bucket(mix(mix(30, lower[p1]), s0), mask);
        out[o + f++] = bucket(mix(mix(31, lower[n1]), s0), mask);
        out[o + f++] = bucket(mix(32, Math.min(x.text.length(), 12)), mask);
        out[o + f++] = bucket(mix(mix(33, g), gaz[p1]), mask);
        out[o + f++] = bucket(mix(mix(34, flags & 5), sentencePosition(w, i)), mask);
        out[o + f++] = bucket(mix(mix(35, lower[c]), flags & 1), mask);
        out[o + f++] = bucket(mix(36, x.kind.ordinal()), mask);
        // the GeoNames bits on their own, with case and sentence opening: a strong cue that the KB part lacks
        out[o + f++] = bucket(mix(mix(37, (g >> 9) & 3), (flags & 5) | sentencePosition(w, i) << 3), mask);
        assert f == PER_WORD;
    }

    /** True when an active word lies within two words of word i: its values are read as a neighbour's. */
    private static boolean near(boolean[] active, int i) {
        for (int k = Math.max(0, i - 2); k <= Math.min(active.length - 1, i + 2); k++) {
            if (active[k]) return true;
        }
        return false;
    }

    // ---- cue words ----

    static final int TITLE_BEFORE = 1;
    static final int PLACE_CUE_BEFORE = 2;
    static final int QUOTE_BEFORE = 4;
    static final int ORG_HEAD = 8;
    static final int PLACE_HEAD = 16;
    static final int PLACE_PREFIX = 32;
    static final int CONNECTOR = 64;
    static final int NON_NAME = 128;
    static final int DEMONYM = 256;
    static final int COMMON = 512;
    /** The capitalised run the word belongs to is followed by a comma and a person title ("…, maire de"). */
    static final int TITLE_AFTER = 1024;

    /**
     * The cues of word i: those of the word itself, and for a capitalised word the title or place cue before it and
     * a title in apposition after its run of capitalised words.
     */
    private static int cues(Words w, NameLexicons lx, int i, int ownCues) {
        Word x = w.get(i);
        int c = ownCues;
        if (x.capitalised) {
            if (NameFinder.titleBefore(w, lx, i)) c |= TITLE_BEFORE;
            if (NameFinder.locationCueBefore(w, lx, i)) c |= PLACE_CUE_BEFORE;
            int end = i;
            while (end + 1 < w.size() && end - i < 3 && w.sameSentence(end, end + 1) && w.get(end + 1).capitalised) end++;
            if (NameFinder.titleAfter(w, lx, end)) c |= TITLE_AFTER;
        }
        if (i > 0 && w.get(i - 1).kind == Token.Kind.QUOTE) c |= QUOTE_BEFORE;
        return c;
    }

    private static int wordCues(Word x, NameLexicons lx) {
        return x.isWord() ? x.form.lexiconCues(lx) : 0;
    }

    /** The lexicons' cues of a word as written: asked once per form and lexicons ({@link WordForm#lexiconCues}). */
    static int lexiconCues(WordForm x, NameLexicons lx) {
        int c = 0;
        if (lx.orgHeads.contains(x.key)) c |= ORG_HEAD;
        if (lx.locationHeads.contains(x.key)) c |= PLACE_HEAD;
        if (lx.locationPrefixes.contains(x.key)) c |= PLACE_PREFIX;
        if (lx.nameConnectors.contains(x.lower)) c |= CONNECTOR;
        if (lx.nonNames.contains(x.lower)) c |= NON_NAME;
        if (lx.demonyms.containsKey(x.lower)) c |= DEMONYM;
        if (lx.commonWords.contains(x.lower)) c |= COMMON;
        return c;
    }

    /** 0 first word of its sentence, 1 second, 2 later. */
    private static int sentencePosition(Words w, int i) {
        if (i == 0 || !w.sameSentence(i - 1, i)) return 0;
        if (i == 1 || !w.sameSentence(i - 2, i)) return 1;
        return 2;
    }

    // ---- hashing without building strings ----

    static long mix(long h, long v) {
        h ^= v + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2);
        return h * 0xBF58476D1CE4E5B9L;
    }

    /** FNV-style hash of characters [from, to) of s, seeded by a template number. */
    private static long chars(int template, String s, int from, int to) {
        long h = mix(template, to - from);
        for (int k = from; k < to; k++) h = (h ^ s.charAt(k)) * 0x100000001B3L;
        return h;
    }

    /** The word's shape with runs collapsed ("Xx", "X.X.", "d,d", "Xx-Xx"), as a hash. */
    /** The shape letter of each ASCII character, as the character tests below give it: read per character of every word. */
    private static final char[] ASCII_SHAPE = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SHAPE[c] = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
        }
    }

    private static long shape(String s) {
        long h = 17;
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char t = c < 128 ? ASCII_SHAPE[c]
                    : Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (t == prev) continue;
            h = (h ^ t) * 0x100000001B3L;
            prev = t;
        }
        return h;
    }

    private static int bucket(long h, int mask) {
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        h ^= h >>> 29;
        return (int) h & mask;
    }
}
