package org.newsgraph.annotate.entities;

import org.newsgraph.core.Token;

/**
 * The features the name recogniser reads for each word, hashed into a fixed number of buckets so that no feature
 * string is ever built: the word and its neighbours (±2, lower-cased and as name keys), word shapes, affixes, case
 * and position in the sentence, gazetteer hits ({@link NerGazetteer}) and cue words from the language pack (titles
 * before, organisation and place nouns, place prepositions, connectors, non-names, demonyms).
 *
 * <p>Every feature is one template number mixed with the characters it reads; {@link #PER_WORD} of them per word,
 * written as bucket indices into one int array (absent features point at bucket 0, which training leaves at zero
 * weight only by chance: it is a shared "nothing" feature).
 */
final class NerFeatures {
    static final int PER_WORD = 36;

    private NerFeatures() {
    }

    /** Bucket indices (not yet multiplied by the label count), {@link #PER_WORD} per word of {@code w}. */
    static int[] extract(Words w, NameLexicons lx, int[] gazetteer, int bits) {
        int n = w.size();
        int[] out = new int[n * PER_WORD];
        int mask = (1 << bits) - 1;
        for (int i = 0; i < n; i++) {
            Word x = w.get(i);
            int o = i * PER_WORD;
            int f = 0;
            out[o + f++] = bucket(mix(1, 1), mask);
            out[o + f++] = bucket(word(2, x.lower), mask);
            out[o + f++] = bucket(word(3, lowerAt(w, i - 1)), mask);
            out[o + f++] = bucket(word(4, lowerAt(w, i + 1)), mask);
            out[o + f++] = bucket(word(5, lowerAt(w, i - 2)), mask);
            out[o + f++] = bucket(word(6, lowerAt(w, i + 2)), mask);
            long s0 = shape(w, i);
            long sp = shape(w, i - 1);
            long sn = shape(w, i + 1);
            out[o + f++] = bucket(mix(7, s0), mask);
            out[o + f++] = bucket(mix(8, sp), mask);
            out[o + f++] = bucket(mix(9, sn), mask);
            out[o + f++] = bucket(mix(mix(10, sp), s0), mask);
            out[o + f++] = bucket(mix(mix(mix(11, sp), s0), sn), mask);
            out[o + f++] = bucket(suffix(12, x.lower, 2), mask);
            out[o + f++] = bucket(suffix(13, x.lower, 3), mask);
            out[o + f++] = bucket(suffix(14, x.lower, 4), mask);
            out[o + f++] = bucket(prefix(15, x.lower, 3), mask);
            out[o + f++] = bucket(word(16, x.key), mask);
            int flags = (x.capitalised ? 1 : 0) | (x.allCaps ? 2 : 0) | (x.initial ? 4 : 0) | (x.elided ? 8 : 0)
                    | (x.possessive ? 16 : 0) | (x.text.length() == 1 ? 32 : 0);
            out[o + f++] = bucket(mix(17, flags), mask);
            out[o + f++] = bucket(mix(mix(18, flags), word(0, lowerAt(w, i - 1))), mask);
            int g = gazetteer[i];
            out[o + f++] = bucket(mix(19, g), mask);
            out[o + f++] = bucket(mix(20, i > 0 && w.sameSentence(i - 1, i) ? gazetteer[i - 1] : -1), mask);
            out[o + f++] = bucket(mix(21, i + 1 < n && w.sameSentence(i, i + 1) ? gazetteer[i + 1] : -1), mask);
            out[o + f++] = bucket(mix(mix(22, g), flags & 5), mask);
            int cues = cues(w, lx, i);
            out[o + f++] = bucket(mix(23, cues), mask);
            out[o + f++] = bucket(mix(24, i > 0 && w.sameSentence(i - 1, i) ? wordCues(w.get(i - 1), lx) : -1), mask);
            out[o + f++] = bucket(mix(25, i + 1 < n && w.sameSentence(i, i + 1) ? wordCues(w.get(i + 1), lx) : -1), mask);
            out[o + f++] = bucket(mix(26, i + 2 < n && w.sameSentence(i, i + 2) ? wordCues(w.get(i + 2), lx) : -1), mask);
            out[o + f++] = bucket(mix(mix(27, cues), flags & 5), mask);
            out[o + f++] = bucket(suffix(28, lowerAt(w, i - 1), 3), mask);
            out[o + f++] = bucket(suffix(29, lowerAt(w, i + 1), 3), mask);
            out[o + f++] = bucket(mix(word(30, lowerAt(w, i - 1)), s0), mask);
            out[o + f++] = bucket(mix(word(31, lowerAt(w, i + 1)), s0), mask);
            out[o + f++] = bucket(mix(32, Math.min(x.text.length(), 12)), mask);
            out[o + f++] = bucket(mix(mix(33, g), i > 0 && w.sameSentence(i - 1, i) ? gazetteer[i - 1] : -1), mask);
            out[o + f++] = bucket(mix(mix(34, flags & 5), sentencePosition(w, i)), mask);
            out[o + f++] = bucket(mix(word(35, x.lower), flags & 1), mask);
            out[o + f++] = bucket(mix(36, x.kind.ordinal()), mask);
            assert f == PER_WORD;
        }
        return out;
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

    /** The cues of word i: those of the word itself, and for a capitalised word the title or place cue before it. */
    private static int cues(Words w, NameLexicons lx, int i) {
        Word x = w.get(i);
        int c = wordCues(x, lx);
        if (x.capitalised) {
            if (NameFinder.titleBefore(w, lx, i)) c |= TITLE_BEFORE;
            if (NameFinder.locationCueBefore(w, lx, i)) c |= PLACE_CUE_BEFORE;
        }
        if (i > 0 && w.get(i - 1).kind == Token.Kind.QUOTE) c |= QUOTE_BEFORE;
        return c;
    }

    private static int wordCues(Word x, NameLexicons lx) {
        if (!x.isWord()) return 0;
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

    private static final String BEFORE = "\u0002";
    private static final String AFTER = "\u0003";

    private static String lowerAt(Words w, int k) {
        if (k < 0) return BEFORE;
        if (k >= w.size()) return AFTER;
        return w.get(k).lower;
    }

    static long mix(long h, long v) {
        h ^= v + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2);
        return h * 0xBF58476D1CE4E5B9L;
    }

    private static long word(int template, String s) {
        long h = mix(template, s.length());
        for (int k = 0; k < s.length(); k++) h = (h ^ s.charAt(k)) * 0x100000001B3L;
        return h;
    }

    private static long suffix(int template, String s, int len) {
        long h = mix(template, len);
        for (int k = Math.max(0, s.length() - len); k < s.length(); k++) h = (h ^ s.charAt(k)) * 0x100000001B3L;
        return h;
    }

    private static long prefix(int template, String s, int len) {
        long h = mix(template, len);
        for (int k = 0; k < Math.min(len, s.length()); k++) h = (h ^ s.charAt(k)) * 0x100000001B3L;
        return h;
    }

    /** The word's shape with runs collapsed ("Xx", "X.X.", "d,d", "Xx-Xx"), as a hash; outside the text a sentinel. */
    private static long shape(Words w, int k) {
        if (k < 0) return 11;
        if (k >= w.size()) return 13;
        String s = w.get(k).text;
        long h = 17;
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char t = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
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
