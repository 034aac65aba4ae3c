package org.newsgraph.annotate.outlet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.lang.Lexicon;

/** What Newsgraph knows of news outlets and agencies: names, domains, country, language, affiliation. */
public final class OutletRegistry {

    /** One registry row. */
    public record Entry(String name, List<String> domains, String country, String language, boolean agency,
                        String affiliation, List<String> aliases) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byDomain = new HashMap<>();
    private final Map<String, Entry> byAlias = new HashMap<>();

    private OutletRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            for (String d : e.domains()) byDomain.putIfAbsent(d, e);
            byAlias.putIfAbsent(key(e.name()), e);
            for (String a : e.aliases()) byAlias.putIfAbsent(key(a), e);
        }
    }

    /** The registry shipped with Newsgraph. */
    public static OutletRegistry standard() {
        InputStream in = OutletRegistry.class.getResourceAsStream("outlets.tsv");
        if (in == null) throw new IllegalStateException("outlets.tsv is missing from the classpath: rebuild newsgraph-annotators");
        List<Entry> list = new ArrayList<>();
        for (List<String> row : Lexicon.read("outlets", in).rows()) {
            list.add(new Entry(row.get(0), split(field(row, 1)), field(row, 2), field(row, 3),
                    field(row, 4).equals("agency"), field(row, 5), split(field(row, 6))));
        }
        return new OutletRegistry(list);
    }

    private static String field(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split(",")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    /** What names are compared without: spaces, dots, hyphens, quotation marks (compiled once, not per look-up). */
    private static final java.util.regex.Pattern IGNORED = java.util.regex.Pattern.compile("[\\s.\\-«»\"]+");

    static String key(String name) {
        return IGNORED.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry of a host name or any of its parent domains ("fr.news-front.su" → news-front.su). */
    public Optional<Entry> findByHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            Entry e = byDomain.get(h);
            if (e != null) return Optional.of(e);
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) return Optional.empty();
            h = h.substring(dot + 1);
        }
    }

    /** The entry whose name or alias is this name, ignoring case, spaces, dots and hyphens. */
    public Optional<Entry> findByName(String name) {
        return Optional.ofNullable(byAlias.get(key(name)));
    }
}
