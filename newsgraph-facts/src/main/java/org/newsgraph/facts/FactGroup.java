package org.newsgraph.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.core.model.Measure;

/**
 * One fact as the sources report it: every report of one measure at one place over one period, in time order,
 * how each pair of them relates, which reports are retracted (by their own article) or carry a value that a
 * later article retracted ({@code retractedBy}, aligned with {@code reports}), and a summary.
 *
 * @param latest indices of the newest reports that are neither retracted nor presented as an earlier count:
 *               what the sources said last
 */
public record FactGroup(Measure measure, Place place, Optional<LocalDate> from, Optional<LocalDate> to,
                        List<Report> reports, List<Relation> relations, Counts counts,
                        List<List<Integer>> retractedBy, Status status, List<Integer> latest) {

    public FactGroup {
        reports = List.copyOf(reports);
        relations = List.copyOf(relations);
        retractedBy = retractedBy.stream().map(List::copyOf).toList();
        latest = List.copyOf(latest);
    }

    /** How many pairs relate each way (all pairs, even when the listed relations are capped), and retractions. */
    public record Counts(int reports, int agreements, int contradictions, int updates, int retracted) {
    }

    /** The summary of a group. */
    public enum Status {
        /** one report, or only agreements */
        CONSISTENT,
        /** the count changed over time, and no two sources contradict each other */
        REVISED,
        /** sources give incompatible values at about the same time */
        CONTESTED;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
