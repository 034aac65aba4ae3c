package org.newsgraph.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;

/**
 * One figure as one article reports it, with what comparing it needs: the article (id, url, outlet, language,
 * publication date), the figure (value, range, approximation, bound, measure, its text and sentence), who the
 * text credits it to, the place it is about, when the counted event happened ({@code eventDate}: a date in the
 * figure's sentence well before publication, else the publication date), whether the text presents it as an
 * earlier count ("the previous toll was…"), when the article says it was withdrawn, the cue that says so, and when
 * the figure counts one group of people only ("12 police", "26 manifestants"), the word naming the group.
 * {@code placeNames} are the article's names of places folded into {@code place} (Almaty and Kazakhstan for KZ);
 * {@code parts} are the article's figures that are part of this one ("dont 19 policiers").
 */
public record Report(String articleId, Optional<String> url, Optional<String> outlet, String lang,
                     Optional<LocalDate> published, Optional<LocalDate> eventDate, int figureIndex,
                     Measure measure, double value, OptionalDouble max, boolean approximate,
                     Optional<Figure.Bound> bound, String text, String sentence, Optional<String> source,
                     Place place, List<String> placeNames, boolean earlier, Optional<String> retractionCue,
                     Optional<String> subgroup, List<Part> parts) {

    public Report {
        placeNames = List.copyOf(placeNames);
        parts = List.copyOf(parts);
    }

    /** A figure of the same article that is a subset of this one. */
    public record Part(double value, String text) {
    }

    public Report withParts(List<Part> newParts) {
        return new Report(articleId, url, outlet, lang, published, eventDate, figureIndex, measure, value, max,
                approximate, bound, text, sentence, source, place, placeNames, earlier, retractionCue, subgroup, newParts);
    }

    public boolean retracted() {
        return retractionCue.isPresent();
    }

    /** The key comparing sources: normalised name, empty when the text credits nobody. */
    public Optional<String> sourceKey() {
        return source.map(TextKeys::key).filter(s -> !s.isEmpty());
    }

    /** The date a report is placed at on the time line: event date, else publication date. */
    public Optional<LocalDate> timelineDate() {
        return eventDate.or(() -> published);
    }
}
