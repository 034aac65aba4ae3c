package org.newsgraph.spark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newsgraph spark}: the pipeline and the cross-source comparison on Apache Spark. The {@code ./newsgraph}
 * launcher runs this class with the Spark jars on the class path; on a cluster it is the main class given to
 * {@code spark-submit}.
 */
@Command(name = "newsgraph spark", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Runs the pipeline (analyze) and the cross-source comparison (compare) on Apache Spark: "
                + "locally with --master local[*], or on a cluster through spark-submit.",
        subcommands = {SparkAnalyzeCommand.class, SparkCompareCommand.class, CommandLine.HelpCommand.class})
public final class NewsgraphSpark implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code; errors are one line on standard error. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new NewsgraphSpark());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args2) -> {
            java.io.PrintWriter err = ex.getCommandLine().getErr();
            err.println("newsgraph spark: " + oneLine(ex));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("newsgraph spark: " + oneLine(ex) + " (run with NEWSGRAPH_DEBUG=1 for details)");
            if (System.getenv("NEWSGRAPH_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return ex instanceof IllegalArgumentException ? 2 : 3;
        });
        return cl.execute(args);
    }

    static String oneLine(Throwable ex) {
        Throwable t = ex;
        while (t.getMessage() == null && t.getCause() != null) t = t.getCause();
        String m = t.getMessage();
        return (m == null ? t.getClass().getSimpleName() : m).lines().findFirst().orElse("");
    }
}
