package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.io.write.ProgressBar;

/** What the standard streams are connected to: colour and progress bars only on an interactive terminal. */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        return ProgressBar.interactive();
    }

    /** A progress bar on standard error, drawn only on an interactive terminal and without --quiet. */
    static ProgressBar progress(long total, String label, boolean quiet) {
        return new ProgressBar(System.err, total, label, !quiet && interactive());
    }

    /**
     * Whether standard input is a terminal (someone typing) rather than a pipe or a file: without FILE arguments,
     * {@code analyze} reads a piped article and explains its usage to a person at a terminal. The launcher tells
     * (NEWSGRAPH_STDIN_TTY, from the shell's {@code -t 0}); else Linux's /proc says what fd 0 is; else a console
     * means both ends are a terminal.
     */
    static boolean stdinIsTerminal() {
        String told = System.getenv("NEWSGRAPH_STDIN_TTY");
        if ("1".equals(told)) return true;
        if ("0".equals(told)) return false;
        Path fd0 = Path.of("/proc/self/fd/0");
        try {
            if (Files.exists(fd0, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd0).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux: fall back to the console
        }
        return System.console() != null;
    }
}
