package org.newsgraph.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.core.model.Measure;

/**
 * Groups reports into facts — same measure, same place (places folded into their country), a period in which
 * each report follows the previous one within {@link FactOptions#chainDays()} — and relates the reports of each
 * group: each report with the earlier ones {@link ComparedPairs} chooses (every pair in a small group; in a long
 * story its recent neighbours and the latest report of each recently heard source), so the work grows linearly
 * with the reports of a group. Pure and deterministic: the same reports in any order give the same groups.
 */
public final class FactGrouper {
    private static final Comparator<Report> TIME_ORDER = Comparator
            .comparing((Report r) -> r.timelineDate().orElse(LocalDate.MAX))
            .thenComparing(r -> r.published().orElse(LocalDate.MAX))
            .thenComparing(r -> !r.earlier())
            .thenComparing(Report::articleId)
            .thenComparingInt(Report::figureIndex);

    private final FactOptions options;
    private final ReportRelations relations;

    public FactGrouper(FactOptions options) {
        this.options = options;
        this.relations = new ReportRelations(options);
    }

    public List<FactGroup> group(List<Report> reports) {
        Map<String, List<Report>> buckets = new LinkedHashMap<>();
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(TIME_ORDER);
        for (Report r : sorted) {
            buckets.computeIfAbsent(r.measure().name() + "\u0000" + r.place().key(), k -> new ArrayList<>()).add(r);
        }
        List<FactGroup> groups = new ArrayList<>();
        for (List<Report> bucket : buckets.values()) {
            List<Report> current = new ArrayList<>();
            LocalDate last = null;
            for (Report r : bucket) {
                LocalDate d = r.timelineDate().orElse(null);
                boolean gap = last != null && (d == null || ChronoUnit.DAYS.between(last, d) > options.chainDays());
                if (gap && !current.isEmpty()) {
                    groups.add(build(current));
                    current = new ArrayList<>();
                }
                current.add(r);
                if (d != null) last = d;
            }
            if (!current.isEmpty()) groups.add(build(current));
        }
        groups.sort(Comparator.comparing((FactGroup g) -> g.from().orElse(LocalDate.MAX))
                .thenComparing(g -> g.measure().ordinal())
                .thenComparing(g -> g.place().key()));
        return groups;
    }

    private FactGroup build(List<Report> reports) {
        Measure measure = reports.get(0).measure();
        Place place = reports.get(0).place();
        // the listed relations are the first ones in (earlier index, later index) order, as if every pair were
        // walked: keep the smallest keys while the pairs are visited later report by later report
        TreeMap<Long, Relation> listed = new TreeMap<>();
        int agreements = 0;
        int contradictions = 0;
        int updates = 0;
        boolean contradictionAmongLive = false;
        // a source key is a Unicode normalisation: once per report, not once per comparison
        List<Optional<String>> sources = reports.stream().map(Report::sourceKey).toList();
        ComparedPairs pairs = new ComparedPairs(sources, options.comparedNeighbours(), options.comparedSources());
        for (int j = 0; j < reports.size(); j++) {
            for (int i : pairs.earlierPartners(j)) {
                Optional<Relation> rel = relations.relate(reports.get(i), i, sources.get(i), reports.get(j), j, sources.get(j));
                if (rel.isEmpty()) continue;
                switch (rel.get().type()) {
                    case AGREEMENT -> agreements++;
                    case CONTRADICTION -> {
                        contradictions++;
                        if (!reports.get(i).retracted() && !reports.get(j).retracted()) contradictionAmongLive = true;
                    }
                    case UPDATE -> updates++;
                }
                if (options.maxListedRelations() > 0) {
                    listed.put((long) i * reports.size() + j, rel.get());
                    if (listed.size() > options.maxListedRelations()) listed.pollLastEntry();
                }
            }
        }
        List<List<Integer>> retractedBy = retractedBy(reports);
        int retracted = (int) reports.stream().filter(Report::retracted).count();
        FactGroup.Status status = contradictionAmongLive ? FactGroup.Status.CONTESTED
                : updates > 0 ? FactGroup.Status.REVISED : FactGroup.Status.CONSISTENT;
        Optional<LocalDate> from = reports.stream().map(Report::timelineDate).flatMap(Optional::stream).min(Comparator.naturalOrder());
        Optional<LocalDate> to = reports.stream().map(Report::timelineDate).flatMap(Optional::stream).max(Comparator.naturalOrder());
        return new FactGroup(measure, place, from, to, reports, new ArrayList<>(listed.values()),
                new FactGroup.Counts(reports.size(), agreements, contradictions, updates, retracted),
                retractedBy, status, latest(reports, retractedBy));
    }

    /**
     * A report carries a retracted value when another article, published on the same day or later (within the
     * same-time window of it), retracts a compatible value: the Reuters "164" stands corrected by the article that
     * calls the 164 a technical error. Reports published after the retraction are left alone.
     */
    private List<List<Integer>> retractedBy(List<Report> reports) {
        // only the retracted reports can retract: the work is reports × retractions, not reports²
        List<Integer> retractions = new ArrayList<>();
        for (int q = 0; q < reports.size(); q++) if (reports.get(q).retracted()) retractions.add(q);
        List<ValueRange> retractedRanges = retractions.stream().map(q -> ValueRange.of(reports.get(q), options)).toList();
        List<List<Integer>> out = new ArrayList<>();
        for (Report r : reports) {
            List<Integer> by = new ArrayList<>();
            ValueRange range = r.retracted() || retractions.isEmpty() ? null : ValueRange.of(r, options);
            for (int k = 0; range != null && k < retractions.size(); k++) {
                Report retraction = reports.get(retractions.get(k));
                if (!retraction.subgroup().equals(r.subgroup()) || !retraction.marks().scope().equals(r.marks().scope())
                        || retraction.articleId().equals(r.articleId())) continue;
                boolean notAfter = r.published().isEmpty() || retraction.published().isEmpty()
                        || ChronoUnit.DAYS.between(retraction.published().get(), r.published().get()) <= 0;
                if (notAfter && range.meets(retractedRanges.get(k))) by.add(retractions.get(k));
            }
            out.add(by);
        }
        return out;
    }

    private static List<Integer> latest(List<Report> reports, List<List<Integer>> retractedBy) {
        LocalDate newest = null;
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (r.retracted() || r.earlier() || r.subgroup().isPresent() || r.marks().scope().isPresent()
                    || !retractedBy.get(i).isEmpty()
                    || r.published().isEmpty()) continue;
            if (newest == null || r.published().get().isAfter(newest)) newest = r.published().get();
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (r.retracted() || r.earlier() || r.subgroup().isPresent() || r.marks().scope().isPresent()
                    || !retractedBy.get(i).isEmpty()) continue;
            if (newest == null ? r.published().isEmpty() : r.published().filter(newest::equals).isPresent()) out.add(i);
        }
        return out;
    }
}
