package org.newsgraph.annotate.setting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.FigureSetting;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.TimeExpression;

/**
 * Produces {@link Layers#FIGURE_SETTINGS}: the place and the date each figure's sentence says it is about, so users
 * see what the comparison uses. The place is the LOCATION entity named nearest the figure in its sentence ("в
 * Алма-Ате восемь человек получили травмы" is about Almaty even where the sentence names China first; a place
 * after the figure counts one character farther than one before it); the date is the resolved time expression of
 * the sentence nearest the figure, as a day, month or year; a place or date beyond a comma, semicolon or bracket
 * from the figure counts only when its own clause has none ("au Kazakhstan cette semaine, dont 103 dans la
 * capitale Almaty": Almaty). A figure whose sentence names neither has neither.
 *
 * <p>Cost: per figure, a binary search for its sentence and a pass over the mentions and times of that sentence.
 */
public final class FigureSettingAnnotator implements Annotator {

    @Override
    public String name() {
        return "figure-settings";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.FIGURES, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> uses() {
        return Set.of(Layers.ENTITIES, Layers.TIMES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.FIGURE_SETTINGS);
    }

    @Override
    public void annotate(Doc doc) {
        List<Figure> figures = doc.find(Layers.FIGURES).orElse(List.of());
        List<Span> sentences = doc.find(Layers.SENTENCES).orElse(List.of());
        List<Entity> entities = doc.find(Layers.ENTITIES).orElse(List.of());
        List<TimeExpression> times = doc.find(Layers.TIMES).orElse(List.of());
        List<FigureSetting> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Optional<Span> sentence = sentenceOf(sentences, f.start());
            if (sentence.isEmpty()) continue;
            Optional<String> place = nearestPlace(doc.text(), entities, f, sentence.get());
            Optional<String> date = nearestDate(doc.text(), times, f, sentence.get());
            if (place.isPresent() || date.isPresent()) out.add(new FigureSetting(i, place, date));
        }
        doc.put(Layers.FIGURE_SETTINGS, List.copyOf(out));
    }

    /** The sentence holding the offset, by binary search over the ordered sentence spans. */
    static Optional<Span> sentenceOf(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return Optional.of(s);
        }
        return Optional.empty();
    }

    private static Optional<String> nearestPlace(String text, List<Entity> entities, Figure f, Span sentence) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity e : entities) {
            if (e.type() != EntityType.LOCATION) continue;
            for (Mention m : e.mentions()) {
                if (m.kind() != Mention.Kind.NAME || m.start() < sentence.start() || m.end() > sentence.end()) continue;
                int d = distance(text, m.start(), m.end(), f);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e.id();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> nearestDate(String text, List<TimeExpression> times, Figure f, Span sentence) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (t.start() < sentence.start() || t.end() > sentence.end() || t.value().isEmpty()) continue;
            Optional<String> day = calendarDate(t.value().get());
            int d = distance(text, t.start(), t.end(), f);
            if (day.isPresent() && d < bestDistance) {
                bestDistance = d;
                best = day.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A span beyond a clause boundary counts this much farther: any span of the figure's own clause wins. */
    private static final int OTHER_CLAUSE = 100_000;

    /**
     * Characters between a span and the figure; a span after the figure counts one more than one before it, and a
     * span in another clause (a comma, semicolon or bracket between) {@link #OTHER_CLAUSE} more.
     */
    private static int distance(String text, int start, int end, Figure f) {
        if (end <= f.start()) return f.start() - end + (crossesClause(text, end, f.start()) ? OTHER_CLAUSE : 0);
        if (start >= f.end()) return start - f.end() + 1 + (crossesClause(text, f.end(), start) ? OTHER_CLAUSE : 0);
        return 0;
    }

    private static boolean crossesClause(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == ')') return true;
        }
        return false;
    }

    /** A day, month or year value ({@code 2022-01-15}, {@code 2022-01}, {@code 2022}; a date-time's day); else empty. */
    static Optional<String> calendarDate(String value) {
        String v = value.strip();
        if (DAY_AND_MORE.matcher(v).matches()) return Optional.of(v.substring(0, 10));
        if (YEAR_OR_MONTH.matcher(v).matches()) return Optional.of(v);
        return Optional.empty();
    }

    /** Compiled once: {@code String.matches} compiled both for every figure and date pair. */
    private static final Pattern DAY_AND_MORE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\d{4}(-\\d{2})?");
}
