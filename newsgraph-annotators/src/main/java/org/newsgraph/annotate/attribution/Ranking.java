package org.newsgraph.annotate.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The candidates of one quote or figure, best first, with their scores: what {@code newsgraph analyze --explain}
 * prints. {@code margin} is the winner's score minus the best score of a candidate naming someone else (or minus
 * zero when no one else stands).
 */
public record Ranking(String target, int start, int end, List<Scored> scored) {

    /** A candidate and its score. */
    public record Scored(Candidate candidate, double score) {
    }

    /**
     * The best candidate when it scores above nobody: "no speaker" is always a silent candidate of score zero, so a
     * figure or quote whose candidates all look wrong stays unattributed.
     */
    public Optional<Candidate> winner() {
        return scored.isEmpty() || scored.get(0).score() <= 0 ? Optional.empty() : Optional.of(scored.get(0).candidate());
    }

    /** The winner's score minus the best of a candidate naming someone else and of nobody (zero). */
    public double margin() {
        if (scored.isEmpty()) return 0;
        Scored best = scored.get(0);
        if (Double.isInfinite(best.score())) return 0; // every candidate ruled out
        double next = 0;
        for (int i = 1; i < scored.size(); i++) {
            if (!scored.get(i).candidate().sameReferent(best.candidate())) {
                next = Math.max(next, scored.get(i).score());
                break;
            }
        }
        return Math.abs(best.score() - next);
    }

    /**
     * The margin squashed into [0.5, 1): 0.5 is a tie with the runner-up (or with nobody), near 1 a clear win. This is
     * the {@code score} a speaker or source carries in the output.
     */
    public double score() {
        return 1 / (1 + Math.exp(-margin()));
    }

    /** Human-readable lines: each candidate with its features and score, then why the winner won. */
    public List<String> explain(String text) {
        List<String> out = new java.util.ArrayList<>();
        String t = text.substring(start, Math.min(end, start + 80)).replace('\n', ' ');
        out.add(target + " [" + start + "," + end + ") \"" + t + (end - start > 80 ? "…" : "") + "\"");
        for (Scored s : scored) out.add("  " + line(s));
        if (scored.isEmpty()) {
            out.add("  no candidate: no speaker or source");
        } else {
            if (winner().isEmpty()) out.add(String.format(Locale.ROOT, "  winner: nobody (no candidate scores above 0), margin %.2f", margin()));
            else out.add(String.format(Locale.ROOT, "  winner: %s, margin %.2f (score %.3f)%s", label(scored.get(0).candidate()), margin(), score(), why()));
        }
        return out;
    }

    private String why() {
        if (scored.size() < 2) return " (the only candidate)";
        Scored a = scored.get(0);
        Scored b = null;
        for (int i = 1; i < scored.size() && b == null; i++) {
            if (!scored.get(i).candidate().sameReferent(a.candidate())) b = scored.get(i);
        }
        if (b == null) return " (every candidate names it)";
        Weights w = Weights.standard();
        Feature top = null;
        double gain = 0;
        for (Feature f : Feature.values()) {
            double d = w.of(f) * (a.candidate().get(f) - b.candidate().get(f));
            if (d > gain) {
                gain = d;
                top = f;
            }
        }
        return top == null ? "" : String.format(Locale.ROOT, " over %s, mostly by %s (+%.2f)", label(b.candidate()),
                top.key(), gain);
    }

    private static String line(Scored s) {
        if (s.candidate().excluded().isPresent()) {
            return "   out  " + label(s.candidate()) + "  <" + s.candidate().origin() + ">  excluded: " + s.candidate().excluded().get();
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%7.2f  %s  <%s>", s.score(),
                label(s.candidate()), s.candidate().origin()));
        for (Map.Entry<Feature, Double> e : s.candidate().features().entrySet()) {
            b.append(' ').append(e.getKey().key()).append('=').append(String.format(Locale.ROOT, "%.2f", e.getValue()));
        }
        return b.toString();
    }

    /** One JSON object: target, offsets, and each candidate with its reference, origin, score and features. */
    public String json() {
        StringBuilder b = new StringBuilder();
        b.append("{\"target\":").append(quote(target)).append(",\"start\":").append(start).append(",\"end\":").append(end)
                .append(",\"margin\":").append(num(margin())).append(",\"candidates\":[");
        boolean first0 = true;
        for (int i = 0; i < scored.size(); i++) {
            Candidate c = scored.get(i).candidate();
            if (c.excluded().isPresent()) continue; // ruled out by a hard filter: nothing for the fitter to weigh
            if (!first0) b.append(',');
            first0 = false;
            b.append("{\"text\":").append(quote(c.ref().text().orElse(null)))
                    .append(",\"entity\":").append(quote(c.ref().entity().orElse(null)))
                    .append(",\"origin\":").append(quote(c.origin()))
                    .append(",\"score\":").append(num(scored.get(i).score())).append(",\"features\":{");
            boolean first = true;
            for (Map.Entry<Feature, Double> e : c.features().entrySet()) {
                if (!first) b.append(',');
                first = false;
                b.append(quote(e.getKey().key())).append(':').append(num(e.getValue()));
            }
            b.append("}}");
        }
        return b.append("]}").toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String quote(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') b.append('\\').append(ch);
            else if (ch < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            else b.append(ch);
        }
        return b.append('"').toString();
    }

    static String label(Candidate c) {
        String t = c.ref().text().orElse("");
        return "\"" + t + "\"" + c.ref().entity().map(e -> " → " + e).orElse("");
    }
}
