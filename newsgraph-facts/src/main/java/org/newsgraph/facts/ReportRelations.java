package org.newsgraph.facts;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Relates two reports of one fact: agreement, contradiction or update. Pure. */
public final class ReportRelations {
    private final FactOptions options;

    public ReportRelations(FactOptions options) {
        this.options = options;
    }

    /**
     * The relation of reports {@code x} (at index {@code ix}) and {@code y} (at {@code iy}); empty when they are
     * not comparable claims: two figures of one article from one source (a breakdown, a restatement) are the
     * article's own arithmetic, not two outlets' claims.
     */
    public Optional<Relation> relate(Report x, int ix, Report y, int iy) {
        return relate(x, ix, x.sourceKey(), y, iy, y.sourceKey());
    }

    /** As {@link #relate(Report, int, Report, int)} with the reports' source keys computed once by the caller. */
    Optional<Relation> relate(Report x, int ix, Optional<String> xSource, Report y, int iy, Optional<String> ySource) {
        // a figure reported only to be denied is nobody's claim: it neither agrees with, updates nor disputes a
        // count (its denial withdraws the same value reported before: see FactGrouper's retractions)
        if (x.denied() || y.denied()) return Optional.empty();
        boolean sameArticle = x.articleId().equals(y.articleId());
        boolean differentSources = xSource.isPresent() && ySource.isPresent() && !xSource.equals(ySource);
        if (sameArticle && !differentSources && x.earlier() == y.earlier()) return Optional.empty();
        // "12 police killed" or "60 in hospital" is not a competing death toll; two counts of one group still
        // compare; so do a count for a city and one that names no place, but not counts for two cities
        if (!x.subgroup().equals(y.subgroup()) || !x.marks().scope().equals(y.marks().scope())) return Optional.empty();
        if (x.marks().locality().isPresent() && y.marks().locality().isPresent()
                && !TextKeys.key(x.marks().locality().get()).equals(TextKeys.key(y.marks().locality().get()))) {
            return Optional.empty();
        }

        int lo = Math.min(ix, iy);
        int hi = Math.max(ix, iy);
        if (ValueRange.of(x, options).meets(ValueRange.of(y, options))) {
            return Optional.of(new Relation(Relation.Type.AGREEMENT, lo, hi, "compatible values"));
        }
        // an older count quoted by an article is of unknown date: against another article's count published before
        // it, or another quoted older count, it neither updates nor disputes anything
        if (!sameArticle && (x.earlier() && y.earlier() || x.earlier() && publishedBefore(y, x)
                || y.earlier() && publishedBefore(x, y))) {
            return Optional.empty();
        }
        long days = daysBetween(x, y);   // > 0: y is later
        // which is later: the later publication, or within the same days the one not given as an earlier count
        // ("the previous toll was 164" against today's 225: the text itself orders them)
        int order = Math.abs(days) > options.sameTimeDays() ? Long.signum(days)
                : x.earlier() != y.earlier() ? (x.earlier() ? 1 : -1) : 0;
        if (order != 0) {
            Report earlier = order > 0 ? x : y;
            Report later = order > 0 ? y : x;
            int from = order > 0 ? ix : iy;
            int to = order > 0 ? iy : ix;
            // "it had earlier acknowledged fewer than 50" in a later article: a count of unknown date, which
            // neither updates nor disputes what was published in between
            if (Math.abs(days) > options.sameTimeDays() && later.earlier()) return Optional.empty();
            Optional<String> laterSource = order > 0 ? ySource : xSource;
            boolean sameSource = laterSource.isPresent() && laterSource.equals(order > 0 ? xSource : ySource);
            String when = Math.abs(days) > options.sameTimeDays() ? Math.abs(days) + " days after" : "given as the newer count";
            // tolls grow as bodies are counted: a rise is a revision whoever reports it; a fall is one only when
            // the same source revises itself, otherwise it disputes the earlier count
            if (sameSource || later.value() > earlier.value()) {
                return Optional.of(new Relation(Relation.Type.UPDATE, from, to,
                        "later count, " + when + (sameSource ? ", same source" : "")));
            }
            return Optional.of(new Relation(Relation.Type.CONTRADICTION, lo, hi,
                    "lower than an earlier count from another source, " + when));
        }
        String why = differentSources ? "different sources at about the same time"
                : xSource.isPresent() && xSource.equals(ySource)
                ? "same source, different values at about the same time"
                : "different values at about the same time";
        return Optional.of(new Relation(Relation.Type.CONTRADICTION, lo, hi, why));
    }

    /** Whether x was published strictly before y (false when either is undated). */
    private static boolean publishedBefore(Report x, Report y) {
        return x.published().isPresent() && y.published().isPresent() && x.published().get().isBefore(y.published().get());
    }

    /** Days from x's publication to y's; 0 when either is undated. */
    private static long daysBetween(Report x, Report y) {
        if (x.published().isEmpty() || y.published().isEmpty()) return 0;
        return ChronoUnit.DAYS.between(x.published().get(), y.published().get());
    }
}
