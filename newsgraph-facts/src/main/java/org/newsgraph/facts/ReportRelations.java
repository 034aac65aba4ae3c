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
        boolean sameArticle = x.articleId().equals(y.articleId());
        boolean differentSources = x.sourceKey().isPresent() && y.sourceKey().isPresent()
                && !x.sourceKey().equals(y.sourceKey());
        if (sameArticle && !differentSources && x.earlier() == y.earlier()) return Optional.empty();

        int lo = Math.min(ix, iy);
        int hi = Math.max(ix, iy);
        if (ValueRange.of(x, options).meets(ValueRange.of(y, options))) {
            return Optional.of(new Relation(Relation.Type.AGREEMENT, lo, hi, "compatible values"));
        }
        long days = daysBetween(x, y);   // > 0: y is later
        if (Math.abs(days) <= options.sameTimeDays() && x.earlier() != y.earlier()) {
            // "the previous toll was 164" against today's 225: the text itself orders them
            return x.earlier()
                    ? Optional.of(new Relation(Relation.Type.UPDATE, ix, iy, "reported as an earlier count"))
                    : Optional.of(new Relation(Relation.Type.UPDATE, iy, ix, "reported as an earlier count"));
        }
        if (Math.abs(days) > options.sameTimeDays()) {
            return days > 0
                    ? Optional.of(new Relation(Relation.Type.UPDATE, ix, iy, "later count, " + days + " days after"))
                    : Optional.of(new Relation(Relation.Type.UPDATE, iy, ix, "later count, " + -days + " days after"));
        }
        String why = differentSources ? "different sources at about the same time"
                : x.sourceKey().isPresent() && x.sourceKey().equals(y.sourceKey())
                ? "same source, different values at about the same time"
                : "different values at about the same time";
        return Optional.of(new Relation(Relation.Type.CONTRADICTION, lo, hi, why));
    }

    /** Days from x's publication to y's; 0 when either is undated. */
    private static long daysBetween(Report x, Report y) {
        if (x.published().isEmpty() || y.published().isEmpty()) return 0;
        return ChronoUnit.DAYS.between(x.published().get(), y.published().get());
    }
}
