package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command: reads news articles and says who said what, which figures, by whom, and when. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns news articles into verifiable facts: who said what, which figures were claimed and by whom, "
                + "about which people, places and organisations, and when.",
        footer = {"", "  spark    Runs the pipeline and the comparison on Apache Spark:",
                "             spark analyze IN… OUT, spark compare IN OUT (see docs/spark.md)."},
        subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class, KbCommand.class, IngestCommand.class, SearchCommand.class,
                CompareCommand.class, StoriesCommand.class, StoreCommand.class, ReindexCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Newsgraph implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code; errors are one line on standard error, never a stack trace. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Newsgraph());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Newsgraph::badUsage);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("newsgraph: " + oneLine(ex) + " (run with NEWSGRAPH_DEBUG=1 for details)");
            if (System.getenv("NEWSGRAPH_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return 3;
        });
        return cl.execute(args);
    }

    /**
     * A bad command line gets one line saying what is wrong and one pointing at the help, as git and curl answer,
     * instead of the whole usage text.
     */
    private static int badUsage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        java.io.PrintWriter err = cmd.getErr();
        err.println("newsgraph: " + oneLine(ex));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        return (m == null ? ex.getClass().getSimpleName() : m).lines().findFirst().orElse("");
    }
}
