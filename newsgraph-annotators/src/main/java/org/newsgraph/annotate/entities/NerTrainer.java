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
            System.err.println("usage: NerTrainer LANG TRAIN.tsv OUT.bin.gz [EPOCHS] [BITS]");
            System.exit(2);
        }
        String lang = args[0];
        int epochs = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int bits = args.length > 4 ? Integer.parseInt(args[4]) : 18;
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
        NerModel model = trainer.train(epochs, new Random(42));
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
            model.write(out);
        }
        System.err.printf("%s: model written to %s (%d bytes)%n", lang, args[2], Files.size(Path.of(args[2])));
    }

    void add(Words words, int[] features, int[] gold) {
        examples.add(new Example(words, features, gold));
    }

    int words() {
        return examples.stream().mapToInt(e -> e.gold.length).sum();
    }

    /** BIO labels of the words from {@code start:end:TYPE} spans: a word starting inside a span carries its type. */
    static int[] labels(Words words, String spans) {
        int[] gold = new int[words.size()];
        for (String s : spans.strip().split(" ")) {
            if (s.isEmpty()) continue;
            String[] f = s.split(":");
            int start = Integer.parseInt(f[0]);
            int end = Integer.parseInt(f[1]);
            int begin = NerModel.begin(switch (f[2]) {
                case "PER" -> org.newsgraph.core.model.EntityType.PERSON;
                case "LOC" -> org.newsgraph.core.model.EntityType.LOCATION;
                default -> org.newsgraph.core.model.EntityType.ORGANIZATION;
            });
            boolean first = true;
            for (int i = 0; i < words.size(); i++) {
                Word x = words.get(i);
                if (x.start < start || x.start >= end) continue;
                if (!first && !words.sameSentence(i - 1, i)) first = true;
                gold[i] = first ? begin : begin + 1;
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
                for (int i = 0; i < n; i++) {
                    total++;
                    boolean first = i == 0 || !ex.words.sameSentence(i - 1, i);
                    int g = ex.gold[i];
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
                        int gp = ex.gold[i - 1] * L + g;
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
        }
        return NerModel.quantise(bits, average(w, wSum, step), average(t, tSum, step), average(s, sSum, step));
    }

    private static float[] average(float[] w, double[] sum, long step) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) out[i] = (float) (w[i] - sum[i] / step);
        return out;
    }
}
