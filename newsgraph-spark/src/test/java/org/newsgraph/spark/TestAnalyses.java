package org.newsgraph.spark;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Reference;

/** Hand-made analyses with places, sources and figures, for the comparison and the queries over Parquet. */
final class TestAnalyses {
    private TestAnalyses() {
    }

    /** An article with one figure in a city of a country, credited to a source. */
    static Analysis report(String id, String date, String city, String country, String sourceName,
                                   Measure measure, double value, boolean approximate) {
        String sentence = "In " + city + ", " + (long) value + " people were " + measure.jsonName() + ", " + sourceName + " said.";
        String text = "Report\n\n" + sentence;
        int cityAt = text.indexOf(city);
        int valueAt = text.indexOf(String.valueOf((long) value));
        int sourceAt = text.indexOf(sourceName);
        Entity place = new Entity("e1", EntityType.LOCATION, city, Optional.empty(), Optional.of(country), Optional.empty(),
                Optional.empty(), List.of(new Mention(city, cityAt, cityAt + city.length(), Mention.Kind.NAME)));
        Entity source = new Entity("e2", EntityType.ORGANIZATION, sourceName, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Mention(sourceName, sourceAt, sourceAt + sourceName.length(), Mention.Kind.NAME)));
        String figureText = (long) value + " people were " + measure.jsonName();
        Figure f = new Figure(value, OptionalDouble.empty(), approximate, Optional.empty(), measure, figureText, valueAt,
                valueAt + figureText.length(), Optional.of(new Reference(Optional.of("e2"), Optional.of(sourceName), sourceAt,
                sourceAt + sourceName.length())), OptionalInt.empty());
        return new Analysis(id, "en", Optional.of(date), Optional.empty(), Optional.of("Report"), text, sentence,
                Optional.of("https://example.org/" + id), List.of(place, source), List.of(), List.of(f), List.of(), List.of());
    }
}
