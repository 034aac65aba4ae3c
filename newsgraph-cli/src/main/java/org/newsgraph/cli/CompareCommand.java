package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.core.model.Measure;
import org.newsgraph.facts.FactComparison;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.io.json.FactGroupJsonWriter;
import org.newsgraph.io.write.FactGroupCsvWriter;
import org.newsgraph.server.KbGazetteer;
import org.newsgraph.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph compare}: what the sources of a store say, per measure, place and period. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Groups the figures of a store into facts (same measure, same place — a country includes its "
                + "cities — over one period) and shows who said which number when: agreements, contradictions, "
                + "updates and retractions. The JSON shape is documented in docs/compare.md."})
final class CompareCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
    Path store;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only facts about this place (a country includes its places) or credited to this source.")
    String entity;

    @Option(names = "--measure", paramLabel = "M", description = "Only this measure: killed, injured, arrested, missing, displaced, evacuated, participants.")
    String measure;

    @Option(names = "--kb", paramLabel = "DIR", description = "Local knowledge base directory (places and names). Default: ~/.newsgraph/kb when it exists.")
    Path kb;

    @Option(names = "--format", description = "text, json or csv (one row per report of each group; docs/interop.md). Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Override
    public Integer call() {
        Optional<Measure> m;
        try {
            m = StoreOptionsParsing.measure(measure);
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph: " + e.getMessage());
            return 2;
        }
        List<FactGroup> groups;
        try (CorpusStore s = CorpusStore.openReadOnly(store)) {
            s.useGazetteer(KbGazetteer.load(Optional.ofNullable(kb)));
            groups = s.compare(m, Optional.ofNullable(entity), FactComparison.standard(s.gazetteer()));
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        switch (format) {
            case json -> out.println(new FactGroupJsonWriter(true).toJson(groups, m.map(Measure::jsonName), Optional.ofNullable(entity)));
            case csv -> out.print(new FactGroupCsvWriter().toCsv(groups));
            case text -> out.println(TerminalText.safeKeepingColours(new FactGroupText(Terminal.interactive()).render(groups)));
        }
        out.flush();
        return 0;
    }
}
