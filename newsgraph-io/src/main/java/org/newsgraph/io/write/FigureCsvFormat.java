package org.newsgraph.io.write;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Figure;

/**
 * {@code --format csv} for analyses: one RFC 4180 row per figure, with its article, outlet, date, measure, value,
 * bounds, place, source and sentence (docs/interop.md), under one header row. Empty cells for unknown values, so a
 * reader types each column (DuckDB's {@code read_csv_auto}: {@code date} DATE, {@code value} a number,
 * {@code approximate} BOOLEAN).
 */
public final class FigureCsvFormat implements AnalysisFormat {
    public static final List<String> HEADER = List.of("article", "url", "outlet", "lang", "date", "figure", "measure",
            "value", "max", "approximate", "bound", "part_of", "place", "place_country", "source", "source_entity",
            "text", "start", "end", "sentence");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "one CSV row per figure (RFC 4180, UTF-8): article, outlet, date, measure, value, bounds, place, source, sentence";
    }

    @Override
    public String fileName() {
        return "figures.csv";
    }

    @Override
    public boolean oneFilePerBatch() {
        return true;
    }

    @Override
    public AnalysisSink open(Writer out, WriteOptions options) {
        return new AnalysisSink() {
            private boolean header;

            @Override
            public void write(Analysis a) throws java.io.IOException {
                if (!header) {
                    out.write(Csv.record(HEADER));
                    header = true;
                }
                for (List<String> row : rows(a)) out.write(Csv.record(row));
            }

            @Override
            public void close() throws java.io.IOException {
                if (!header) out.write(Csv.record(HEADER));
            }
        };
    }

    /** The figure rows of one analysis. */
    public static List<List<String>> rows(Analysis a) {
        FigureContext context = new FigureContext(a);
        String date = a.published().filter(p -> p.matches("\\d{4}-\\d{2}-\\d{2}.*")).map(p -> p.substring(0, 10)).orElse("");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < a.figures().size(); i++) {
            Figure f = a.figures().get(i);
            Optional<Entity> place = context.place(i);
            Optional<Entity> sourceEntity = f.source().flatMap(r -> context.entity(r.entity()));
            String source = sourceEntity.map(Entity::name).orElse(f.source().flatMap(r -> r.text()).orElse(""));
            rows.add(List.of(a.id(), a.url().orElse(""), a.outlet().map(o -> o.name()).orElse(""), a.lang(), date,
                    String.valueOf(i), f.measure().jsonName(), number(f.value()),
                    f.max().isPresent() ? number(f.max().getAsDouble()) : "", String.valueOf(f.approximate()),
                    f.bound().map(b -> b.name().toLowerCase(java.util.Locale.ROOT)).orElse(""),
                    f.partOf().isPresent() ? String.valueOf(f.partOf().getAsInt()) : "",
                    place.map(Entity::name).orElse(""), place.flatMap(Entity::country).orElse(""), source,
                    sourceEntity.map(Entity::id).orElse(""), f.text(), String.valueOf(f.start()), String.valueOf(f.end()),
                    context.sentence(i)));
        }
        return rows;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
