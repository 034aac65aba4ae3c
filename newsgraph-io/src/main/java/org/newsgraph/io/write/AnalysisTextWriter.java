package org.newsgraph.io.write;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Framing;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

/** A readable summary of an analysis for a terminal: who said what, which figures from whom, and when. */
public final class AnalysisTextWriter {
    private static final int MAX_QUOTE_CHARS = 160;
    private final boolean colour;

    public AnalysisTextWriter(boolean colour) {
        this.colour = colour;
    }

    public String render(Analysis a) {
        StringBuilder b = new StringBuilder();
        Map<String, Entity> byId = a.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (x, y) -> x));
        b.append(bold(a.title().orElse(a.id()))).append('\n');
        b.append(dim("id " + a.id() + " · language " + a.lang() + " · published " + a.published().orElse("unknown")))
                .append('\n');
        b.append(dim("outlet ")).append(a.outlet().map(AnalysisTextWriter::outlet).orElse("unknown")).append("\n\n");

        section(b, "Entities", a.entities().size());
        for (Entity e : a.entities()) {
            Set<String> forms = new LinkedHashSet<>();
            for (Mention m : e.mentions()) forms.add(m.kind() == Mention.Kind.NAME ? m.text() : m.text() + " (" + m.kind().name().toLowerCase() + ")");
            String extra = e.kb().map(k -> " " + k).orElse("") + e.country().map(c -> " " + c).orElse("");
            b.append("  ").append(cyan(pad(e.type().name(), 13))).append(bold(e.name())).append(dim(extra))
                    .append(dim("  ← " + String.join(", ", forms))).append('\n');
        }
        section(b, "Quotes", a.quotes().size());
        for (Quote q : a.quotes()) {
            b.append("  ").append(yellow(speaker(q.speaker(), byId))).append(q.direct() ? " said: «" : " said that ")
                    .append(shorten(q.text())).append(q.direct() ? "»" : "").append('\n');
        }
        section(b, "Figures", a.figures().size());
        for (int i = 0; i < a.figures().size(); i++) {
            Figure f = a.figures().get(i);
            String value = FigureNotation.of(f);
            String partOf = f.partOf().isPresent() ? dim(" (part of #" + (f.partOf().getAsInt() + 1) + ")") : "";
            b.append("  #").append(i + 1).append(' ').append(bold(pad(value, 8))).append(' ').append(green(pad(f.measure().jsonName(), 12)))
                    .append(" source: ").append(yellow(speaker(f.source(), byId))).append(partOf)
                    .append(f.denial().map(d -> " " + bold("denied") + d.by().map(r -> " by " + yellow(speaker(Optional.of(r), byId))).orElse("")).orElse(""))
                    .append(dim("  \"" + shorten(f.text()) + "\"")).append('\n');
        }
        section(b, "Times", a.times().size());
        for (TimeExpression t : a.times()) {
            b.append("  ").append(pad("\"" + t.text() + "\"", 28)).append(" → ").append(bold(t.value().orElse("unresolved")))
                    .append(t.mod().map(m -> dim(" (" + m + ")")).orElse("")).append('\n');
        }
        section(b, "Events", a.events().size());
        for (Event e : a.events()) {
            String time = e.time().isPresent() && e.time().getAsInt() < a.times().size()
                    ? a.times().get(e.time().getAsInt()).value().orElse("unresolved") : "";
            String place = e.place().map(p -> speaker(Optional.of(p), byId)).orElse("");
            b.append("  ").append(green(pad(e.type(), 28))).append(pad("\"" + e.text() + "\"", 28))
                    .append(place.isEmpty() ? "" : " in " + place + (e.placeInferred() ? dim(" (inferred)") : ""))
                    .append(time.isEmpty() ? "" : " · " + bold(time))
                    .append(e.actor().map(x -> " · actor " + yellow(speaker(Optional.of(x), byId))).orElse(""))
                    .append(e.figures().isEmpty() ? "" : dim(" · figures " + e.figures().stream().map(i -> "#" + (i + 1)).toList()))
                    .append(e.cameo().map(c -> dim(" · CAMEO " + c)).orElse("")).append('\n');
        }
        section(b, "Framing", a.framing().size());
        if (!a.framing().isEmpty()) b.append("  ").append(bold(FramingSummary.of(a.framing()))).append('\n');
        for (Framing f : a.framing()) {
            b.append("  ").append(cyan(pad(f.kind().jsonName(), 17))).append(pad("\"" + shorten(f.text()) + "\"", 28))
                    .append(' ').append(f.reason())
                    .append(f.alternative().map(x -> dim(" → " + x)).orElse(""))
                    .append(f.speaker().map(x -> dim(" (in a quote of " + speaker(Optional.of(x), byId) + ")")).orElse(""))
                    .append('\n');
        }
        for (String w : a.warnings()) b.append(yellow("warning: ")).append(w).append('\n');
        return b.toString();
    }

    private static String outlet(Outlet o) {
        StringBuilder s = new StringBuilder(o.name());
        o.domain().ifPresent(d -> s.append(" (").append(d).append(")"));
        s.append(" — from the ").append(o.evidence());
        o.affiliation().ifPresent(x -> s.append("; ").append(x));
        if (!o.wires().isEmpty()) s.append("; wires: ").append(String.join(", ", o.wires()));
        return s.toString();
    }

    private static String speaker(Optional<Reference> ref, Map<String, Entity> byId) {
        if (ref.isEmpty()) return "(unattributed)";
        Reference r = ref.get();
        Optional<String> name = r.entity().map(byId::get).map(Entity::name);
        String text = r.text().orElse("");
        if (name.isPresent() && !name.get().equalsIgnoreCase(text) && !text.isEmpty()) return name.get() + " (\"" + text + "\")";
        return name.orElse(text.isEmpty() ? "(unknown)" : text);
    }

    private void section(StringBuilder b, String title, int count) {
        b.append('\n').append(bold(title)).append(dim(" (" + count + ")")).append('\n');
        if (count == 0) b.append(dim("  none found")).append('\n');
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= MAX_QUOTE_CHARS ? t : t.substring(0, MAX_QUOTE_CHARS - 1) + "…";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private String bold(String s) {
        return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    private String dim(String s) {
        return colour ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    private String cyan(String s) {
        return colour ? "\u001b[36m" + s + "\u001b[0m" : s;
    }

    private String yellow(String s) {
        return colour ? "\u001b[33m" + s + "\u001b[0m" : s;
    }

    private String green(String s) {
        return colour ? "\u001b[32m" + s + "\u001b[0m" : s;
    }
}
