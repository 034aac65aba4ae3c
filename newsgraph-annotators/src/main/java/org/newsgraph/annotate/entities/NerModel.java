package org.newsgraph.annotate.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.core.model.EntityType;

/**
 * A trained linear-chain tagger over hashed word features ({@link NerFeatures}): per-label weights quantised to 16
 * bits each, label-to-label transition scores, and Viterbi decoding of BIO tags (O, B-/I- PER, LOC, ORG) within
 * each sentence. Decoding costs a fixed number of array reads per word: linear in the text. Immutable and
 * thread-safe once loaded; written by {@link NerTrainer}, shipped as {@code ner-LANG.bin.gz}.
 */
final class NerModel {
    static final int LABELS = 7;
    static final int O = 0;
    private static final int MAGIC = 0x4E474E52; // "NGNR"
    private static final int VERSION = 2;

    final int bits;
    private final short[] weights;
    private final float scale;
    private final float[] transitions;
    private final float[] starts;

    NerModel(int bits, short[] weights, float scale, float[] transitions, float[] starts) {
        if (weights.length != (LABELS << bits)) throw new IllegalArgumentException("weights do not match 2^" + bits + " buckets");
        this.bits = bits;
        this.weights = weights;
        this.scale = scale;
        this.transitions = transitions;
        this.starts = starts;
    }

    /** The model of a language shipped as a resource, or empty when none is (the finder then types by cues alone). */
    static Optional<NerModel> load(String language) {
        InputStream in = NerModel.class.getResourceAsStream("ner-" + language + ".bin.gz");
        if (in == null) return Optional.empty();
        try (in) {
            return Optional.of(read(in));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the name model of " + language, e);
        }
    }

