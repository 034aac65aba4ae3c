package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The everyday {@code analyze} command lines read without picocli. Building picocli's model of a command (reading
 * its annotations by reflection, interpolating its texts) cost about 0.3 CPU s of every start on one core, a third
 * of the first result. This reads the plain forms only — files, {@code -} for standard input, each option at most
 * once with its value as the next word or after {@code =} — into the same {@link AnalyzeCommand} fields picocli
 * would set. Anything else (help, version, {@code --}, {@code @}-files, clustered short options, a value that
 * looks like an option, an unknown option, a bad number or format, an option given twice) is left to picocli,
 * so help texts, suggestions and error messages stay picocli's.
 */
final class AnalyzeArguments {
    private AnalyzeArguments() {
    }

    /** The command set up from {@code args} (its first word is {@code analyze}), or null to leave it to picocli. */
    static AnalyzeCommand parse(String[] args) {
        AnalyzeCommand c = new AnalyzeCommand();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.charAt(0) == '@') return null;
            if (a.charAt(0) != '-' || a.equals("-")) {
                c.files.add(a);
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            String option = canonical(name);
            if (option == null || !seen.add(option)) return null;
            if (isFlag(option)) {
                if (value != null) return null;
                switch (option) {
                    case "--quiet" -> c.quiet = true;
                    case "--verbose" -> c.verbose = true;
                    case "--explain" -> c.explain = true;
                    default -> c.pretty = true;
                }
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) return null;
                value = args[++i];
            }
            if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@') return null;
            if (!set(c, option, value)) return null;
        }
        return c;
    }

    /** The long name of an option {@code analyze} has, or null. */
    private static String canonical(String name) {
        return switch (name) {
            case "-o", "--out" -> "--out";
            case "-f", "--format" -> "--format";
            case "-q", "--quiet" -> "--quiet";
            case "-v", "--verbose" -> "--verbose";
            case "--published", "--lang", "--kb", "--explain", "--threads", "--pretty" -> name;
            default -> null;
        };
    }

    private static boolean isFlag(String option) {
        return switch (option) {
            case "--quiet", "--verbose", "--explain", "--pretty" -> true;
            default -> false;
        };
    }

    private static boolean set(AnalyzeCommand c, String option, String value) {
        try {
            setOrThrow(c, option, value);
            return true;
        } catch (RuntimeException e) {
            return false; // picocli words the error: a path the system refuses, a format there is not
        }
    }

    private static void setOrThrow(AnalyzeCommand c, String option, String value) {
        switch (option) {
            case "--out" -> c.out = Path.of(value);
            case "--kb" -> c.kb = Path.of(value);
            case "--published" -> c.published = value;
            case "--lang" -> c.lang = value;
            case "--format" -> c.format = new AnalyzeCommand.FormatName().convert(value);
            default -> {
                // --threads: digits only (picocli's Integer.valueOf also takes a sign)
                if (value.length() > 6 || !value.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    throw new IllegalArgumentException(value);
                }
                c.threads = Integer.parseInt(value);
            }
        }
    }
}
