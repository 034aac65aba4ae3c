package org.newsgraph.io.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Mention;

/**
 * What the table formats (GKG counts, the figures CSV) say around a figure that the analysis JSON leaves to its
 * reader: the sentence it stands in, and its place — the place of the event the figure is attached to, else the
 * place named nearest to it in its sentence.
 */
public final class FigureContext {
    private final Analysis analysis;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<Integer, Event> eventOfFigure = new HashMap<>();

    public FigureContext(Analysis analysis) {
        this.analysis = analysis;
        for (Entity e : analysis.entities()) byId.put(e.id(), e);
        for (Event e : analysis.events()) for (int f : e.figures()) eventOfFigure.putIfAbsent(f, e);
    }

    public Optional<Entity> entity(Optional<String> id) {
        return id.map(byId::get);
    }

    /** The place of figure {@code index}, if the analysis ties one to it. */
    public Optional<Entity> place(int index) {
        Event e = eventOfFigure.get(index);
        if (e != null && e.place().flatMap(p -> p.entity()).map(byId::get).isPresent()) {
            return e.place().flatMap(p -> p.entity()).map(byId::get);
        }
        Figure f = analysis.figures().get(index);
        int[] s = sentence(analysis.text(), f.start(), f.end());
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity en : analysis.entities()) {
            if (en.type() != EntityType.LOCATION) continue;
            for (Mention m : en.mentions()) {
                if (m.start() < s[0] || m.end() > s[1]) continue;
                int d = m.end() <= f.start() ? f.start() - m.end() : Math.max(0, m.start() - f.end());
                if (d < bestDistance) {
                    best = en;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The sentence holding figure {@code index}, white space collapsed. */
    public String sentence(int index) {
        Figure f = analysis.figures().get(index);
        int[] s = sentence(analysis.text(), f.start(), f.end());
        return analysis.text().substring(s[0], s[1]).replaceAll("\\s+", " ").strip();
    }

    /**
     * [start, end) of the sentence around a span: from after the previous sentence end (. ! ? followed by white
     * space, or a line break) to the next one. A reading aid for tables; the annotators' sentences are finer.
     */
    static int[] sentence(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int lower = Math.max(0, from - 2000);
        while (from > lower) {
            char c = text.charAt(from - 1);
            if (c == '\n' || ((c == ' ' || c == '\u00a0') && from >= 2 && ".!?".indexOf(text.charAt(from - 2)) >= 0)) break;
            from--;
        }
        int to = Math.max(from, Math.min(end, text.length()));
        int upper = Math.min(text.length(), to + 2000);
        while (to < upper) {
            char c = text.charAt(to);
            if (c == '\n') break;
            to++;
            if (".!?".indexOf(c) >= 0 && (to == text.length() || Character.isWhitespace(text.charAt(to)))) break;
        }
        return new int[] {from, to};
    }

    public List<Figure> figures() {
        return analysis.figures();
    }
}