    static NerModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) throw new IOException("not a name model (version " + VERSION + ")");
        int bits = in.readInt();
        if (in.readInt() != LABELS || bits < 4 || bits > 24) throw new IOException("unexpected model shape");
        float scale = in.readFloat();
        float[] trans = new float[LABELS * LABELS];
        for (int i = 0; i < trans.length; i++) trans[i] = in.readFloat();
        float[] starts = new float[LABELS];
        for (int i = 0; i < starts.length; i++) starts[i] = in.readFloat();
        short[] w = new short[LABELS << bits];
        // in one read: short by short through the gzip stream cost a tenth of a second of every start-up
        byte[] raw16 = new byte[2 * w.length];
        in.readFully(raw16);
        java.nio.ByteBuffer.wrap(raw16).asShortBuffer().get(w);
        return new NerModel(bits, w, scale, trans, starts);
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(bits);
        out.writeInt(LABELS);
        out.writeFloat(scale);
        for (float t : transitions) out.writeFloat(t);
        for (float s : starts) out.writeFloat(s);
        for (short x : weights) out.writeShort(x);
        out.flush();
        gz.finish();
    }

    /**
     * Quantises float weights to 16 bits: the largest magnitude maps to 32767, the transitions scale alike. (One byte
     * is too coarse: the always-on features take weights hundreds of times those of a rare word.)
     */
    static NerModel quantise(int bits, float[] w, float[] transitions, float[] starts) {
        float max = 1e-9f;
        for (float x : w) max = Math.max(max, Math.abs(x));
        float scale = max / 32767f;
        short[] q = new short[w.length];
        for (int i = 0; i < w.length; i++) q[i] = (short) Math.round(w[i] / scale);
        float[] t = transitions.clone();
        float[] s = starts.clone();
        for (int i = 0; i < t.length; i++) t[i] /= scale;
        for (int i = 0; i < s.length; i++) s[i] /= scale;
        return new NerModel(bits, q, scale, t, s);
    }

    /** The best BIO label of every word, given the features of {@link NerFeatures#extract} and its active words. */
    int[] tag(Words w, int[] features, boolean[] active) {
        int n = w.size();
        float[] emit = new float[n * LABELS];
        for (int i = 0; i < n; i++) {
            if (active[i]) emissions(features, i * NerFeatures.PER_WORD, emit, i * LABELS);
        }
        int[] out = new int[n];
        decode(w, emit, transitions, starts, out, active);
        return out;
    }

    /**
     * The best BIO label of every word, its features written word by word into one small buffer: the same labels
     * as {@link #tag(Words, int[], boolean[])} without an array of features for the whole document. Scores are kept
     * for one run of active words at a time (buffers as long as the longest run, not the document).
     */
    int[] tag(Words w, NerFeatures features, boolean[] active) {
        int n = w.size();
        int[] out = new int[n]; // O where no run reaches
        int[] buffer = new int[NerFeatures.PER_WORD];
        float[] emit = new float[16 * LABELS];
        float[] score = new float[16 * LABELS];
        int[] back = new int[16 * LABELS];
        int from = 0;
        while (from < n) {
            if (!active[from]) { // far from any capital: O, which the decoder gives without reading its scores
                from++;
                continue;
            }
            int to = runEnd(w, active, from);
            int cells = (to - from) * LABELS;
            if (cells > emit.length) {
                emit = new float[cells];
                score = new float[cells];
                back = new int[cells];
            }
            for (int i = from; i < to; i++) {
                features.write(i, buffer, 0);
                emissions(buffer, 0, emit, (i - from) * LABELS);
            }
            decodeRun(emit, 0, from, to, opensSentence(w, from), transitions, starts, out, score, back);
            from = to;
        }
        return out;
    }

    /** The score of each label for the word whose {@link NerFeatures#PER_WORD} buckets start at {@code f}. */
    private void emissions(int[] features, int f, float[] emit, int o) {
        int s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
        for (int e = f + NerFeatures.PER_WORD; f < e; f++) {
            int b = features[f] * LABELS;
            s0 += weights[b];
            s1 += weights[b + 1];
            s2 += weights[b + 2];
            s3 += weights[b + 3];
            s4 += weights[b + 4];
            s5 += weights[b + 5];
            s6 += weights[b + 6];
        }
        emit[o] = s0;
        emit[o + 1] = s1;
        emit[o + 2] = s2;
        emit[o + 3] = s3;
        emit[o + 4] = s4;
        emit[o + 5] = s5;
        emit[o + 6] = s6;
    }

    /** Viterbi within each sentence; an I- label only continues the same type. */
    static void decode(Words w, float[] emit, float[] transitions, float[] starts, int[] out) {
        boolean[] all = new boolean[w.size()];
        java.util.Arrays.fill(all, true);
        decode(w, emit, transitions, starts, out, all);
    }

    /**
     * Viterbi over each run of active words within a sentence; the words between runs are O (their emissions say
     * so), so a run that does not open its sentence continues from an O.
     */
    static void decode(Words w, float[] emit, float[] transitions, float[] starts, int[] out, boolean[] active) {
        int n = w.size();
        int from = 0;
        float[] score = new float[n * LABELS];
        int[] back = new int[n * LABELS];
        while (from < n) {
            if (!active[from]) {
                out[from++] = O;
                continue;
            }
            int to = runEnd(w, active, from);
            decodeRun(emit, from * LABELS, from, to, opensSentence(w, from), transitions, starts, out, score, back);
            from = to;
        }
    }

    /** The end of the run of active words of one sentence that starts at {@code from}. */
    private static int runEnd(Words w, boolean[] active, int from) {
        int to = from + 1;
        while (to < w.size() && active[to] && w.sameSentence(from, to)) to++;
        return to;
    }

    private static boolean opensSentence(Words w, int i) {
        return i == 0 || !w.sameSentence(i - 1, i);
    }

    /**
     * Viterbi over words [from, to), whose scores are in {@code emit} from offset {@code e0}; a run that does not
     * open its sentence continues from an O. {@code score} and {@code back} hold at least (to - from) × LABELS.
     */
    private static void decodeRun(float[] emit, int e0, int from, int to, boolean opens, float[] transitions,
                                  float[] starts, int[] out, float[] score, int[] back) {
        for (int l = 0; l < LABELS; l++) {
            float enter = opens ? starts[l] : transitions[O * LABELS + l];
            score[l] = inside(l) ? Float.NEGATIVE_INFINITY : enter + emit[e0 + l];
        }
        int len = to - from;
        for (int i = 1; i < len; i++) {
            for (int l = 0; l < LABELS; l++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = O;
                for (int p = 0; p < LABELS; p++) {
                    if (!allowed(p, l)) continue;
                    float s = score[(i - 1) * LABELS + p] + transitions[p * LABELS + l];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * LABELS + l] = best + emit[e0 + i * LABELS + l];
                back[i * LABELS + l] = arg;
            }
        }
        int last = O;
        for (int l = 1; l < LABELS; l++) {
            if (score[(len - 1) * LABELS + l] > score[(len - 1) * LABELS + last]) last = l;
        }
        for (int i = len - 1; i >= 0; i--) {
            out[from + i] = last;
            last = back[i * LABELS + last];
        }
    }

    static boolean inside(int label) {
        return label != O && label % 2 == 0;
    }

    static boolean allowed(int prev, int label) {
        return !inside(label) || prev == label || prev == label - 1;
    }

    /** The entity type of a label (PERSON for B-/I-PER …), OTHER for O. */
    static EntityType type(int label) {
        return switch ((label + 1) / 2) {
            case 1 -> EntityType.PERSON;
            case 2 -> EntityType.LOCATION;
            case 3 -> EntityType.ORGANIZATION;
            default -> EntityType.OTHER;
        };
    }

    /** The B- label of a type (1, 3, 5), or O. */
    static int begin(EntityType t) {
        return switch (t) {
            case PERSON -> 1;
            case LOCATION -> 3;
            case ORGANIZATION -> 5;
            default -> O;
        };
    }
}
