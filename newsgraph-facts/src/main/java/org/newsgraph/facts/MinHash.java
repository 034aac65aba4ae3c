package org.newsgraph.facts;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * MinHash signatures of a text's word shingles (five normalised words), to find near-duplicates — wire copies and
 * republications — without comparing every pair of texts: the share of equal signature slots estimates the Jaccard
 * similarity of the two shingle sets. Deterministic (fixed seeds), so signatures are comparable across runs.
 */
final class MinHash {
    static final int SLOTS = 64;
    private static final int SHINGLE_WORDS = 5;
    private static final long[] A = new long[SLOTS];
    private static final long[] B = new long[SLOTS];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SLOTS; i++) {
            seed = mix(seed + 0x632BE59BD9B4E019L);
            A[i] = seed | 1L;
            seed = mix(seed + 0x85157AF5L);
            B[i] = seed;
        }
    }

    private MinHash() {
    }

    static long[] signature(String text) {
        List<String> words = Cues.words(text);
        long[] sig = new long[SLOTS];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0xCBF29CE484222325L;
            for (int w = s; w < Math.min(words.size(), s + SHINGLE_WORDS); w++) {
                for (byte b : words.get(w).getBytes(StandardCharsets.UTF_8)) {
                    h ^= b;
                    h *= 0x100000001B3L;
                }
                h ^= ' ';
                h *= 0x100000001B3L;
            }
            for (int i = 0; i < SLOTS; i++) {
                long v = mix(A[i] * h + B[i]);
                if (Long.compareUnsigned(v, sig[i]) < 0) sig[i] = v;
            }
        }
        return sig;
    }

    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SLOTS; i++) if (a[i] == b[i]) same++;
        return same / (double) SLOTS;
    }

    /** A 64-bit finaliser (SplitMix64) so that nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
