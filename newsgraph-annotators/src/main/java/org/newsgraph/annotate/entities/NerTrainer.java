package org.newsgraph.annotate.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.newsgraph.annotate.segment.Segmenter;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.LanguageGuess;

/**
 * Trains the name recogniser of one language: an averaged structured perceptron (Collins 2002) over the features
 * of {@link NerFeatures}, Viterbi-decoded, on documents whose names are given as character spans. The documents
 * are segmented by the engine's own segmenter and word layer, so training sees the words the annotator will see.
 * Deterministic: a fixed shuffle seed, the same output for the same input.
 *
 * <p>Input: one document per line, as written by {@code scripts/ner-corpora.py}: the text (backslash, tab and line
 * breaks escaped), a tab, then {@code start:end:TYPE} names separated by spaces. Run by {@code scripts/train-ner.sh}.
 */
public final class NerTrainer {
    private final int bits;
    private final List<Example> examples = new ArrayList<>();

    /** One training document: its words, their features and the gold labels. */
    record Example(Words words, int[] features, int[] gold) {
    }

    NerTrainer(int bits) {
        this.bits = bits;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: NerTrainer LANG TRAIN.tsv OUT.bin.gz|--held-out [EPOCHS] [BITS]");
            System.exit(2);
        }
        boolean heldOut = args[2].equals(HELD_OUT);
        String lang = args[0];
        int epochs = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int bits = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        EntityAnnotator annotator = EntityAnnotator.create(Optional.empty());
        NameFinder finder = annotator.finder();
        NameLexicons lx = annotator.lexicons(lang);
        NerTrainer trainer = new NerTrainer(bits);
        Segmenter segmenter = new Segmenter();
        int docs = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab < 0) continue;
                String text = unescape(line.substring(0, tab));
                Doc doc = new Doc(Article.of("train-" + (docs++), text));
                doc.put(Layers.LANGUAGE, new LanguageGuess(lang, 1.0));
                doc.put(Layers.BOILERPLATE, List.of());
                segmenter.annotate(doc);
                Words words = Words.of(doc, lx);
                trainer.add(words, finder.features(words, lx, bits), labels(words, line.substring(tab + 1)));
            }
        }
        System.err.printf("%s: %d documents, %d words%n", lang, docs, trainer.words());
        if (heldOut) {
            for (double[] row : trainer.heldOutCurve(epochs, new Random(42))) {
                System.out.printf("%s epochs=%d held-out span P=%.3f R=%.3f F1=%.3f%n", lang, (int) row[0], row[1], row[2], row[3]);
            }
            return;
        }
        NerModel model = trainer.train(epochs, new Random(42));
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
            model.write(out);
        }
        System.err.printf("%s: model written to %s (%d bytes)%n", lang, args[2], Files.size(Path.of(args[2])));
    }

    /** In place of the output file: train on four fifths of the documents, print the last fifth's F1 per epoch. */
    static final String HELD_OUT = "--held-out";

    /**
     * Chooses the number of epochs without looking at any evaluation set: every fifth document (the 5th, 10th …
     * of the training file) is held out, the model is trained on the others, and after each epoch the averaged
     * weights label the held-out documents. Rows: {epochs, precision, recall, F1} of exact name spans and types.
     */
    List<double[]> heldOutCurve(int epochs, Random random) {
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) (i % 5 == 4 ? test : train).add(examples.get(i));
        List<double[]> rows = new ArrayList<>();
        NerTrainer part = new NerTrainer(bits);
        part.examples.addAll(train);
        part.train(epochs, random, (model, epoch) -> rows.add(spanScore(epoch, model, test)));
        return rows;
    }

    private static double[] spanScore(int epoch, NerModel model, List<Example> test) {
        long tp = 0, predicted = 0, gold = 0;
        for (Example ex : test) {
            boolean[] all = new boolean[ex.gold.length];
            java.util.Arrays.fill(all, true);
            int[] pred = model.tag(ex.words, ex.features, all);
            java.util.Set<List<Integer>> g = new java.util.HashSet<>();
            for (int[] s : NerSpans.spans(ex.words, known(ex.gold))) g.add(List.of(s[0], s[1], s[2]));
            for (int[] s : NerSpans.spans(ex.words, pred)) {
                boolean ignored = false;
                for (int k = s[0]; k <= s[1]; k++) ignored |= ex.gold[k] == IGNORED;
                if (ignored) continue; // a name of a kind we do not tag: neither right nor wrong
                predicted++;
                if (g.contains(List.of(s[0], s[1], s[2]))) tp++;
            }
            gold += g.size();
        }
        double p = predicted == 0 ? 0 : tp / (double) predicted;
        double r = gold == 0 ? 0 : tp / (double) gold;
        return new double[] {epoch, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static int[] known(int[] gold) {
        int[] out = gold.clone();
        for (int i = 0; i < out.length; i++) if (out[i] == IGNORED) out[i] = NerModel.O;
        return out;
    }

    void add(Words words, int[] features, int[] gold) {
        examples.add(new Example(words, features, gold));
    }

    int words() {
        return examples.stream().mapToInt(e -> e.gold.length).sum();
    }

    /** The label of a word inside a name of a kind the model does not tag (MISC): no update either way. */
    static final int IGNORED = -1;

    /**
     * BIO labels of the words from {@code start:end:TYPE} spans: a word starting inside a span carries its type;
     * words of spans of another type are {@link #IGNORED}.
     */
    static int[] labels(Words words, String spans) {
        int[] gold = new int[words.size()];
        for (String s : spans.strip().split(" ")) {
            if (s.isEmpty()) continue;
            String[] f = s.split(":");
            int start = Integer.parseInt(f[0]);
            int end = Integer.parseInt(f[1]);
            int begin = switch (f[2]) {
                case "PER" -> NerModel.begin(EntityType.PERSON);
                case "LOC" -> NerModel.begin(EntityType.LOCATION);
                case "ORG" -> NerModel.begin(EntityType.ORGANIZATION);
                default -> IGNORED;
            };
            boolean first = true;
            for (int i = 0; i < words.size(); i++) {
                Word x = words.get(i);
                if (x.start < start || x.start >= end) continue;
                if (!first && !words.sameSentence(i - 1, i)) first = true;
                gold[i] = begin == IGNORED ? IGNORED : first ? begin : begin + 1;
                first = false;
            }
        }
        return gold;
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Averaged perceptron: the returned weights are the mean of the weights after every document. */
    NerModel train(int epochs, Random random) {
        return train(epochs, random, null);
    }

    private NerModel train(int epochs, Random random, java.util.function.ObjIntConsumer<NerModel> afterEpoch) {
        int L = NerModel.LABELS;
        int per = NerFeatures.PER_WORD;
        float[] w = new float[L << bits];
        double[] wSum = new double[w.length];
        float[] t = new float[L * L];
        double[] tSum = new double[t.length];
        float[] s = new float[L];
        double[] sSum = new double[L];
        long step = 1;
        List<Example> order = new ArrayList<>(examples);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            int wrong = 0;
            int total = 0;
            for (Example ex : order) {
                int n = ex.gold.length;
                if (n == 0) continue;
                float[] emit = new float[n * L];
                for (int i = 0; i < n; i++) {
                    for (int f = i * per; f < (i + 1) * per; f++) {
                        int b = ex.features[f] * L;
                        for (int l = 0; l < L; l++) emit[i * L + l] += w[b + l];
                    }
                }
                int[] pred = new int[n];
                NerModel.decode(ex.words, emit, t, s, pred);
                int[] gold = ex.gold.clone();
                for (int i = 0; i < n; i++) {
                    if (gold[i] == IGNORED) gold[i] = pred[i];
                }
                for (int i = 0; i < n; i++) {
                    total++;
                    boolean first = i == 0 || !ex.words.sameSentence(i - 1, i);
                    int g = gold[i];
                    int p = pred[i];
                    if (g != p) {
                        wrong++;
                        for (int f = i * per; f < (i + 1) * per; f++) {
                            int b = ex.features[f] * L;
                            w[b + g] += 1;
                            wSum[b + g] += step;
                            w[b + p] -= 1;
                            wSum[b + p] -= step;
                        }
                    }
                    if (first) {
                        if (g != p) {
                            s[g] += 1;
                            sSum[g] += step;
                            s[p] -= 1;
                            sSum[p] -= step;
                        }
                    } else {
                        int gp = gold[i - 1] * L + g;
                        int pp = pred[i - 1] * L + p;
                        if (gp != pp) {
                            t[gp] += 1;
                            tSum[gp] += step;
                            t[pp] -= 1;
                            tSum[pp] -= step;
                        }
                    }
                }
                step++;
            }
            System.err.printf("epoch %d: %.4f of words mislabelled%n", epoch + 1, wrong / (double) Math.max(1, total));
            if (afterEpoch != null) {
                afterEpoch.accept(NerModel.quantise(bits, average(w, wSum, step), average(t, tSum, step),
                        average(s, sSum, step)), epoch + 1);
            }
        }
        return NerModel.quantise(bits, average(w, wSum, step), average(t, tSum, step), average(s, sSum, step));
    }

    private static float[] average(float[] w, double[] sum, long step) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) out[i] = (float) (w[i] - sum[i] / step);
        return out;
    }
}
