package org.entente.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends coded stories to the CMS plugin through its bulk ingest, {@code POST /api/v1/articles} with
 * {@value #BATCH} stories a request as JSON Lines (the plugin analyses and stores each story; the
 * same story twice changes nothing), so that an archive's old stories get tags and related
 * coverage. A plugin without the bulk ingest (404, 405 or 415 to it) gets one
 * {@code PUT /api/v1/articles/{id}} a story instead.
 *
 * <p>Stories arrive sorted by id. Requests are spread to at most {@code perSecond}; a refused
 * connection, a 429 or a 5xx, for a request or for one story of a batch, is retried after 1, 2, 4
 * ... s (at most a minute), only for the stories it concerns; a story still failing after every
 * attempt stops the backfill, since the CMS is then unwell. A 4xx for a story is the story's own
 * fault: it is written to {@code <checkpoint>.failed} and the others go on; 401 and 403 stop the
 * backfill. The checkpoint file holds the greatest id up to which every story was answered, so a
 * backfill run again (after a stop or a crash) resumes after it; at most the stories in flight at
 * the stop are sent twice, which is harmless.
 *
 * @since 0.1
 */
final class CmsBackfill {
    /** Stories a bulk request carries at most (the plugin takes up to 1,000). */
    static final int BATCH = 100;
    /**
     * A batch is closed once its stories pass this many bytes of UTF-8: with the last story (at most
     * 2 MiB) it stays under the 8 MiB the plugin takes a request.
     */
    private static final long MAX_BATCH_BYTES = 6L * 1024 * 1024;
    /** A result line's status (a problem's text has its quotes escaped, so it cannot match). */
    private static final java.util.regex.Pattern STATUS = java.util.regex.Pattern.compile("(?<!\\\\)\"status\":(\\d+)");

