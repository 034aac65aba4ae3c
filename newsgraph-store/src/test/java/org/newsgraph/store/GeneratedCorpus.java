package org.newsgraph.store;

import java.util.Iterator;
import java.util.stream.IntStream;
import org.newsgraph.core.Article;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;

/** A deterministic generated corpus: article {@code n} always has the same text, analysis and JSON. */
final class GeneratedCorpus {
    private static final String[] PLACES = {"Riverton", "Lakeside", "Hillcrest", "Bayview"};

    private GeneratedCorpus() {
    }

    static String id(int n) {
        return String.format("gen-%05d", n);
    }

    static Analysis analysis(int n) {
        String place = PLACES[n % PLACES.length];
        int dead = 3 + n % 97;
        String text = "Report number " + n + ". In " + place + " " + dead + " people were killed after a storm on day "
                + (n % 28 + 1) + ", officials said. Rescue teams kept searching through the night in " + place + ".";
        return TestAnalyses.analysis(id(n), "en", String.format("2030-02-%02d", n % 28 + 1), "Outlet " + (n % 5),
                text, place, "NL", dead + " people were killed", dead, Measure.KILLED, "officials");
    }

    static Iterator<IngestItem> items(int count) {
        return IntStream.range(0, count).<IngestItem>mapToObj(
                n -> new IngestItem.Readable(TestAnalyses.article(analysis(n)), "generated#" + n)).iterator();
    }

    /** The analysis function the ingests of the generated corpus use: looks the article up by its number. */
    static Analysis analyse(Article a) {
        return analysis(Integer.parseInt(a.id().substring(4)));
    }
}
