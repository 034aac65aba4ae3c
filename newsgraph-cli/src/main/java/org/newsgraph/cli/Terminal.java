package org.newsgraph.cli;

import java.io.PrintStream;

/** What the standard streams are connected to: colour and progress bars only on an interactive terminal. */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }

    /** A progress bar on standard error, redrawn at most ten times a second; silent when not interactive. */
    static final class Progress {
        private final PrintStream err;
        private final long total;
        private final boolean enabled;
        private final long startNanos = System.nanoTime();
        private long lastDraw;

        Progress(PrintStream err, long total, String label) {
            this.err = err;
            this.total = total;
            this.enabled = interactive() && total > 1;
            if (enabled) err.print(label + "\n");
        }

        synchronized void update(long done) {
            if (!enabled) return;
            long now = System.nanoTime();
            if (done < total && now - lastDraw < 100_000_000L) return;
            lastDraw = now;
            double secs = Math.max(1e-3, (now - startNanos) / 1e9);
            double rate = done / secs;
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            String eta = rate > 0 && done < total ? String.format(" ETA %ds", (long) ((total - done) / rate)) : "";
            err.printf("\r[%s%s] %d/%d  %.0f articles/s%s   ", "#".repeat(filled), " ".repeat(width - filled), done, total, rate, eta);
            if (done >= total) err.println();
            err.flush();
        }
    }
}
