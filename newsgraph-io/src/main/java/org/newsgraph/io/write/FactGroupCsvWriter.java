package org.newsgraph.io.write;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.facts.Report;

/**
 * {@code compare --format csv}: one RFC 4180 row per report of each fact group — the group's measure, place,
 * period and status beside the report's article, outlet, dates, value, bounds, source and retraction — under one
 * header row. The JSON of docs/compare.md keeps the relations; this table is for spreadsheets and SQL.
 */
public final class FactGroupCsvWriter {
    public static final List<String> HEADER = List.of("group", "measure", "place", "period_from", "period_to", "status",
            "report", "article", "url", "outlet", "lang", "published", "event_date", "value", "max", "approximate",
            "bound", "source", "earlier", "subgroup", "retracted", "retraction_cue", "text", "sentence");

    public String toCsv(List<FactGroup> groups) {
        StringBuilder b = new StringBuilder(Csv.record(HEADER));
        for (int g = 0; g < groups.size(); g++) {
            FactGroup fg = groups.get(g);
            for (int i = 0; i < fg.reports().size(); i++) {
                Report r = fg.reports().get(i);
                b.append(Csv.record(List.of(String.valueOf(g), fg.measure().jsonName(), fg.place().name(),
                        date(fg.from()), date(fg.to()), fg.status().jsonName(), String.valueOf(i), r.articleId(),
                        r.url().orElse(""), r.outlet().orElse(""), r.lang(), date(r.published()), date(r.eventDate()),
                        FigureCsvFormat.number(r.value()),
                        r.max().isPresent() ? FigureCsvFormat.number(r.max().getAsDouble()) : "",
                        String.valueOf(r.approximate()),
                        r.bound().map(x -> x.name().toLowerCase(java.util.Locale.ROOT)).orElse(""),
                        r.source().orElse(""), String.valueOf(r.earlier()), r.subgroup().orElse(""),
                        String.valueOf(r.retracted()), r.retractionCue().orElse(""), r.text(), r.sentence())));
            }
        }
        return b.toString();
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("");
    }
}
