package org.newsgraph.annotate.language;

import java.util.Map;

/**
 * The function words of all profiles, each with its profile bits, looked up by the characters of a word as the
 * identifier reads them, hash made letter by letter: no string is made for a word of the text. An open table with
 * the hashes kept beside the words, so most words that are no function word cost one array read. Immutable.
 */
final class FunctionWords {
    private final int[] hashes;
    private final char[][] words;
    private final long[] bits;
    private final int mask;

    FunctionWords(Map<String, Long> profilesOfWord) {
        int size = Integer.highestOneBit(Math.max(4, profilesOfWord.size() * 4) - 1) << 1;
        this.hashes = new int[size];
        this.words = new char[size][];
        this.bits = new long[size];
        this.mask = size - 1;
        for (Map.Entry<String, Long> e : profilesOfWord.entrySet()) {
            char[] w = e.getKey().toCharArray();
            int h = 0;
            for (char c : w) h = next(h, c);
            int i = spread(h) & mask;
            while (words[i] != null) i = (i + 1) & mask;
            hashes[i] = h;
            words[i] = w;
            bits[i] = e.getValue();
        }
    }

    /** The running hash of a word after one more character: start from 0. */
    static int next(int hash, char c) {
        return 31 * hash + c;
    }

    /** The profile bits of the word {@code word[0, length)} whose running hash is {@code hash}, 0 when none. */
    long profiles(char[] word, int length, int hash) {
        for (int i = spread(hash) & mask; words[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && same(words[i], word, length)) return bits[i];
        }
        return 0;
    }

    private static boolean same(char[] stored, char[] word, int length) {
        if (stored.length != length) return false;
        for (int k = 0; k < length; k++) {
            if (stored[k] != word[k]) return false;
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
