package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts an article's breakdowns under the count they break down: a figure that counts one group ("19 police"), one
 * status ("60 in serious condition", "175 died in hospital"), a share of a count just given ("68 of them") or one
 * place inside the country ("103 in Almaty") becomes a part of the largest figure of the same measure and place in
 * the same article that has no such limit and a larger value. A breakdown with no such total in its article stays a
 * report of its own, compared only with reports of the same scope.
 */
final class Breakdowns {
    private Breakdowns() {
    }

    static List<Report> fold(List<Report> reports) {
        boolean any = false;
        for (Report r : reports) any |= r.isBreakdown();
        if (!any) return reports;
        List<Report> out = new ArrayList<>(reports);
        boolean[] folded = new boolean[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (!r.isBreakdown()) continue;
            int whole = -1;
            for (int j = 0; j < reports.size(); j++) {
                Report w = reports.get(j);
                if (j == i || w.isBreakdown() || w.measure() != r.measure() || !w.place().equals(r.place())
                        || w.value() <= r.value() || w.earlier() != r.earlier()) continue;
                if (whole < 0 || w.value() > reports.get(whole).value()) whole = j;
            }
            if (whole < 0) continue;
            Report w = out.get(whole);
            List<Report.Part> parts = new ArrayList<>(w.parts());
            parts.add(new Report.Part(r.value(), r.text(), scopeOf(r)));
            out.set(whole, w.withParts(parts));
            folded[i] = true;
        }
        List<Report> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (!folded[i]) kept.add(out.get(i));
        return kept;
    }

    /** What limits a breakdown, for display: its group noun, status or place. */
    static Optional<String> scopeOf(Report r) {
        return r.marks().scope().filter(s -> !s.equals("part")).or(r::subgroup).or(() -> r.marks().locality())
                .or(r.marks()::scope);
    }
}
