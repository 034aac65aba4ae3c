package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.server.KbGazetteer;
import org.newsgraph.store.CorpusStore;
import org.newsgraph.store.QueryLimits;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchJson;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph search}: full-text search of a store with filters. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the articles of a store: words, \"phrases\", AND/OR/NOT, title:word; '*' or nothing for all.",
                "Words match across accents and, within a language, across inflections (tués → tué); names also across scripts and spellings (Tokayev → Токаев, Tokaïev)."})
final class SearchCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
    Path store;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several words are joined).")
    List<String> query = List.of();

    @Option(names = "--lang", paramLabel = "CODE", description = "Only articles in this language (fr, en, ru…).")
    String lang;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles of this outlet (name or domain).")
    String outlet;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this entity (any spelling; a country includes its places).")
    String entity;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting this person or body (any spelling or script).")
    String speaker;

    @Option(names = "--source", paramLabel = "NAME", description = "Only articles crediting figures to this person or body (any spelling or script).")
    String source;

    @Option(names = "--kb", paramLabel = "DIR", description = "Local knowledge base directory (places and names). Default: ~/.newsgraph/kb when it exists.")
    Path kb;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after this date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this date.")
    String to;

    @Option(names = "--measure", paramLabel = "M", description = "Only articles with figures of this measure (killed, injured, arrested…).")
    String measure;

    @Option(names = "--limit", description = "Hits to show. Default: ${DEFAULT-VALUE}.")
    int limit = 10;

    @Option(names = "--newest", description = "Newest first instead of best first.")
    boolean newest;

    @Option(names = "--format", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Override
    public Integer call() {
        SearchRequest request;
        try {
            request = SearchRequest.of(String.join(" ", query)).withLang(lang).withOutlet(outlet).withEntity(entity)
                    .withSpeaker(speaker).withSource(source)
                    .withDates(StoreOptionsParsing.date("--from", from), StoreOptionsParsing.date("--to", to))
                    .withMeasure(StoreOptionsParsing.measure(measure).orElse(null))
                    .withLimit(Math.max(1, limit)).newestFirst(newest);
            QueryLimits.check(request.query());
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph: " + e.getMessage());
            return 2;
        }
        SearchResult result;
        try (CorpusStore s = CorpusStore.openReadOnly(store)) {
            // names in the query and the filters are matched across spellings and scripts through the KB's keys
            s.useGazetteer(KbGazetteer.load(Optional.ofNullable(kb)));
            try {
                result = s.search(request);
            } catch (IllegalArgumentException e) {   // a query beyond the limits: bad usage, said in one line
                System.err.println("newsgraph: " + e.getMessage());
                return 2;
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(format == Format.json ? json(result) : TerminalText.safe(text(result)));
        out.flush();
        return 0;
    }

    static String text(SearchResult r) {
        StringBuilder b = new StringBuilder();
        b.append(r.total()).append(r.total() == 1 ? " article matches" : " articles match");
        for (var facet : r.facets().entrySet()) {
            if (facet.getValue().isEmpty()) continue;
            b.append("; ").append(facet.getKey()).append(": ");
            int i = 0;
            for (Map.Entry<String, Integer> e : facet.getValue().entrySet()) {
                if (i++ > 0) b.append(", ");
                b.append(e.getKey()).append(' ').append(e.getValue());
            }
        }
        b.append('\n');
        int n = 1;
        for (SearchHit h : r.hits()) {
            b.append('\n').append(n++).append(". ").append(h.published().map(p -> p.length() > 10 ? p.substring(0, 10) : p).orElse("????-??-??"))
                    .append("  ").append(h.outlet().orElse("(outlet unknown)")).append(" [").append(h.lang()).append("]  ")
                    .append(h.title().orElse("")).append('\n');
            b.append("   ").append(h.id()).append(h.url().map(u -> "  " + u).orElse("")).append('\n');
            b.append("   ").append(h.snippet()).append('\n');
        }
        return b.toString().stripTrailing();
    }

    static String json(SearchResult r) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("total", r.total());
            SearchJson.facets(g, r);
            g.writeArrayFieldStart("hits");
            for (SearchHit h : r.hits()) {
                g.writeStartObject();
                SearchJson.hitFields(g, h);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
