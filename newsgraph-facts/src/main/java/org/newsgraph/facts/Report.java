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
 * {@code parts} are the article's figures that are part of this one ("dont 19 policiers", "60 of them in serious
 * condition", "103 in Almaty"); {@code marks} say which part of the population and of the place the figure counts,
 * whether it is denied, and which copies of the same wire story repeat it.
 */
public record Report(String articleId, Optional<String> url, Optional<String> outlet, String lang,
                     Optional<LocalDate> published, Optional<LocalDate> eventDate, int figureIndex,
                     Measure measure, double value, OptionalDouble max, boolean approximate,
                     Optional<Figure.Bound> bound, String text, String sentence, Optional<String> source,
                     Place place, List<String> placeNames, boolean earlier, Optional<String> retractionCue,
                     Optional<String> subgroup, List<Part> parts, Marks marks) {

    public Report {
        placeNames = List.copyOf(placeNames);
        parts = List.copyOf(parts);
    }

    /** Without marks: the whole population of the place, not denied, no copies. */
    public Report(String articleId, Optional<String> url, Optional<String> outlet, String lang,
                  Optional<LocalDate> published, Optional<LocalDate> eventDate, int figureIndex,
                  Measure measure, double value, OptionalDouble max, boolean approximate,
                  Optional<Figure.Bound> bound, String text, String sentence, Optional<String> source,
                  Place place, List<String> placeNames, boolean earlier, Optional<String> retractionCue,
                  Optional<String> subgroup, List<Part> parts) {
        this(articleId, url, outlet, lang, published, eventDate, figureIndex, measure, value, max, approximate, bound,
                text, sentence, source, place, placeNames, earlier, retractionCue, subgroup, parts, Marks.NONE);
    }

    /**
     * A figure of the same article that is a subset of this one, and what sets it apart ({@code scope}: the
     * group, status or place it counts, e.g. "police", "hospitalised", "Almaty"; empty for a plain {@code part_of}).
     */
    public record Part(double value, String text, Optional<String> scope) {
        public Part(double value, String text) {
            this(value, text, Optional.empty());
        }
    }

    /**
     * What the figure counts beyond measure and country, and how it stands.
     *
     * @param scope    the part of the population counted ("hospitalised", "critical", "identified", "part"), from
     *                 the language pack's {@code figure-scopes}; empty for everyone
     * @param locality the place inside the country that the figure's own clause names (a city, a region), if any
     * @param denied   the text reports the figure in order to deny it ("denied reports that 160 died"), as the
     *                 figures layer marks it
     * @param deniedBy who denied it, when the text says (never the figure's source)
     * @param copies   other articles that carry the same wire story with this figure: one report, many outlets
     */
    public record Marks(Optional<String> scope, Optional<String> locality, boolean denied, Optional<String> deniedBy,
                        List<Copy> copies) {
        public static final Marks NONE = new Marks(Optional.empty(), Optional.empty(), false, Optional.empty(), List.of());

        public Marks {
            copies = List.copyOf(copies);
        }

        public Marks withCopies(List<Copy> more) {
            return new Marks(scope, locality, denied, deniedBy, more);
        }
    }

    /** Another article repeating this report as a copy of one wire story. */
    public record Copy(String articleId, Optional<String> outlet, Optional<String> url, Optional<LocalDate> published) {
    }

    public Report withParts(List<Part> newParts) {
        return new Report(articleId, url, outlet, lang, published, eventDate, figureIndex, measure, value, max,
                approximate, bound, text, sentence, source, place, placeNames, earlier, retractionCue, subgroup, newParts,
                marks);
    }

    public Report withMarks(Marks newMarks) {
        return new Report(articleId, url, outlet, lang, published, eventDate, figureIndex, measure, value, max,
                approximate, bound, text, sentence, source, place, placeNames, earlier, retractionCue, subgroup, parts,
                newMarks);
    }

    /** Whether the figure counts only part of the people (a group, a status) or of the place. */
    public boolean isBreakdown() {
        return subgroup.isPresent() || marks.scope().isPresent() || marks.locality().isPresent();
    }

    public boolean denied() {
        return marks.denied();
    }

    /** Withdrawn or denied by the article itself: not a live claim. */
    public boolean retracted() {
        return retractionCue.isPresent() || marks.denied();
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
