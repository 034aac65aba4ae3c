package org.newsgraph.cli;

import org.newsgraph.core.Counted;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.facts.Story;
import org.newsgraph.facts.StoryClusterer;
import org.newsgraph.io.json.StoryJsonWriter;
import org.newsgraph.server.KbGazetteer;
import org.newsgraph.store.CorpusStore;
import org.newsgraph.store.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph stories}: the stored articles grouped by the event they report, across outlets and languages. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Groups the articles of a store into stories: near-duplicate texts (wire copies, republications) "
                + "and articles published within a few days that share rare entities and figures, in any language."})
final class StoriesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
    Path store;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this entity (a country includes its places).")
    String entity;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only articles in this language.")
    String lang;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after this date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this date.")
    String to;

    @Option(names = "--min-articles", description = "Smallest story shown. Default: ${DEFAULT-VALUE}.")
    int minArticles = 2;

    @Option(names = "--window", paramLabel = "DAYS", description = "Days between two linked articles. Default: ${DEFAULT-VALUE}.")
    int windowDays = 3;

    @Option(names = "--format", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Override
    public Integer call() {
        SearchRequest filter;
        try {
            filter = SearchRequest.of("").withEntity(entity).withLang(lang)
                    .withDates(StoreOptionsParsing.date("--from", from), StoreOptionsParsing.date("--to", to));
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph: " + e.getMessage());
            return 2;
        }
        List<Story> stories;
        try (CorpusStore s = CorpusStore.openReadOnly(store)) {
            if (entity != null) s.useGazetteer(KbGazetteer.load(java.util.Optional.empty()));
            stories = s.stories(filter, new StoryClusterer(Math.max(0, windowDays), 0.3, 0.6), Math.max(1, minArticles));
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(format == Format.json ? json(stories) : TerminalText.safe(text(stories)));
        out.flush();
        return 0;
    }

    static String text(List<Story> stories) {
        if (stories.isEmpty()) return "no stories: ingest more articles, or lower --min-articles";
        StringBuilder b = new StringBuilder();
        int n = 1;
        for (Story s : stories) {
            b.append(n++).append(". ").append(Counted.of(s.articles().size(), "article")).append(", ").append(date(s.from()))
                    .append(" → ").append(date(s.to())).append('\n');
            if (!s.sharedEntities().isEmpty()) b.append("   about: ").append(String.join(", ", s.sharedEntities())).append('\n');
            if (!s.sharedFigures().isEmpty()) b.append("   figures: ").append(String.join(", ", s.sharedFigures())).append('\n');
            for (Story.Member m : s.articles()) {
                b.append("   ").append(date(m.published())).append("  ").append(m.outlet().orElse("?")).append(" [")
                        .append(m.lang()).append("]  ").append(m.title().orElse(m.id())).append('\n');
            }
            for (List<String> d : s.duplicates()) b.append("   near-duplicates: ").append(String.join(", ", d)).append('\n');
            b.append('\n');
        }
        return b.toString().stripTrailing();
    }

    static String json(List<Story> stories) {
        return StoryJsonWriter.toJson(stories);
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("????-??-??");
    }
}
