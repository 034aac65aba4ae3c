package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;

/**
 * The front door of the comparison: analyses in, fact groups out, optionally restricted to one measure and to
 * facts about one entity — a place (with containment: "Kazakhstan" selects facts placed in Almaty too) or a
 * source ("Serik Shalabayev" selects facts he is credited with).
 */
public final class FactComparison {
    private final ReportExtractor extractor;
    private final FactGrouper grouper;

    public FactComparison(ReportExtractor extractor, FactOptions options) {
        this.extractor = extractor;
        this.grouper = new FactGrouper(options);
    }

    private Gazetteer gazetteer = Gazetteer.basic();

    /** With cue words from the installed language packs and default tolerances. */
    public static FactComparison standard() {
        return standard(Gazetteer.basic());
    }

    /** As {@link #standard()}, with a gazetteer placing figures and resolving {@code entity} (e.g. the KB's). */
    public static FactComparison standard(Gazetteer gazetteer) {
        FactComparison c = new FactComparison(ReportExtractor.fromLanguagePacks(gazetteer), FactOptions.defaults());
        c.gazetteer = gazetteer;
        return c;
    }

    public ReportExtractor extractor() {
        return extractor;
    }

    public List<FactGroup> compare(Iterable<Analysis> analyses, Optional<Measure> measure, Optional<String> entity) {
        List<Report> reports = new ArrayList<>();
        for (Analysis a : analyses) {
            for (Report r : extractor.reports(a)) {
                if (measure.isEmpty() || measure.get() == r.measure()) reports.add(r);
            }
        }
        return compareReports(reports, entity);
    }

    /**
     * Groups reports already extracted (e.g. kept by a store) — copies of one wire story merged into one report
     * first — then keeps the groups about {@code entity}.
     */
    public List<FactGroup> compareReports(List<Report> reports, Optional<String> entity) {
        List<FactGroup> groups = grouper.group(WireCopies.merge(reports));
        if (entity.isEmpty() || entity.get().isBlank()) return groups;
        EntityFilter filter = new EntityFilter(entity.get(), gazetteer);
        return groups.stream().filter(filter::matches).toList();
    }
}
