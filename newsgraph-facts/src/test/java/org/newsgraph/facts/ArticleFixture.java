package org.newsgraph.facts;

import java.util.ArrayList;
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
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

/** Builds analyses by hand for tests: figures and mentions are located by their text in the article. */
final class ArticleFixture {
    private final String id;
    private final String lang;
    private final String published;
    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private String outlet = "Test Outlet";
    private String title;

    private ArticleFixture(String id, String lang, String published, String text) {
        this.id = id;
        this.lang = lang;
        this.published = published;
        this.text = text;
    }

    static ArticleFixture article(String id, String lang, String published, String text) {
        return new ArticleFixture(id, lang, published, text);
    }

    /** The text's first line is the title. */
    ArticleFixture titled() {
        title = text.substring(0, text.indexOf('\n'));
        return this;
    }

    ArticleFixture outlet(String name) {
        outlet = name;
        return this;
    }

    /** A place named {@code name} with a mention for every occurrence of each surface form. */
    ArticleFixture place(String name, String country, String... forms) {
        List<Mention> mentions = new ArrayList<>();
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                mentions.add(new Mention(form, at, at + form.length(), Mention.Kind.NAME));
            }
        }
        entities.add(new Entity("e" + (entities.size() + 1), EntityType.LOCATION, name, Optional.empty(),
                Optional.ofNullable(country), Optional.empty(), Optional.empty(), mentions));
        return this;
    }

    ArticleFixture person(String name, String... forms) {
        List<Mention> mentions = new ArrayList<>();
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                mentions.add(new Mention(form, at, at + form.length(), Mention.Kind.NAME));
            }
        }
        entities.add(new Entity("e" + (entities.size() + 1), EntityType.PERSON, name, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), mentions));
        return this;
    }

    ArticleFixture figure(String surface, double value, Measure measure, String source) {
        return add(surface, value, OptionalDouble.empty(), false, Optional.empty(), measure, source, OptionalInt.empty());
    }

    ArticleFixture approximate(String surface, double value, Measure measure, String source) {
        return add(surface, value, OptionalDouble.empty(), true, Optional.empty(), measure, source, OptionalInt.empty());
    }

    ArticleFixture atLeast(String surface, double value, Measure measure, String source) {
        return add(surface, value, OptionalDouble.empty(), true, Optional.of(Figure.Bound.AT_LEAST), measure, source,
                OptionalInt.empty());
    }

    ArticleFixture atMost(String surface, double value, Measure measure, String source) {
        return add(surface, value, OptionalDouble.empty(), true, Optional.of(Figure.Bound.AT_MOST), measure, source,
                OptionalInt.empty());
    }

    /** A figure the text reports in order to deny it, denied by {@code deniedBy}. */
    ArticleFixture denied(String surface, double value, Measure measure, String source, String deniedBy) {
        add(surface, value, OptionalDouble.empty(), false, Optional.empty(), measure, source, OptionalInt.empty());
        int last = figures.size() - 1;
        figures.set(last, figures.get(last).withDenial(Optional.of(new Figure.Denial(
                Optional.of(Reference.ofText(deniedBy, -1, -1))))));
        return this;
    }

    ArticleFixture part(String surface, double value, Measure measure, int parent) {
        return add(surface, value, OptionalDouble.empty(), false, Optional.empty(), measure, null, OptionalInt.of(parent));
    }

    ArticleFixture time(String surface, String value) {
        int at = locate(surface);
        times.add(new TimeExpression(surface, at, at + surface.length(), Optional.of(value), Optional.empty()));
        return this;
    }

    private ArticleFixture add(String surface, double value, OptionalDouble max, boolean approximate,
                               Optional<Figure.Bound> bound, Measure measure, String source, OptionalInt partOf) {
        int at = locate(surface);
        Optional<Reference> ref = source == null ? Optional.empty()
                : Optional.of(Reference.ofText(source, -1, -1));
        figures.add(new Figure(value, max, approximate, bound, measure, surface, at, at + surface.length(), ref, partOf));
        return this;
    }

    private int locate(String surface) {
        int at = text.indexOf(surface);
        if (at < 0) throw new IllegalArgumentException("'" + surface + "' is not in the text");
        return at;
    }

    Analysis build() {
        return new Analysis(id, lang, Optional.ofNullable(published),
                Optional.of(new Outlet(outlet, Optional.empty(), "metadata", Optional.empty(), Optional.empty(), List.of())),
                Optional.ofNullable(title), text, text, Optional.of("https://example.org/" + id),
                entities, List.of(), figures, times, List.of());
    }
}
