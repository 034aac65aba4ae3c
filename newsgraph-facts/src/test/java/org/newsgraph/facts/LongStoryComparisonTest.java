package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Measure;

/** A story that runs for months is compared with work linear in its reports, and a short one pair by pair. */
class LongStoryComparisonTest {
    private static final Place NORLAND = new Place("NL", "Norland");
    private static final FactOptions OPTIONS = FactOptions.defaults();

    private static Report report(String article, LocalDate published, double value, String source) {
        return new Report(article, Optional.empty(), Optional.of("Outlet " + article), "en", Optional.of(published),
                Optional.of(published), 0, Measure.KILLED, value, OptionalDouble.empty(), false, Optional.empty(),
                value + " killed", "The war has killed " + value + " people, " + source + " said.",
                Optional.of(source), NORLAND, List.of("Norland"), false, Optional.empty(), Optional.empty(), List.of());
    }

    /** Six months of daily coverage: 20 reports a day from 40 sources, the toll rising a little every day. */
    private static List<Report> war(int days) {
        List<Report> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2030, 1, 1);
        for (int d = 0; d < days; d++) {
            for (int k = 0; k < 20; k++) {
                int source = (d * 7 + k) % 40;
                // sources disagree a little on a day: some contradictions, many agreements, daily updates
                out.add(report("d" + d + "-" + k, start.plusDays(d), 100 + 10 * d + (k % 3), "agency " + source));
            }
        }
        return out;
    }

    @Test
    void aMonthsLongStoryStaysOneGroupWithRelationsBoundedPerReport() {
        List<Report> reports = war(180);
        List<FactGroup> groups = new FactGrouper(OPTIONS).group(reports);

        assertThat(groups).singleElement().satisfies(g -> {
            int n = g.reports().size();
            assertThat(n).isEqualTo(3600);
            FactGroup.Counts c = g.counts();
            long related = (long) c.agreements() + c.contradictions() + c.updates();
            // every pair would be n(n-1)/2 ≈ 6.5 million; each report relates to at most its neighbours,
            // its own source's latest report and the latest reports of the recently heard sources
            int perReport = OPTIONS.comparedNeighbours() + OPTIONS.comparedSources() + 1;
            assertThat(related).isGreaterThan(n).isLessThanOrEqualTo((long) perReport * n);
            assertThat(g.relations()).hasSize(OPTIONS.maxListedRelations());
            assertThat(g.status()).isEqualTo(FactGroup.Status.CONTESTED);
            assertThat(g.latest()).hasSize(20);
        });
    }

    @Test
    void aSourceRevisingItselfLongAfterIsStillAnUpdateOfItsOwnCount() {
        List<Report> reports = new ArrayList<>(war(30));
        // the ministry spoke on day 0 and again on day 29, hundreds of reports later
        reports.add(report("ministry-first", LocalDate.of(2030, 1, 1), 7, "the ministry"));
        reports.add(report("ministry-revised", LocalDate.of(2030, 1, 30), 5, "the ministry"));
        FactGroup g = new FactGrouper(OPTIONS).group(reports).get(0);
        int first = indexOf(g, "ministry-first");
        int revised = indexOf(g, "ministry-revised");
        assertThat(revised - first).isGreaterThan(OPTIONS.comparedNeighbours());

        List<Relation> all = new ArrayList<>();
        FactOptions listEverything = new FactOptions(OPTIONS.chainDays(), OPTIONS.sameTimeDays(),
                OPTIONS.approxTolerance(), OPTIONS.boundSpan(), Integer.MAX_VALUE);
        all.addAll(new FactGrouper(listEverything).group(reports).get(0).relations());
        assertThat(all).contains(new Relation(Relation.Type.UPDATE, first, revised,
                "later count, 29 days after, same source"));
    }

    @Test
    void aShortStoryRelatesEveryPairOfReports() {
        List<Report> reports = new ArrayList<>();
        int n = OPTIONS.comparedNeighbours() + 1;
        for (int i = 0; i < n; i++) {
            reports.add(report("r" + i, LocalDate.of(2030, 1, 1).plusDays(i / 10), 100 + i, "source " + i));
        }
        FactGroup g = new FactGrouper(OPTIONS).group(reports).get(0);
        FactGroup.Counts c = g.counts();
        // distinct values from distinct sources: every pair is either a contradiction or an update
        assertThat(c.agreements() + c.contradictions() + c.updates()).isEqualTo(n * (n - 1) / 2);
    }

    @Test
    void theComparedPairsAreTheNeighboursThenTheLatestOfRecentSources() {
        List<Report> reports = List.of(
                report("a", LocalDate.of(2030, 1, 1), 1, "x"),
                report("b", LocalDate.of(2030, 1, 1), 2, "y"),
                report("c", LocalDate.of(2030, 1, 2), 3, "x"),
                report("d", LocalDate.of(2030, 1, 2), 4, "z"),
                report("e", LocalDate.of(2030, 1, 3), 5, "w"),
                report("f", LocalDate.of(2030, 1, 3), 6, "x"));
        ComparedPairs pairs = new ComparedPairs(reports.stream().map(Report::sourceKey).toList(), 1, 1);
        assertThat(pairs.earlierPartners(0)).isEmpty();
        assertThat(pairs.earlierPartners(1)).containsExactly(0);
        assertThat(pairs.earlierPartners(2)).containsExactly(0, 1);       // own source x, the neighbour y
        assertThat(pairs.earlierPartners(3)).containsExactly(1, 2);       // y heard most recently beyond the window
        assertThat(pairs.earlierPartners(4)).containsExactly(2, 3);       // x
        assertThat(pairs.earlierPartners(5)).containsExactly(2, 3, 4);    // own x, then z, then the neighbour w
    }

    private static int indexOf(FactGroup g, String article) {
        for (int i = 0; i < g.reports().size(); i++) if (g.reports().get(i).articleId().equals(article)) return i;
        throw new AssertionError(article);
    }
}
