package org.newsgraph.io.write.gkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;
import org.newsgraph.io.write.FigureContext;

/**
 * One article as one GKG 2.1 row (GDELT Global Knowledge Graph codebook 2.1): the columns of {@link GkgColumns},
 * tab-separated, each field free of tabs and line breaks and of the separators of its own sub-fields. Offsets are
 * character offsets into the analysis text, as GKG's. Where Newsgraph knows less or otherwise than GDELT (no tone,
 * no GCAM, own theme names), docs/interop.md says so.
 */
public final class GkgRow {
    private final Analysis a;
    private final FigureContext figures;

    private GkgRow(Analysis a) {
        this.a = a;
        this.figures = new FigureContext(a);
    }

    public static String of(Analysis a) {
        return new GkgRow(a).row();
    }

    private String row() {
        List<String> f = new ArrayList<>(GkgColumns.all().size());
        String date = date();
        f.add(date + "-" + clean(a.id(), "\t"));
        f.add(date);
        f.add("1");
        f.add(a.outlet().map(o -> o.domain().orElse(o.name())).map(s -> clean(s, "")).orElse(""));
        f.add(clean(a.url().orElse(a.id()), ""));
        f.add(counts(false));
        f.add(counts(true));
        f.add(themes(false));
        f.add(themes(true));
        f.add(locations(false));
        f.add(locations(true));
        f.add(names(EntityType.PERSON, false));
        f.add(names(EntityType.PERSON, true));
        f.add(names(EntityType.ORGANIZATION, false));
        f.add(names(EntityType.ORGANIZATION, true));
        f.add("");
        f.add(dates());
        f.add("wc:" + wordCount());
        f.add("");
        f.add("");
        f.add("");
        f.add("");
        f.add(quotations());
        f.add(allNames());
        f.add(amounts());
        f.add(a.lang().equals("en") || a.lang().equals("und") ? "" : "srclc:" + iso3(a.lang()) + ";eng:Newsgraph");
        f.add(extras());
        f.add(countSources());
        return String.join("\t", f);
    }

    /** YYYYMMDDHHMMSS of publication; midnight when only the day is known, zeros when nothing is. */
    private String date() {
        String p = a.published().orElse("");
        String digits = p.replaceAll("[^0-9]", "");
        if (digits.length() < 8) return "00000000000000";
        return (digits + "000000").substring(0, 14);
    }

    private static String countType(Measure m) {
        return switch (m) {
            case KILLED -> "KILL";
            case INJURED -> "WOUND";
            case ARRESTED -> "ARREST";
            case DISPLACED -> "DISPLACED";
            case EVACUATED -> "EVACUATION";
            case PARTICIPANTS -> "PROTEST";
            case MISSING -> "AFFECT";
            default -> null;
        };
    }

