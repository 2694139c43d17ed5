import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latency and cost of a running Entente plugin, measured open-loop:
 * java -cp HdrHistogram.jar scripts/PluginBench.java BASE_URL USER:PASSWORD SEEDS_DIR COUNTRIES_TSV STORIES SECONDS SERVER_PID.
 *
 * <p>First stores STORIES generated stories through the bulk ingest (the seeds and a few stories
 * written for this benchmark, with their countries swapped for others, paragraphs dropped and
 * dates moved), unless that many are already stored, and compares the bulk ingest's rate with the
 * per-story PUT's on 400 fresh stories each. Then, for PUT of a new 1,000-word story, GET of a
 * random story's related coverage and GET of its tags (the floor of the stack), it measures:
 * <ul>
 *   <li>the saturation throughput: 16 clients in a closed loop for SECONDS;</li>
 *   <li>the server's CPU per request over that run: the utime and stime of SERVER_PID (from
 *       /proc/PID/stat, the process's own accounting) divided by the requests answered;</li>
 *   <li>p50, p99 and p99.9 at 25%, 50% and 75% of saturation, open-loop: requests are sent at a
 *       constant rate whatever the answers do, and each latency counts from the time the request
 *       was due, not from when it could be sent (wrk2's correction of coordinated omission).</li>
 * </ul>
 * BENCH_REQUESTS (default put,related,tags) chooses the requests; BENCH_JFR=PREFIX saves a JDK
 * Flight Recording of the server during each saturation run (jcmd PID JFR.start) to PREFIX-NAME.jfr.
 */
public class PluginBench {
    /** Stories of this benchmark's own writing, on other subjects than the seeds. */
    private static final List<String> OWN = List.of(
            "Japan and the Philippines signed a defence agreement in Manila on Tuesday, allowing troops of each country "
                    + "to train on the other's soil. The Japanese defence minister said the pact would deepen cooperation.\n\n"
                    + "China criticised the agreement and accused Japan of stirring tension in the region.",
            "Brazil and Argentina agreed on Monday to cut tariffs on cars and steel, officials said after talks in Brasilia.\n\n"
                    + "The Brazilian trade minister said the two governments would meet again next month to review the deal.",
            "The United States imposed new sanctions on Iran on Wednesday over its missile programme.\n\n"
                    + "Iran condemned the measures and said it would respond. France urged both sides to return to talks.",
            "Kenya and Ethiopia held talks in Nairobi on Thursday on a new railway line linking the two countries.\n\n"
                    + "The Kenyan transport minister said the two sides agreed to share the cost of a feasibility study.",
            "Germany pledged emergency aid to Ukraine on Friday after floods destroyed roads and bridges in the west of "
                    + "the country.\n\nThe German foreign minister visited Kyiv and met Ukrainian officials.");
    /** Stories per bulk request (the plugin takes at most 1,000). */
    private static final int BULK_LINES = 500;
    /** Clients of the closed loop that finds the saturation throughput. */
    private static final int SATURATION_CLIENTS = 16;
    /** Requests in flight at most in the open loop; a request due beyond them waits, and its wait counts. */
    private static final int MAX_IN_FLIGHT = 1024;
    private static final double[] LOADS = {0.25, 0.50, 0.75};
    /** Requests of the warm-up at least (and SECONDS at least). */
    private static final int WARM_UP_REQUESTS = 400;

    private final HttpClient http;
    private final String base;
    private final String auth;
    private final List<String> texts;
    private final List<String[]> countries;
    private final long serverPid;
    private final long ticksPerSecond;
    /** Which requests to measure (put, related, tags). */
    private final String requests = System.getenv().getOrDefault("BENCH_REQUESTS", "put,related,tags");
    /** With a path prefix, a Flight Recording of each request's saturation run is saved to PREFIX-NAME.jfr. */
    private final String jfr = System.getenv("BENCH_JFR");

    PluginBench(HttpClient http, String base, String auth, List<String> texts, List<String[]> countries, long serverPid,
                long ticksPerSecond) {
        this.http = http;
        this.base = base;
        this.auth = auth;
        this.texts = texts;
        this.countries = countries;
        this.serverPid = serverPid;
        this.ticksPerSecond = ticksPerSecond;
    }

    public static void main(String[] args) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of(args[2]))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        texts.addAll(OWN);
        int stories = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        long pid = Long.parseLong(args[6]);
        ExecutorService io = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(io).connectTimeout(Duration.ofSeconds(10)).build();
        PluginBench bench = new PluginBench(http, args[0], auth, texts, countries(Path.of(args[3])), pid, ticksPerSecond());
        try {
            bench.run(stories, seconds);
        } finally {
            io.shutdownNow(); // its threads would keep the JVM, and with it ./bench and the server, running
        }
    }

    private void run(int stories, int seconds) throws Exception {
        long start = System.nanoTime();
        int loaded = load(stories);
        System.out.printf(Locale.ROOT, "stored stories: %d (loaded %d through POST /articles in %.0f s, %.0f stories/s)%n", stories,
                loaded, (System.nanoTime() - start) / 1e9, loaded / ((System.nanoTime() - start) / 1e9));
        compareIngest();

        String thousandWords = thousandWords(texts);
        String nonce = Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger fresh = new AtomicInteger();
        String story = "{\"text\":" + json(thousandWords) + ",\"published\":\"2025-11-02\"}";
        List<Row> rows = new ArrayList<>();
        if (requests.contains("put")) {
            rows.add(measure("put", "PUT /articles/{id} (1,000 words, new story)", seconds, () -> request(
                    "/api/v1/articles/bench-put-" + nonce + "-" + fresh.incrementAndGet()).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(story)).build()));
        }
        if (requests.contains("related")) {
            rows.add(measure("related", "GET /articles/{id}/related?limit=10", seconds, () -> request(
                    "/api/v1/articles/bench-" + ThreadLocalRandom.current().nextInt(stories) + "/related?limit=10").build()));
        }
        if (requests.contains("tags")) {
            rows.add(measure("tags", "GET /articles/{id}/tags (the floor)", seconds, () -> request(
                    "/api/v1/articles/bench-" + ThreadLocalRandom.current().nextInt(stories) + "/tags").build()));
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "| request (%,d stories) | saturation | server CPU / request |", stories);
        for (double load : LOADS) {
            System.out.printf(Locale.ROOT, " p50 / p99 / p99.9 at %.0f%% |", load * 100);
        }
        System.out.println();
        System.out.println("|---|---|---|---|---|---|");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| `%s` | %.0f req/s | %s |", row.what(), row.saturation(),
                    row.cpuMillis() < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f ms", row.cpuMillis()));
            for (Histogram h : row.latencies()) {
                System.out.printf(Locale.ROOT, " %s / %s / %s ms |", ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(99)),
                        ms(h.getValueAtPercentile(99.9)));
            }
            System.out.println();
        }
    }

    private static String ms(long micros) {
        return micros >= 100_000 ? String.format(Locale.ROOT, "%.0f", micros / 1000.0) : String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }

    record Row(String what, double saturation, double cpuMillis, List<Histogram> latencies) {
    }

    /** Saturation and CPU per request (closed loop), then latency at each load (open loop). */
    private Row measure(String name, String what, int seconds, Supplier<HttpRequest> next) throws Exception {
        closedLoop(next, seconds, WARM_UP_REQUESTS); // warm-up: the JIT compiles the extractor, which a few PUTs do not reach
        if (jfr != null) { // a Flight Recording of the server during the saturation run
            jcmd("JFR.start", "name=bench-" + name, "settings=profile", "filename=" + Path.of(jfr + "-" + name + ".jfr").toAbsolutePath());
        }
        long cpuBefore = cpuTicks();
        Closed saturated = closedLoop(next, seconds, 0);
        long cpuAfter = cpuTicks();
        if (jfr != null) {
            jcmd("JFR.stop", "name=bench-" + name);
        }
        double rate = saturated.answered() / saturated.seconds();
        double cpu = cpuBefore < 0 ? -1 : (cpuAfter - cpuBefore) * 1000.0 / ticksPerSecond / saturated.answered();
        System.out.printf(Locale.ROOT, "%-46s saturation %7.1f req/s, server CPU %.2f ms/request (%d requests, %d errors)%n",
                what, rate, cpu, saturated.answered(), saturated.errors());
        List<Histogram> latencies = new ArrayList<>();
        for (double load : LOADS) {
            AtomicLong errors = new AtomicLong();
            long started = System.nanoTime();
            Histogram h = openLoop(next, rate * load, seconds, errors);
            System.out.printf(Locale.ROOT, "  at %3.0f%% (%6.1f req/s, %.1f s): p50 %s ms, p99 %s ms, p99.9 %s ms, max %s ms (%d requests, %d errors)%n",
                    load * 100, rate * load, (System.nanoTime() - started) / 1e9, ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()), h.getTotalCount(), errors.get());
            latencies.add(h);
        }
        return new Row(what, rate, cpu, latencies);
    }

    record Closed(long answered, long errors, double seconds) {
    }

    /**
     * {@value #SATURATION_CLIENTS} clients, each sending its next request when the last is answered,
     * for {@code seconds} and at least {@code atLeast} requests.
     */
    private Closed closedLoop(Supplier<HttpRequest> next, int seconds, int atLeast) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong started = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(SATURATION_CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < SATURATION_CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                while (started.incrementAndGet() <= atLeast || System.nanoTime() < end) {
                    int status = http.send(next.get(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    answered.incrementAndGet();
                    if (status >= 300) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Closed(answered.get(), errors.get(), elapsed);
    }

    /**
     * Sends requests at {@code rate} a second for {@code seconds}, each due at a fixed time, and
     * records each latency in microseconds from the time it was due.
     */
    private Histogram openLoop(Supplier<HttpRequest> next, double rate, int seconds, AtomicLong errors) throws Exception {
        Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long count = Math.max(1, Math.round(rate * seconds));
        double interval = 1e9 / rate;
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + Math.round(i * interval);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            inFlight.acquire();
            http.sendAsync(next.get(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
                if (failure != null || response.statusCode() >= 300) {
                    errors.incrementAndGet();
                }
                inFlight.release();
            });
        }
        if (!inFlight.tryAcquire(MAX_IN_FLIGHT, 5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("requests still unanswered after 5 minutes");
        }
        return latencies;
    }

    private void jcmd(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(serverPid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + ": " + out);
        }
    }

    /** The server process's CPU time so far in clock ticks (user + system), or -1 if unknown. */
    private long cpuTicks() throws Exception {
        if (serverPid <= 0) {
            return -1;
        }
        String stat = Files.readString(Path.of("/proc", Long.toString(serverPid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime: fields 14 and 15 of proc(5)
    }

    private static long ticksPerSecond() throws Exception {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
        String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return getconf.waitFor() == 0 && out.matches("\\d+") ? Long.parseLong(out) : 100;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).timeout(Duration.ofMinutes(2));
    }

    /** Stores the generated stories bench-0 ... bench-(n-1) that are missing, through the bulk ingest. */
    private int load(int n) throws Exception {
        if (http.send(request("/api/v1/articles/bench-" + (n - 1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return 0; // loaded by an earlier run against this server
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger loaded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2); // one request stores while the other is analysed
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            done.add(pool.submit(() -> {
                for (int from = next.getAndAdd(BULK_LINES); from < n; from = next.getAndAdd(BULK_LINES)) {
                    List<String> lines = new ArrayList<>();
                    for (int i = from; i < Math.min(n, from + BULK_LINES); i++) {
                        lines.add(generated("bench-" + i, i));
                    }
                    bulk(lines);
                    int count = loaded.addAndGet(lines.size());
                    if (count / 10_000 != (count - lines.size()) / 10_000) {
                        System.out.println("  stored " + count);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return loaded.get();
    }

    /** One generated story as a line of the bulk ingest. */
    private String generated(String id, int i) {
        Random random = new Random(i);
        String text = vary(texts.get(i % texts.size()), countries, random);
        LocalDate published = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
        return "{\"id\":\"" + id + "\",\"text\":" + json(text) + ",\"published\":\"" + published + "\"}";
    }

    /** Posts JSON Lines; fails unless every line is stored. */
    private void bulk(List<String> lines) throws Exception {
        HttpRequest request = request("/api/v1/articles").header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines) + "\n")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"result\":\"error\"")) {
            throw new IllegalStateException("bulk ingest: " + response.statusCode() + " " + response.body().lines()
                    .filter(l -> l.contains("error")).findFirst().orElse(response.body()));
        }
    }

    /** The bulk ingest's rate against the per-story PUT's (8 clients), on 400 new stories each. */
    private void compareIngest() throws Exception {
        int n = 400;
        String nonce = Long.toString(System.nanoTime(), 36);
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    String line = generated("x", 1_000_000 + i);
                    String body = "{" + line.substring(line.indexOf(",\"text\"") + 1);
                    HttpResponse<String> r = http.send(request("/api/v1/articles/bench-cmp-put-" + nonce + "-" + i)
                            .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("PUT: " + r.statusCode() + " " + r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double put = n / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(generated("bench-cmp-bulk-" + nonce + "-" + i, 1_000_000 + i));
        }
        bulk(lines);
        double bulk = n / ((System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "ingest of %d new stories: per-story PUT (8 clients) %.0f stories/s, bulk (one request) %.0f stories/s: %.1fx%n",
                n, put, bulk, bulk / put);
    }

    /** The text with its two most named countries swapped for two others, and some paragraphs dropped. */
    static String vary(String text, List<String[]> countries, Random random) {
        String[] a = countries.get(random.nextInt(countries.size()));
        String[] b = countries.get(random.nextInt(countries.size()));
        String out = text;
        if (random.nextInt(4) > 0) { // a quarter keep their original countries
            out = swap(out, new String[] {"South Korea", "South Korean", "Seoul"}, a);
            out = swap(out, new String[] {"China", "Chinese", "Beijing"}, b);
        }
        String[] paragraphs = out.split("\n\\s*\n");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            if (i < 2 || random.nextInt(10) < 7) {
                kept.append(paragraphs[i]).append("\n\n");
            }
        }
        return kept.toString();
    }

    private static String swap(String text, String[] from, String[] to) {
        // The demonym first: "South Korean" contains "South Korea".
        return text.replace(from[1], to[1]).replace(from[0], to[0]).replace(from[2], to[2]);
    }

    /** Countries with a name, a demonym and a capital: {name, demonym, capital}. */
    private static List<String[]> countries(Path tsv) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f.length < 6 || f[4].isBlank() || f[5].isBlank()) {
                continue;
            }
            out.add(new String[] {f[2], f[4].split("\\|")[0], f[5]});
        }
        return out;
    }

    /** The longest seed, topped up from the others to 1,000 words. */
    private static String thousandWords(List<String> texts) {
        List<String> words = new ArrayList<>();
        texts.stream().sorted((x, y) -> Integer.compare(y.length(), x.length()))
                .forEach(t -> words.addAll(Arrays.asList(t.split("(?<=\\s)(?=\\S)"))));
        return String.join("", words.subList(0, 1000));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
