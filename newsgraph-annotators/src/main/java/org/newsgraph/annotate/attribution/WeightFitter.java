package org.newsgraph.annotate.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits the attribution weights: a conditional logit over each quote's or figure's candidates plus "nobody" (score
 * zero), maximising the probability of the right candidates with an L2 penalty, by full-batch gradient descent.
 * Reads the labelled candidates {@code scripts/label-attribution.py} writes; prints leave-one-event-out accuracy
 * (each event's groups ranked by weights fitted on the other events) and writes {@code weights.tsv}.
 *
 * <p>usage: {@code WeightFitter CANDIDATES.tsv WEIGHTS.tsv}
 */
public final class WeightFitter {
    /** L2 penalty on the weights: keeps features that few groups see from taking extreme values. */
    static final double L2 = Double.parseDouble(System.getProperty("l2", "0.05"));
    static final int ITERATIONS = 3000;
    static final double STEP = 0.05;

    /** One quote or figure: its event, whether nobody is right, and its candidates' features and labels. */
    record Group(String event, boolean nobody, List<double[]> x, List<Boolean> right) {
        boolean answerable() {
            return nobody || right.contains(true);
        }
    }

    private WeightFitter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WeightFitter CANDIDATES.tsv WEIGHTS.tsv");
            System.exit(2);
        }
        List<Group> groups = read(Path.of(args[0]));
        List<Group> usable = groups.stream().filter(Group::answerable).toList();
        Set<String> events = new LinkedHashSet<>();
        for (Group g : usable) events.add(g.event());
        int right = 0;
        int n = 0;
        for (String held : events) {
            double[] w = fit(usable.stream().filter(g -> !g.event().equals(held)).toList());
            for (Group g : usable) {
                if (!g.event().equals(held)) continue;
                n++;
                if (correct(g, w)) right++;
            }
        }
        double[] w = fit(usable);
        int fitRight = 0;
        for (Group g : usable) if (correct(g, w)) fitRight++;
        System.out.printf(Locale.ROOT, "groups %d (answerable %d), events %d%n", groups.size(), usable.size(), events.size());
        System.out.printf(Locale.ROOT, "leave-one-event-out accuracy %.3f (%d/%d); on the training groups %.3f%n",
                (double) right / Math.max(1, n), right, n, (double) fitRight / Math.max(1, usable.size()));
        StringBuilder b = new StringBuilder("# Attribution feature weights (feature <TAB> weight), fitted by scripts/fit-attribution.sh\n"
                + "# on " + usable.size() + " quotes and figures of " + events.size() + " events; do not edit by hand.\n");
        for (Feature f : Feature.values()) b.append(f.key()).append('\t').append(String.format(Locale.ROOT, "%.4f", w[f.ordinal()])).append('\n');
        Files.writeString(Path.of(args[1]), b.toString(), StandardCharsets.UTF_8);
    }

    /** True when the top option (a candidate, or nobody at zero) is a right one. */
    static boolean correct(Group g, double[] w) {
        double best = 0;
        boolean ok = g.nobody();
        for (int i = 0; i < g.x().size(); i++) {
            double s = dot(w, g.x().get(i));
            if (s > best) {
                best = s;
                ok = g.right().get(i);
            }
        }
        return ok;
    }

    static double[] fit(List<Group> groups) {
        int d = Feature.values().length;
        double[] w = new double[d];
        double[] g2 = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            for (Group g : groups) {
                int k = g.x().size();
                double[] s = new double[k];
                double max = 0;
                for (int i = 0; i < k; i++) {
                    s[i] = dot(w, g.x().get(i));
                    max = Math.max(max, s[i]);
                }
                double z = Math.exp(-max); // nobody
                double zr = g.nobody() ? z : 0;
                for (int i = 0; i < k; i++) {
                    double e = Math.exp(s[i] - max);
                    z += e;
                    if (g.right().get(i)) zr += e;
                }
                // d(-log P(right))/dw = E_all[x] - E_right[x]
                for (int i = 0; i < k; i++) {
                    double e = Math.exp(s[i] - max);
                    double coef = e / z - (g.right().get(i) ? e / zr : 0);
                    double[] x = g.x().get(i);
                    for (int j = 0; j < d; j++) grad[j] += coef * x[j];
                }
            }
            for (int j = 0; j < d; j++) {
                grad[j] = grad[j] / groups.size() + L2 * w[j];
                g2[j] += grad[j] * grad[j];
                w[j] -= STEP * grad[j] / (Math.sqrt(g2[j]) + 1e-8) * 10;
            }
        }
        return w;
    }

    static List<Group> read(Path file) throws IOException {
        List<Group> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            List<double[]> x = new ArrayList<>();
            List<Boolean> right = new ArrayList<>();
            for (int i = 3; i < f.length; i++) {
                int bar = f[i].indexOf('|');
                right.add(f[i].startsWith("1"));
                double[] v = new double[Feature.values().length];
                for (String kv : f[i].substring(bar + 1).split(",")) {
                    if (kv.isEmpty()) continue;
                    int eq = kv.indexOf('=');
                    Feature ft = Feature.ofKey(kv.substring(0, eq))
                            .orElseThrow(() -> new IllegalArgumentException(file + ": unknown feature in " + kv));
                    v[ft.ordinal()] = Double.parseDouble(kv.substring(eq + 1));
                }
                x.add(v);
            }
            out.add(new Group(f[1], "1".equals(f[2]), x, right));
        }
        return out;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int j = 0; j < w.length; j++) s += w[j] * x[j];
        return s;
    }
}