    /** A story to send: its id and the JSON body of the PUT ({@code text} or {@code html}, title, url, published). */
    record Story(String id, String body) {
        Story {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * Where and how fast to send.
     *
     * @param base        the plugin's base URL, e.g. {@code https://cms.example.org/entente}
     * @param user        a user with the role {@code integration}
     * @param password    that user's password
     * @param perSecond   requests per second at most
     * @param threads     requests in flight at most
     * @param attempts    tries per story before the backfill stops
     * @param firstDelay  the wait before the first retry (doubled each time, at most a minute)
     * @param checkpoint  the file that records progress
     */
    record Settings(URI base, String user, String password, double perSecond, int threads, int attempts,
                    Duration firstDelay, Path checkpoint) {
        Settings {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(firstDelay, "firstDelay");
            Objects.requireNonNull(checkpoint, "checkpoint");
            if (!(perSecond > 0) || threads < 1 || attempts < 1) {
                throw new IllegalArgumentException("perSecond, threads and attempts must be positive");
            }
        }
    }

    /**
     * What a backfill did: stories sent and answered 200 or 201, skipped as sent by an earlier run,
     * refused with a 4xx (listed in {@code refusals}).
     */
    record Result(long sent, long skipped, long refused, Path refusals) {
    }

    /** The backfill stopped: the CMS refused the credentials or stayed unavailable. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped(String message) {
            super(message);
        }
    }

    private CmsBackfill() {
    }

    /**
     * Sends {@code stories}, which must be sorted by id in UTF-8 byte order (Spark's string order).
     *
     * @throws Stopped if the CMS refused the credentials or a story failed every attempt; the
     *                 checkpoint then holds the progress made
     */
    static Result send(Iterator<Story> stories, Settings settings) {
        String resumeAfter = readCheckpoint(settings.checkpoint());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
        Pacer pacer = new Pacer(settings.perSecond());
        Checkpoint progress = new Checkpoint(settings.checkpoint());
        Semaphore inFlight = new Semaphore(settings.threads());
        AtomicReference<String> stop = new AtomicReference<>();
        AtomicLong sent = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long skipped = 0;
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        Sender sender = new Sender(http, authorization, settings, pacer, progress, stop, sent, refused);
        try {
            long sequence = 0;
            while (stories.hasNext() && stop.get() == null) {
                List<Story> batch = new ArrayList<>();
                List<Long> numbers = new ArrayList<>();
                long bytes = 0;
                while (stories.hasNext() && batch.size() < BATCH && bytes < MAX_BATCH_BYTES) {
                    Story story = stories.next();
                    if (resumeAfter != null && compareUtf8(story.id(), resumeAfter) <= 0) {
                        skipped++;
                        continue;
                    }
                    long number = sequence++;
                    progress.started(number, story.id());
                    batch.add(story);
                    numbers.add(number);
                    bytes += story.body().getBytes(StandardCharsets.UTF_8).length + story.id().length() + 10;
                }
                if (batch.isEmpty()) {
                    break;
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        sender.send(batch, numbers);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            inFlight.acquireUninterruptibly(settings.threads()); // every request answered
        } finally {
            pool.shutdownNow();
            progress.save();
        }
        if (stop.get() != null) {
            throw new Stopped(stop.get() + "; resume from the checkpoint " + settings.checkpoint() + " by running again");
        }
        return new Result(sent.get(), skipped, refused.get(), progress.failedFile);
    }

    /** Sends batches: through the bulk ingest while the plugin has one, else story by story. */
    private record Sender(HttpClient http, String authorization, Settings settings, Pacer pacer, Checkpoint progress,
                          AtomicReference<String> stop, AtomicLong sent, AtomicLong refused, AtomicBoolean bulk) {
        Sender(HttpClient http, String authorization, Settings settings, Pacer pacer, Checkpoint progress,
               AtomicReference<String> stop, AtomicLong sent, AtomicLong refused) {
            this(http, authorization, settings, pacer, progress, stop, sent, refused, new AtomicBoolean(true));
        }

        void send(List<Story> batch, List<Long> numbers) {
            List<Integer> pending = new ArrayList<>();
            for (int k = 0; k < batch.size(); k++) {
                pending.add(k);
            }
            long delay = settings.firstDelay().toMillis();
            String last = null;
            for (int attempt = 1; attempt <= settings.attempts() && !pending.isEmpty() && stop.get() == null; attempt++) {
                if (!bulk.get()) {
                    break;
                }
                if (attempt > 1) {
                    sleep(delay);
                    delay = Math.min(delay * 2, 60_000);
                }
                pacer.acquire();
                StringBuilder body = new StringBuilder();
                for (int k : pending) {
                    body.append(line(batch.get(k))).append('\n');
                }
                HttpResponse<String> response;
                try {
                    response = http.send(HttpRequest.newBuilder(URI.create(settings.base().toString().replaceAll("/+$", "")
                                    + "/api/v1/articles")).timeout(Duration.ofMinutes(10))
                            .header("Content-Type", "application/x-ndjson").header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                int status = response.statusCode();
                if (status == 401 || status == 403) {
                    stop.compareAndSet(null, "the CMS answered " + status + " to user " + settings.user()
                            + ": it needs a user with the role integration");
                    return;
                }
                if (status == 404 || status == 405 || status == 415) {
                    bulk.set(false); // a plugin without the bulk ingest
                    break;
                }
                if (status == 429 || status >= 500) {
                    last = "HTTP " + status;
                    continue;
                }
                if (status != 200) {
                    break; // the request as a whole refused: each story gets its own answer through PUT
                }
                String[] results = response.body().split("\n");
                if (results.length != pending.size()) {
                    last = "an answer of " + results.length + " lines to " + pending.size();
                    continue;
                }
                List<Integer> again = new ArrayList<>();
                for (int r = 0; r < results.length; r++) {
                    java.util.regex.Matcher m = STATUS.matcher(results[r]);
                    int k = pending.get(r);
                    int answer = m.find() ? Integer.parseInt(m.group(1)) : 500;
                    if (answer == 429 || answer >= 500) {
                        again.add(k);
                        last = "HTTP " + answer + " for story " + batch.get(k).id();
                    } else {
                        answered(batch.get(k), numbers.get(k), answer);
                    }
                }
                pending = again;
            }
            if (stop.get() != null || pending.isEmpty()) {
                return;
            }
            if (!bulk.get() || last == null) { // no bulk ingest, or a request it refused whole: story by story
                for (int k : pending) {
                    int status = put(http, authorization, settings, pacer, batch.get(k), stop);
                    if (status > 0) {
                        answered(batch.get(k), numbers.get(k), status);
                    }
                }
                return;
            }
            stop.compareAndSet(null, "story " + batch.get(pending.get(0)).id() + " failed " + settings.attempts() + " times (" + last + ")");
        }

        private void answered(Story story, long number, int status) {
            if (status == 200 || status == 201) {
                sent.incrementAndGet();
            } else {
                refused.incrementAndGet();
                progress.refused(story.id(), status);
            }
            progress.answered(number);
        }

        /** The story as a line of the bulk ingest: its PUT body with the id added. */
        private static String line(Story story) {
            String inner = story.body().substring(story.body().indexOf('{') + 1).strip();
            return "{\"id\":" + quote(story.id()) + (inner.startsWith("}") ? "" : ",") + inner;
        }
    }

    /** A JSON string. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** Sends one story; returns the final HTTP status, or 0 if the backfill stops. */
    private static int put(HttpClient http, String authorization, Settings settings, Pacer pacer, Story story,
                           AtomicReference<String> stop) {
        URI uri = URI.create(settings.base().toString().replaceAll("/+$", "") + "/api/v1/articles/"
                + URLEncoder.encode(story.id(), StandardCharsets.UTF_8).replace("+", "%20"));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .PUT(HttpRequest.BodyPublishers.ofString(story.body(), StandardCharsets.UTF_8)).build();
        long delay = settings.firstDelay().toMillis();
        String last = null;
        for (int attempt = 1; attempt <= settings.attempts() && stop.get() == null; attempt++) {
            if (attempt > 1) {
                sleep(delay);
                delay = Math.min(delay * 2, 60_000);
            }
            pacer.acquire();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 401 || status == 403) {
                    stop.compareAndSet(null, "the CMS answered " + status + " to user " + settings.user()
                            + ": it needs a user with the role integration");
                    return 0;
                }
                if (status != 429 && status < 500) {
                    return status;
                }
                last = "HTTP " + status;
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        stop.compareAndSet(null, "story " + story.id() + " failed " + settings.attempts() + " times (" + last + ")");
        return 0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Compares as Spark orders strings: by their UTF-8 bytes, unsigned. */
    static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String readCheckpoint(Path checkpoint) {
        try {
            return Files.exists(checkpoint) ? Files.readString(checkpoint, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint " + checkpoint, e);
        }
    }

    /** Spaces requests evenly at a rate, across threads. */
    private static final class Pacer {
        private final long intervalNanos;
        private long next = System.nanoTime();

        Pacer(double perSecond) {
            this.intervalNanos = (long) (1e9 / perSecond);
        }

        void acquire() {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                next = Math.max(next, now);
                wait = next - now;
                next += intervalNanos;
            }
            if (wait > 0) {
                sleep(wait / 1_000_000 + 1);
            }
        }
    }

    /**
     * The stories in flight and the checkpoint: the id of the last story of the longest answered
     * prefix of the sequence, saved at most once a second and at the end.
     */
    private static final class Checkpoint {
        private final Path checkpoint;
        final Path failedFile;
        private final TreeSet<Long> answered = new TreeSet<>();
        private final java.util.Map<Long, String> ids = new java.util.HashMap<>();
        private long nextUnanswered;
        private String mark;
        private long savedAt;

        Checkpoint(Path checkpoint) {
            this.checkpoint = checkpoint;
            this.failedFile = checkpoint.resolveSibling(checkpoint.getFileName() + ".failed");
        }

        synchronized void started(long number, String id) {
            ids.put(number, id);
        }

        synchronized void answered(long number) {
            answered.add(number);
            while (answered.remove(nextUnanswered)) {
                mark = ids.remove(nextUnanswered);
                nextUnanswered++;
            }
            if (System.nanoTime() - savedAt > 1_000_000_000L) {
                save();
            }
        }

        synchronized void refused(String id, int status) {
            try {
                Files.writeString(failedFile, id + "\tHTTP " + status + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + failedFile, e);
            }
        }

        synchronized void save() {
            if (mark == null) {
                return;
            }
            try {
                // written aside and moved, so a crash never leaves half a checkpoint
                Path temporary = checkpoint.resolveSibling(checkpoint.getFileName() + ".tmp");
                Files.writeString(temporary, mark + "\n", StandardCharsets.UTF_8);
                Files.move(temporary, checkpoint, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                savedAt = System.nanoTime();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the checkpoint " + checkpoint, e);
            }
        }
    }
}
