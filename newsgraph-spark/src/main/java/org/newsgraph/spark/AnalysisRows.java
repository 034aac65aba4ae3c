package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Framing;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Converts an {@link Analysis} to a Spark {@link Row} of {@link AnalysisSchema#ANALYSIS} and back, without loss:
 * {@code fromRow(toRow(a))} equals {@code a}, so a Parquet file holds exactly what the JSON writer would write.
 * Field positions follow the schema's field order.
 */
public final class AnalysisRows {
    private AnalysisRows() {
    }

    public static Row toRow(Analysis a) {
        return RowFactory.create(a.id(), a.lang(), a.published().orElse(null), a.url().orElse(null),
                a.outlet().map(AnalysisRows::outlet).orElse(null), a.title().orElse(null), a.text(), a.body(),
                seq(a.entities(), AnalysisRows::entity), seq(a.quotes(), AnalysisRows::quote),
                seq(a.figures(), AnalysisRows::figure), seq(a.times(), AnalysisRows::time),
                seq(a.warnings(), w -> w), seq(a.events(), AnalysisRows::event),
                seq(a.framing(), AnalysisRows::framing));
    }

    public static Analysis fromRow(Row r) {
        return new Analysis(r.getString(0), r.getString(1), opt(r, 2), optRow(r, 4).map(AnalysisRows::toOutlet),
                opt(r, 5), r.getString(6), r.getString(7), opt(r, 3),
                list(r, 8, AnalysisRows::toEntity), list(r, 9, AnalysisRows::toQuote),
                list(r, 10, AnalysisRows::toFigure), list(r, 11, AnalysisRows::toTime), list(r, 12, o -> (String) o),
                list(r, 13, AnalysisRows::toEvent), list(r, 14, AnalysisRows::toFraming));
    }

    private static Row event(Event e) {
        return RowFactory.create(e.type(), e.text(), e.start(), e.end(), e.cameo().orElse(null),
                e.actor().map(AnalysisRows::reference).orElse(null), e.place().map(AnalysisRows::reference).orElse(null),
                e.placeInferred(), e.time().isPresent() ? e.time().getAsInt() : null, seq(e.figures(), i -> i),
                e.cameo().map(c -> c.substring(0, Math.min(2, c.length()))).orElse(null));
    }

    private static Event toEvent(Object o) {
        Row r = (Row) o;
        OptionalInt time = r.isNullAt(8) ? OptionalInt.empty() : OptionalInt.of(r.getInt(8));
        return new Event(r.getString(0), r.getString(1), r.getInt(2), r.getInt(3), opt(r, 4),
                optRow(r, 5).map(AnalysisRows::toReference), optRow(r, 6).map(AnalysisRows::toReference),
                r.getBoolean(7), time, list(r, 9, i -> (Integer) i));
    }

    private static Row framing(Framing f) {
        return RowFactory.create(f.kind().jsonName(), f.text(), f.start(), f.end(), f.reason(),
                f.alternative().orElse(null), f.basis().orElse(null), f.speaker().map(AnalysisRows::reference).orElse(null));
    }

    private static Framing toFraming(Object o) {
        Row r = (Row) o;
        return new Framing(Framing.Kind.fromJson(r.getString(0)).orElseThrow(), r.getString(1), r.getInt(2), r.getInt(3),
                r.getString(4), opt(r, 5), opt(r, 6), optRow(r, 7).map(AnalysisRows::toReference));
    }

    private static Row outlet(Outlet o) {
        return RowFactory.create(o.name(), o.domain().orElse(null), o.evidence(), o.country().orElse(null),
                o.affiliation().orElse(null), seq(o.wires(), w -> w));
    }

    private static Outlet toOutlet(Row r) {
        return new Outlet(r.getString(0), opt(r, 1), r.getString(2), opt(r, 3), opt(r, 4), list(r, 5, o -> (String) o));
    }

    private static Row entity(Entity e) {
        return RowFactory.create(e.id(), e.type().name(), e.name(), e.kb().orElse(null), e.country().orElse(null),
                e.lat().orElse(null), e.lon().orElse(null), seq(e.mentions(), AnalysisRows::mention));
    }

    private static Entity toEntity(Object o) {
        Row r = (Row) o;
        return new Entity(r.getString(0), EntityType.valueOf(r.getString(1)), r.getString(2), opt(r, 3), opt(r, 4),
                optDouble(r, 5), optDouble(r, 6), list(r, 7, AnalysisRows::toMention));
    }

    private static Row mention(Mention m) {
        return RowFactory.create(m.text(), m.start(), m.end(), m.kind().name().toLowerCase(Locale.ROOT));
    }

    private static Mention toMention(Object o) {
        Row r = (Row) o;
        return new Mention(r.getString(0), r.getInt(1), r.getInt(2), Mention.Kind.valueOf(r.getString(3).toUpperCase(Locale.ROOT)));
    }

    private static Row quote(Quote q) {
        return RowFactory.create(q.text(), q.start(), q.end(), q.direct(), q.speaker().map(AnalysisRows::reference).orElse(null));
    }

    private static Quote toQuote(Object o) {
        Row r = (Row) o;
        return new Quote(r.getString(0), r.getInt(1), r.getInt(2), r.getBoolean(3), optRow(r, 4).map(AnalysisRows::toReference));
    }

    private static Row figure(Figure f) {
        return RowFactory.create(f.value(), f.max().isPresent() ? f.max().getAsDouble() : null, f.approximate(),
                f.bound().map(b -> b.name().toLowerCase(Locale.ROOT)).orElse(null), f.measure().jsonName(), f.text(),
                f.start(), f.end(), f.source().map(AnalysisRows::reference).orElse(null),
                f.partOf().isPresent() ? f.partOf().getAsInt() : null, f.denied() ? "denied" : null,
                f.denial().flatMap(Figure.Denial::by).map(AnalysisRows::reference).orElse(null),
                f.place().orElse(null), f.date().orElse(null));
    }

    private static Figure toFigure(Object o) {
        Row r = (Row) o;
        OptionalDouble max = r.isNullAt(1) ? OptionalDouble.empty() : OptionalDouble.of(r.getDouble(1));
        Optional<Figure.Bound> bound = opt(r, 3).map(b -> Figure.Bound.valueOf(b.toUpperCase(Locale.ROOT)));
        OptionalInt partOf = r.isNullAt(9) ? OptionalInt.empty() : OptionalInt.of(r.getInt(9));
        Optional<Figure.Denial> denial = r.size() > 10 && !r.isNullAt(10)
                ? Optional.of(new Figure.Denial(optRow(r, 11).map(AnalysisRows::toReference))) : Optional.empty();
        return new Figure(r.getDouble(0), max, r.getBoolean(2), bound, Measure.fromJson(r.getString(4)), r.getString(5),
                r.getInt(6), r.getInt(7), optRow(r, 8).map(AnalysisRows::toReference), partOf, denial,
                r.size() > 12 ? opt(r, 12) : Optional.empty(), r.size() > 13 ? opt(r, 13) : Optional.empty());
    }

    private static Row time(TimeExpression t) {
        return RowFactory.create(t.text(), t.start(), t.end(), t.value().orElse(null), t.mod().orElse(null),
                t.valueEnd().orElse(null));
    }

    private static TimeExpression toTime(Object o) {
        Row r = (Row) o;
        return new TimeExpression(r.getString(0), r.getInt(1), r.getInt(2), opt(r, 3), opt(r, 4),
                r.size() > 5 ? opt(r, 5) : Optional.empty());
    }

    private static Row reference(Reference ref) {
        return RowFactory.create(ref.entity().orElse(null), ref.text().orElse(null), ref.start(), ref.end(),
                ref.score().isPresent() ? ref.score().getAsDouble() : null);
    }

    private static Reference toReference(Row r) {
        java.util.OptionalDouble score = r.size() > 4 && !r.isNullAt(4)
                ? java.util.OptionalDouble.of(r.getDouble(4)) : java.util.OptionalDouble.empty();
        return new Reference(opt(r, 0), opt(r, 1), r.getInt(2), r.getInt(3), score);
    }

    /** Arrays go into rows as Scala sequences: the row encoder's native collection type. */
    private static <T> scala.collection.immutable.Seq<Object> seq(List<T> items, Function<T, Object> convert) {
        List<Object> out = new ArrayList<>(items.size());
        for (T t : items) out.add(convert.apply(t));
        return CollectionConverters.asScala(out).toList();
    }

    private static <T> List<T> list(Row r, int i, Function<Object, T> convert) {
        if (r.isNullAt(i)) return List.of();
        List<Object> raw = r.getList(i);
        List<T> out = new ArrayList<>(raw.size());
        for (Object o : raw) out.add(convert.apply(o));
        return out;
    }

    private static Optional<String> opt(Row r, int i) {
        return r.isNullAt(i) ? Optional.empty() : Optional.of(r.getString(i));
    }

    private static Optional<Double> optDouble(Row r, int i) {
        return r.isNullAt(i) ? Optional.empty() : Optional.of(r.getDouble(i));
    }

    private static Optional<Row> optRow(Row r, int i) {
        return r.isNullAt(i) ? Optional.empty() : Optional.of(r.getStruct(i));
    }
}
