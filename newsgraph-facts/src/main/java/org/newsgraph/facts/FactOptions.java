package org.newsgraph.facts;

/**
 * The tolerances of the comparison.
 *
 * @param chainDays      reports of one measure and place stay in one fact while each is at most this many days
 *                       after the previous one (a story's coverage runs on; a new event weeks later is a new fact)
 * @param sameTimeDays   two reports at most this many days apart are "at about the same time": differing values
 *                       then contradict each other rather than update
 * @param approxTolerance relative width of an approximate value ("about 1,000" covers 850–1,150 at 0.15)
 * @param boundSpan      how far past its bound an open bound reaches ("more than 4,300" covers 4,300–5,375 at 0.25)
 * @param maxListedRelations relations listed per group (all that are compared are counted)
 * @param comparedNeighbours each report is compared with this many reports just before it in its group (so a
 *                       group of up to this many + 1 reports relates every pair)…
 * @param comparedSources …and, further back, with the latest report of its own source and of this many sources
 *                       heard from most recently: a long story costs work linear in its reports
 */
public record FactOptions(int chainDays, int sameTimeDays, double approxTolerance, double boundSpan,
                          int maxListedRelations, int comparedNeighbours, int comparedSources) {

    public static final int DEFAULT_COMPARED_NEIGHBOURS = 64;
    public static final int DEFAULT_COMPARED_SOURCES = 32;

    public static FactOptions defaults() {
        return new FactOptions(21, 1, 0.15, 0.25, 2000);
    }

    /** With the default bounds on the reports each report is compared with. */
    public FactOptions(int chainDays, int sameTimeDays, double approxTolerance, double boundSpan,
                       int maxListedRelations) {
        this(chainDays, sameTimeDays, approxTolerance, boundSpan, maxListedRelations,
                DEFAULT_COMPARED_NEIGHBOURS, DEFAULT_COMPARED_SOURCES);
    }

    public FactOptions {
        if (chainDays < 0 || sameTimeDays < 0) throw new IllegalArgumentException("chainDays and sameTimeDays must be >= 0");
        if (approxTolerance < 0 || approxTolerance >= 1) throw new IllegalArgumentException("approxTolerance must be in [0, 1)");
        if (boundSpan < 0) throw new IllegalArgumentException("boundSpan must be >= 0");
        if (comparedNeighbours < 1 || comparedSources < 0) {
            throw new IllegalArgumentException("comparedNeighbours must be >= 1 and comparedSources >= 0");
        }
    }
}
