package org.newsgraph.cli;

import org.newsgraph.core.Counted;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.StoreIntegrity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph store check|repair}: the health of a store's files. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Checks a store's files against their checksums, or repairs a damaged store.",
        subcommands = {StoreCommand.Check.class, StoreCommand.Repair.class})
final class StoreCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a subcommand: check or repair");
    }

    /** Exit 0 when sound, 1 when damaged (the line says how), 3 when there is no store to check. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Verifies every file of the store against its checksum and every segment's structure.",
                    "Exit code 0: sound; 1: damaged (run 'newsgraph store repair'); 3: no store or unreadable."})
    static final class Check implements Callable<Integer> {
        @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
        Path store;

        @Override
        public Integer call() {
            StoreIntegrity.Report report = StoreIntegrity.check(store);
            System.out.println(report.line());
            for (String p : report.problems()) System.out.println("  " + TerminalText.safe(p));
            return report.clean() ? 0 : 1;
        }
    }

    /** Drops damaged segments; prints the ids of the articles lost, one per line, for re-ingest. */
    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = {"Drops the segments of the store that fail their checks, keeping every sound one, and prints",
                    "the ids of the articles lost, one per line on standard output, to ingest again.",
                    "Exit code 0: nothing to repair or repaired; 3: no store, or its commit point is unreadable."})
    static final class Repair implements Callable<Integer> {
        @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
        Path store;

        @Override
        public Integer call() {
            StoreIntegrity.Repair r = StoreIntegrity.repair(store);
            if (r.before().clean()) {
                System.err.println("the store " + store + " is sound: nothing to repair");
                return 0;
            }
            for (String id : r.lostIds()) System.out.println(TerminalText.safe(id));
            System.err.println("repaired the store " + store + ": dropped " + Counted.of(r.before().damagedSegments(), "damaged segment") + ", "
                    + Counted.of(r.lostIds().size() + r.unknownLost(), "article") + " lost" + (r.lostIds().isEmpty() ? "" : " (ids on standard output)")
                    + (r.unknownLost() > 0 ? ", " + r.unknownLost() + " of them with unreadable ids" : "")
                    + "; " + Counted.of(r.before().articles() - r.before().articlesInDamaged(), "article") + " kept: ingest the lost ones again");
            return 0;
        }
    }
}
