package org.newsgraph.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.io.write.FigureNotation;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.facts.Relation;
import org.newsgraph.facts.Report;

/**
 * Fact groups for a reader: a heading per group (measure, place, period, status, counts), one line per report in
 * time order (date, value, outlet, source, marks), then the contradictions and the updates, one line per pair of
 * distinct values.
 * Agreements are only counted: they are what nobody needs to look at.
 */
final class FactGroupText {
    private static final int MAX_RELATION_LINES = 12;
    private final boolean colour;

    FactGroupText(boolean colour) {
        this.colour = colour;
    }

    String render(List<FactGroup> groups) {
        if (groups.isEmpty()) return "no figures match: ingest articles with figures, or widen --entity/--measure";
        StringBuilder b = new StringBuilder();
        for (FactGroup g : groups) {
            if (b.length() > 0) b.append('\n');
            group(b, g);
        }
        return b.toString().stripTrailing();
    }

    private void group(StringBuilder b, FactGroup g) {
        FactGroup.Counts c = g.counts();
        b.append(bold(g.measure().jsonName() + " · " + g.place().name())).append(" · ")
                .append(date(g.from())).append(" → ").append(date(g.to())).append(" · ")
                .append(status(g.status())).append('\n');
        b.append("  ").append(c.reports()).append(" reports: ").append(c.agreements()).append(" agreements, ")
                .append(c.contradictions()).append(" contradictions, ").append(c.updates()).append(" updates, ")
                .append(c.retracted()).append(" retracted");
        if (!g.latest().isEmpty()) {
            b.append("; latest: ");
            for (int i = 0; i < g.latest().size(); i++) {
                if (i > 0) b.append(", ");
                b.append(value(g.reports().get(g.latest().get(i))));
            }
        }
        b.append('\n');
        for (int i = 0; i < g.reports().size(); i++) {
            Report r = g.reports().get(i);
            b.append(String.format(Locale.ROOT, "  [%d] %s  %-10s %s (%s)", i, date(r.published()), value(r),
                    outlets(r), r.lang()));
            if (r.denied()) {
                b.append("  ").append(red("DENIED" + r.marks().deniedBy().map(by -> " by " + by).orElse("")
                        + r.published().map(d -> " on " + d).orElse("")));
                r.source().ifPresent(src -> b.append("  reported by: ").append(src));
            } else {
                b.append("  source: ").append(r.source().orElse("—"));
                if (r.retracted()) b.append("  ").append(red("RETRACTED")).append(" (\"").append(r.retractionCue().get()).append("\")");
            }
            if (!g.retractedBy().get(i).isEmpty()) b.append("  ").append(red("retracted by " + refs(g.retractedBy().get(i))));
            if (r.earlier()) b.append("  (given as an earlier count)");
            r.subgroup().ifPresent(word -> b.append("  (counts one group: ").append(word).append(')'));
            r.marks().scope().ifPresent(scope -> b.append("  (counts only: ").append(scope).append(')'));
            r.marks().locality().ifPresent(place -> b.append("  (in ").append(place).append(')'));
            b.append('\n');
            b.append("        ").append(r.articleId()).append(": ").append(quote(r.sentence())).append('\n');
            for (Report.Part p : r.parts()) {
                b.append("        └ of which ").append(FigureNotation.number(p.value()))
                        .append(p.scope().map(sc -> " (" + sc + ")").orElse("")).append(": ").append(quote(p.text())).append('\n');
            }
            if (!r.marks().copies().isEmpty()) {
                b.append("        the same wire story in: ");
                for (int k = 0; k < r.marks().copies().size(); k++) {
                    Report.Copy copy = r.marks().copies().get(k);
                    b.append(k == 0 ? "" : ", ").append(copy.articleId()).append(copy.outlet().map(o -> " (" + o + ")").orElse(""));
                }
                b.append('\n');
            }
        }
        relations(b, g, Relation.Type.CONTRADICTION, " × ", red("contradiction"));
        relations(b, g, Relation.Type.UPDATE, " → ", "update");
    }

    /**
     * One line per distinct pair of values ("update 164 [3, 8] → 225 [11, 13]: later count, 6 days after"):
     * twenty outlets repeating two numbers make one line, not two hundred.
     */
    private static void relations(StringBuilder b, FactGroup g, Relation.Type type, String arrow, String label) {
        Map<String, Set<Integer>[]> pairs = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Relation rel : g.relations()) {
            if (rel.type() != type) continue;
            int a = rel.from();
            int z = rel.to();
            // a contradiction has no direction: 1,000 × 4,578 and 4,578 × 1,000 are one line
            if (type == Relation.Type.CONTRADICTION && value(g.reports().get(a)).compareTo(value(g.reports().get(z))) > 0) {
                a = rel.to();
                z = rel.from();
            }
            String key = value(g.reports().get(a)) + arrow + value(g.reports().get(z));
            @SuppressWarnings("unchecked")
            Set<Integer>[] sides = pairs.computeIfAbsent(key, k -> new Set[] {new TreeSet<>(), new TreeSet<>()});
            sides[0].add(a);
            sides[1].add(z);
            // the reason most telling for a reader: "at about the same time" over "n days after"
            String old = reasons.get(key);
            if (old == null || rel.reason().contains("same time") && !old.contains("same time")) reasons.put(key, rel.reason());
        }
        List<Map.Entry<String, Set<Integer>[]>> lines = new java.util.ArrayList<>(pairs.entrySet());
        // the pairs most outlets repeat first
        lines.sort(java.util.Comparator.comparingInt((Map.Entry<String, Set<Integer>[]> e) ->
                -(e.getValue()[0].size() + e.getValue()[1].size())));
        int shown = 0;
        for (var e : lines) {
            if (shown++ == MAX_RELATION_LINES) {
                b.append("  … and ").append(pairs.size() - MAX_RELATION_LINES).append(" more (--format json lists them all)\n");
                break;
            }
            String[] values = e.getKey().split(java.util.regex.Pattern.quote(arrow));
            b.append("  ").append(label).append(' ').append(values[0]).append(' ').append(e.getValue()[0])
                    .append(arrow).append(values[1]).append(' ').append(e.getValue()[1])
                    .append(": ").append(reasons.get(e.getKey())).append('\n');
        }
    }

    /** "225", "~1,000", "≥4,300", "<50", "100–300": the notation of the analysis summary. */
    static String value(Report r) {
        return FigureNotation.of(r.value(), r.max(), r.approximate(), r.bound());
    }

    /** The outlet, and those of the copies of the same wire story. */
    private static String outlets(Report r) {
        StringBuilder b = new StringBuilder(r.outlet().orElse("?"));
        for (Report.Copy c : r.marks().copies()) c.outlet().ifPresent(o -> b.append(" + ").append(o));
        return b.toString();
    }

    private static String refs(List<Integer> indices) {
        StringBuilder b = new StringBuilder();
        for (int i : indices) b.append(b.length() == 0 ? "" : ", ").append('[').append(i).append(']');
        return b.toString();
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("????-??-??");
    }

    private static String quote(String s) {
        String t = s.replaceAll("\\s+", " ");
        return "\"" + (t.length() > 160 ? t.substring(0, 159) + "…" : t) + "\"";
    }

    private String status(FactGroup.Status s) {
        return s == FactGroup.Status.CONTESTED ? red(s.jsonName()) : bold(s.jsonName());
    }

    private String bold(String s) {
        return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    private String red(String s) {
        return colour ? "\u001b[31m" + s + "\u001b[0m" : s;
    }
}