    /** COUNTTYPE#NUMBER#OBJECTTYPE#LOCATION (7 fields)[#CHAROFFSET]; one per figure of a GKG count type. */
    private String counts(boolean v2) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.figures().size(); i++) {
            Figure fig = a.figures().get(i);
            String type = countType(fig.measure());
            if (type == null) continue;
            String c = type + "#" + number(fig.value()) + "#" + fig.measure().jsonName() + "#"
                    + location(figures.place(i), "#");
            out.add(v2 ? c + "#" + fig.start() : c);
        }
        return String.join(";", out);
    }

    /** The extension column: COUNTTYPE#NUMBER#CHAROFFSET#SOURCE, aligned with V2Counts. */
    private String countSources() {
        List<String> out = new ArrayList<>();
        for (Figure fig : a.figures()) {
            String type = countType(fig.measure());
            if (type == null) continue;
            String source = fig.source().map(r -> sourceName(r)).orElse("");
            out.add(type + "#" + number(fig.value()) + "#" + fig.start() + "#" + clean(source, "#;"));
        }
        return String.join(";", out);
    }

    private String sourceName(Reference r) {
        return figures.entity(r.entity()).map(Entity::name).orElse(r.text().orElse(""));
    }

    /** Event types as themes, upper case (Newsgraph's names, not GDELT's taxonomy); V2 with character offsets. */
    private String themes(boolean v2) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (Event e : a.events()) {
            String theme = e.type().toUpperCase(Locale.ROOT);
            if (v2) out.add(theme + "," + e.start());
            else if (seen.add(theme)) out.add(theme);
        }
        return String.join(";", out);
    }

    /**
     * V1: TYPE#FULLNAME#COUNTRY#ADM1#LAT#LONG#FEATUREID, once per place; V2 (enhanced): TYPE#FULLNAME#COUNTRY#ADM1#
     * ADM2#LAT#LONG#FEATUREID#CHAROFFSET, once per mention.
     */
    private String locations(boolean v2) {
        List<String> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.LOCATION || e.country().isEmpty()) continue;
            if (!v2) {
                out.add(location(Optional.of(e), "#"));
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() != Mention.Kind.NAME) continue;
                String[] p = location(Optional.of(e), "#").split("#", -1);
                out.add(String.join("#", p[0], p[1], p[2], p[3], "", p[4], p[5], p[6], String.valueOf(m.start())));
            }
        }
        return String.join(";", out);
    }

    /** The 7 location fields of GKG (empty fields when there is no place). */
    private static String location(Optional<Entity> place, String sep) {
        if (place.isEmpty() || place.get().country().isEmpty()) return String.join(sep, "", "", "", "", "", "", "");
        Entity e = place.get();
        String iso = e.country().get();
        String fips = FipsCodes.fips(iso).orElse("");
        String countryName = FipsCodes.name(iso).orElse(iso);
        boolean country = e.name().equalsIgnoreCase(countryName)
                || e.name().equalsIgnoreCase(Locale.of("", iso).getDisplayCountry(Locale.ENGLISH));
        String type = country ? "1" : iso.equals("US") ? "3" : "4";
        String full = country ? countryName : e.name() + ", " + countryName;
        String feature = country ? fips : e.kb().orElse("");
        return String.join(sep, type, clean(full, "#;"), fips, fips, e.lat().map(GkgRow::coordinate).orElse(""),
                e.lon().map(GkgRow::coordinate).orElse(""), clean(feature, "#;"));
    }

    private static String coordinate(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    /** V1: names once; V2: name,offset per name mention. */
    private String names(EntityType type, boolean v2) {
        List<String> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            if (e.type() != type) continue;
            if (!v2) {
                out.add(clean(e.name(), ",;"));
                continue;
            }
            for (Mention m : e.mentions()) if (m.kind() == Mention.Kind.NAME) out.add(clean(e.name(), ",;") + "," + m.start());
        }
        return String.join(";", out);
    }

    /** Every name mention: Name,offset. */
    private String allNames() {
        List<String> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            if (e.type() == EntityType.OTHER) continue;
            for (Mention m : e.mentions()) if (m.kind() == Mention.Kind.NAME) out.add(clean(m.text(), ",;") + "," + m.start());
        }
        return String.join(";", out);
    }

    /** RESOLUTION#MONTH#DAY#YEAR#OFFSET: 4 full date, 2 month and year, 1 year only. */
    private String dates() {
        List<String> out = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            String v = t.value().orElse("");
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                out.add("4#" + Integer.parseInt(v.substring(5, 7)) + "#" + Integer.parseInt(v.substring(8, 10)) + "#"
                        + v.substring(0, 4) + "#" + t.start());
            } else if (v.matches("\\d{4}-\\d{2}")) {
                out.add("2#" + Integer.parseInt(v.substring(5, 7)) + "#0#" + v.substring(0, 4) + "#" + t.start());
            } else if (v.matches("\\d{4}")) {
                out.add("1#0#0#" + v + "#" + t.start());
            }
        }
        return String.join(";", out);
    }

    /** OFFSET|LENGTH|VERB|QUOTE joined by #; the verb field carries the speaker (docs/interop.md). */
    private String quotations() {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : a.entities()) byId.put(e.id(), e);
        Function<Reference, String> name = r -> r.entity().map(byId::get).map(Entity::name).orElse(r.text().orElse(""));
        List<String> out = new ArrayList<>();
        for (Quote q : a.quotes()) {
            String speaker = q.speaker().map(name).orElse("");
            out.add(q.start() + "|" + (q.end() - q.start()) + "|" + clean(speaker, "|#") + "|" + clean(q.text(), "|#"));
        }
        return String.join("#", out);
    }

    /** AMOUNT,OBJECT,OFFSET for every figure. */
    private String amounts() {
        List<String> out = new ArrayList<>();
        for (Figure fig : a.figures()) out.add(number(fig.value()) + "," + fig.measure().jsonName() + "," + fig.start());
        return String.join(";", out);
    }

    private String extras() {
        return a.title().map(t -> "<PAGE_TITLE>" + xml(clean(t, "")) + "</PAGE_TITLE>").orElse("");
    }

    private int wordCount() {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < a.text().length(); i++) {
            boolean letter = Character.isLetterOrDigit(a.text().charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The ISO 639-2 code GKG's translation field uses. */
    private static String iso3(String lang) {
        try {
            return Locale.of(lang).getISO3Language();
        } catch (java.util.MissingResourceException e) {
            return lang;
        }
    }

    /** Tabs, line breaks and the given separators become spaces; runs of white space one space. */
    static String clean(String s, String separators) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || separators.indexOf(c) >= 0;
            if (blank) {
                if (!space && b.length() > 0) b.append(' ');
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        return b.toString().strip();
    }
}
