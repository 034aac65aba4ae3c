package org.newsgraph.spark.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.core.model.Measure;
import org.newsgraph.spark.CompareJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph spark compare IN OUT}: the cross-source comparison over Parquet analyses. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Groups the figures of Parquet analyses (written by 'newsgraph spark analyze') into facts — same "
                + "measure, same place, one period — with the rules of 'newsgraph compare': agreements, contradictions, "
                + "updates and retractions. OUT receives one fact group per line, as JSON."})
final class SparkCompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "Directory of Parquet analyses.")
    String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output directory (JSONL files).")
    String out;

    @Option(names = "--measure", paramLabel = "M", description = "Only this measure: killed, injured, arrested, missing, displaced, evacuated, participants.")
    String measure;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only facts about this place (a country includes its places) or credited to this source.")
    String entity;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]. Default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--overwrite", description = "Replace OUT if it exists.")
    boolean overwrite;

    @Override
    public Integer call() {
        Optional<Measure> m = Optional.empty();
        if (measure != null) {
            Measure parsed = Measure.fromJson(measure.toLowerCase(Locale.ROOT));
            if (parsed == Measure.OTHER) {
                System.err.println("newsgraph spark: unknown --measure '" + measure
                        + "': use killed, injured, arrested, missing, displaced, evacuated or participants");
                return 2;
            }
            m = Optional.of(parsed);
        }
        long start = System.nanoTime();
        SparkSession spark = Sessions.open("newsgraph compare", master);
        try {
            long groups = new CompareJob(spark).run(in, out, m, Optional.ofNullable(entity), overwrite);
            System.err.printf("%d fact groups written to %s in %.1f s%n", groups, out, (System.nanoTime() - start) / 1e9);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
