package org.newsgraph.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of one wire story count once: reports of different articles that give the same figure in the same
 * sentence (the agency's text, republished by several outlets, maybe days apart) become one report — the first
 * published — listing the other articles and outlets as its copies. Twenty outlets printing one AFP dispatch are
 * one claim, not twenty sources in agreement. Linear in the reports (one hash key each).
 */
final class WireCopies {
    /** Sentences shorter than this ("Свыше 4,5 тыс.") are too common to prove a copy. */
    private static final int MIN_SENTENCE_CHARS = 40;

    private WireCopies() {
    }

    static List<Report> merge(List<Report> reports) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing((Report r) -> r.published().orElse(LocalDate.MAX))
                .thenComparing(Report::articleId).thenComparingInt(Report::figureIndex));
        Map<String, Integer> firstByKey = new LinkedHashMap<>();
        List<Report> out = new ArrayList<>();
        List<List<Report.Copy>> copies = new ArrayList<>();
        for (Report r : ordered) {
            String sentence = TextKeys.key(r.sentence());
            if (sentence.length() < MIN_SENTENCE_CHARS) {
                out.add(r);
                copies.add(new ArrayList<>(r.marks().copies()));
                continue;
            }
            String key = r.measure() + "\u0000" + r.value() + "\u0000" + r.max() + "\u0000" + r.bound() + "\u0000" + sentence;
            Integer first = firstByKey.get(key);
            if (first != null && !out.get(first).articleId().equals(r.articleId())) {
                copies.get(first).add(new Report.Copy(r.articleId(), r.outlet(), r.url(), r.published()));
                continue;
            }
            firstByKey.putIfAbsent(key, out.size());
            out.add(r);
            copies.add(new ArrayList<>(r.marks().copies()));
        }
        for (int i = 0; i < out.size(); i++) {
            if (copies.get(i).size() > out.get(i).marks().copies().size()) {
                out.set(i, out.get(i).withMarks(out.get(i).marks().withCopies(copies.get(i))));
            }
        }
        return out;
    }
}
