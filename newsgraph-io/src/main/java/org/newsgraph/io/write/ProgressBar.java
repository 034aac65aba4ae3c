package org.newsgraph.io.write;

import org.newsgraph.core.Counted;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on standard error for batches ({@code analyze --out}, {@code ingest}, {@code spark analyze}),
 * redrawn at most ten times a second. Silent unless enabled: callers enable it only on an interactive terminal and
 * without {@code --quiet}, so logs and pipes never get carriage returns. With an unknown total it shows the count
 * and the rate only.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final long total;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private boolean finished;

    public ProgressBar(PrintStream err, long total, String label, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total != 1;
        if (this.enabled) err.print(label + "\n");
    }

    /** Whether standard error and standard input are an interactive terminal that wants bars and colours. */
    public static boolean interactive() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }

    public synchronized void update(long done) {
        if (!enabled || finished) return;
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (!last && now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        err.print("\r" + line(done, (now - startNanos) / 1e9) + "   ");
        if (last) finish();
        err.flush();
    }

    /** Ends the bar's line (once); for a total that was not known in advance. */
    public synchronized void finish() {
        if (!enabled || finished) return;
        finished = true;
        err.println();
        err.flush();
    }

    /** The bar as drawn after {@code done} items in {@code seconds}. */
    String line(long done, double seconds) {
        double rate = done / Math.max(1e-3, seconds);
        String speed = String.format(Locale.ROOT, rate >= 10 || rate == 0 ? "%.0f articles/s" : "%.1f articles/s", rate);
        if (total <= 0) return Counted.of(done, "article") + "  " + speed;
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        String eta = rate > 0 && done < total ? String.format(Locale.ROOT, " ETA %ds", (long) ((total - done) / rate)) : "";
        return String.format(Locale.ROOT, "[%s%s] %d/%d  %s%s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, speed, eta);
    }
}
