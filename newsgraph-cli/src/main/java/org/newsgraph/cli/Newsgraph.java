package org.newsgraph.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command: reads news articles and says who said what, which figures, by whom, and when. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns news articles into verifiable facts: who said what, which figures were claimed and by whom, "
                + "about which people, places and organisations, and when.",
        footer = {"", "  spark    Runs the pipeline and the comparison on Apache Spark:",
                "             spark analyze IN… OUT, spark compare IN OUT (see docs/spark.md)."})
public final class Newsgraph implements Runnable {

    /**
     * The subcommands, added by {@link #execute}, in the order the help lists them. picocli reads a command's
     * annotations (reflection, annotation proxies) when it is added: all eleven on every run cost about a third of
     * the main thread's start-up for one article, so a command line that names one gets only that one.
     */
    private static final List<String> COMMANDS = List.of("analyze", "eval", "bench", "kb", "ingest", "search", "compare",
            "stories", "store", "reindex", "serve", "help");

    /**
     * A new command object by name. A switch, not a table of constructor references: the start-up cache cannot keep
     * a reference to a picocli class (picocli's Java 5 class files are left out of it) and fails to build.
     */
    private static Object command(String name) {
        return switch (name) {
            case "analyze" -> new AnalyzeCommand();
            case "eval" -> new EvalCommand();
            case "bench" -> new BenchCommand();
            case "kb" -> new KbCommand();
            case "ingest" -> new IngestCommand();
            case "search" -> new SearchCommand();
            case "compare" -> new CompareCommand();
            case "stories" -> new StoriesCommand();
            case "store" -> new StoreCommand();
            case "reindex" -> new ReindexCommand();
            case "serve" -> new ServeCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

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
        if (args.length > 0 && args[0].equals("analyze")) {
            AnalyzeCommand analyze = AnalyzeArguments.parse(args);
            if (analyze != null) return run(analyze);
        }
        CommandLine cl = new CommandLine(new Newsgraph());
        // the named command alone; any other first word (an option, a typo to suggest for, none) sees them all
        if (args.length > 0 && COMMANDS.contains(args[0]) && !args[0].equals("help")) {
            cl.addSubcommand(command(args[0]));
        } else {
            for (String name : COMMANDS) cl.addSubcommand(command(name));
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Newsgraph::badUsage);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine.getErr()));
        return cl.execute(args);
    }

    /** Runs a command read without picocli ({@link AnalyzeArguments}) as picocli runs it, with the same handler. */
    private static int run(AnalyzeCommand command) {
        try {
            return command.call();
        } catch (Exception ex) {
            // as picocli writes to standard error: the default charset (the launcher's UTF-8)
            java.io.PrintWriter err = new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err,
                    java.nio.charset.Charset.defaultCharset()), true);
            int code = failed(ex, err);
            err.flush();
            return code;
        }
    }

    /** An exception out of a command: one line, a stack trace only when asked for; exit code 3. */
    private static int failed(Exception ex, java.io.PrintWriter err) {
        err.println("newsgraph: " + oneLine(ex) + " (run with NEWSGRAPH_DEBUG=1 for details)");
        if (System.getenv("NEWSGRAPH_DEBUG") != null) ex.printStackTrace(err);
        return 3;
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
