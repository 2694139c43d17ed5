package org.entente.spark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress line of a local run: articles done of all, per second, and the time left, printed
 * every few seconds on the driver. Counts arrive when tasks finish, so they move in steps of a
 * partition.
 *
 * @since 0.1
 */
final class Progress implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final LongSupplier done;
    private final long total;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastPrinted = -1;

    private Progress(LongSupplier done, long total, PrintStream out, long periodMillis) {
        this.done = done;
        this.total = total;
        this.out = out;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "entente-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::print, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Prints the progress of {@code done} out of {@code total} to {@code out} every {@code period}. */
    static Progress start(LongSupplier done, long total, PrintStream out, Duration period) {
        return new Progress(done, total, out, period.toMillis());
    }

    /** The line for {@code done} of {@code total} articles after {@code seconds}. */
    static String line(long done, long total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && done < total ? ", " + duration(Math.round((total - done) / rate)) + " left" : "";
        return String.format(java.util.Locale.ROOT, "entente-spark: %,d of %,d articles (%d%%), %.1f articles/s%s",
                done, total, total == 0 ? 100 : done * 100 / total, rate, eta);
    }

    private synchronized void print() {
        long now = done.getAsLong();
        if (now != lastPrinted) {
            lastPrinted = now;
            out.println(line(now, total, (System.nanoTime() - start) / 1e9));
        }
    }

    private static String duration(long seconds) {
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
