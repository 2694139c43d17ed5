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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latency of a running Entente plugin under load:
 * java scripts/PluginBench.java BASE_URL USER:PASSWORD SEEDS_DIR COUNTRIES_TSV STORIES CLIENTS SECONDS.
 *
 * <p>First stores STORIES generated stories (the seeds and a few stories written for this benchmark,
 * with their countries swapped for others, paragraphs dropped and dates moved), unless that many are
 * already stored. Then, with CLIENTS concurrent clients in a closed loop (each sends its next request
 * when the last one is answered), it measures for SECONDS each, after as long a warm-up: PUT of a
 * new 1,000-word story (analysed and stored), GET of a random stored story's related coverage, and,
 * for comparison, GET of a random story's tags (one small database read through the same stack). It
 * prints p50, p99 and the throughput.
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

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of(args[2]))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        texts.addAll(OWN);
        List<String[]> countries = countries(Path.of(args[3]));
        int stories = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        ExecutorService io = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(io).connectTimeout(Duration.ofSeconds(10)).build();
        Client client = new Client(http, base, auth);

        long start = System.nanoTime();
        int stored = load(client, texts, countries, stories, Math.min(clients, 8));
        System.out.printf(Locale.ROOT, "stored stories: %d (loaded %d in %.0f s)%n", stories, stored,
                (System.nanoTime() - start) / 1e9);

        String thousandWords = thousandWords(texts);
        AtomicInteger fresh = new AtomicInteger();
        Random pick = new Random(7);
        report("PUT /articles/{id} (1,000 words, new story)", run(clients, seconds, () -> client.put(
                "bench-put-" + fresh.incrementAndGet(), thousandWords, "2025-11-02")));
        report("GET /articles/{id}/related?limit=10", run(clients, seconds, () -> client.get(
                "/api/v1/articles/bench-" + pick(pick, stories) + "/related?limit=10")));
        // The floor under both: the same server, stack and client for one small database read.
        report("GET /articles/{id}/tags (for comparison)", run(clients, seconds, () -> client.get(
                "/api/v1/articles/bench-" + pick(pick, stories) + "/tags")));
        io.shutdown(); // its threads would keep the JVM, and with it ./bench and the server, running
    }

    private static synchronized int pick(Random random, int bound) {
        return random.nextInt(bound);
    }

    /** Stores the generated stories bench-0 ... bench-(n-1) that are missing; returns how many it stored. */
    private static int load(Client client, List<String> texts, List<String[]> countries, int n, int threads) throws Exception {
        if (client.status("/api/v1/articles/bench-" + (n - 1)) == 200) {
            return 0; // loaded by an earlier run against this server
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger loaded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    Random random = new Random(i);
                    String text = vary(texts.get(i % texts.size()), countries, random);
                    LocalDate published = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
                    client.put("bench-" + i, text, published.toString());
                    int count = loaded.incrementAndGet();
                    if (count % 10_000 == 0) {
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

    interface Request {
        int send() throws Exception;
    }

    record Result(long[] nanos, int errors, double seconds) {
    }

    private static Result run(int clients, int seconds, Request request) throws Exception {
        runFor(clients, seconds, request, null); // warm-up
        List<long[]> samples = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        List<List<Long>> perClient = runFor(clients, seconds, request, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        samples.add(all);
        return new Result(all, (int) errors.get(), elapsed);
    }

    private static List<List<Long>> runFor(int clients, int seconds, Request request, AtomicLong errors) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status = request.send();
                    nanos.add(System.nanoTime() - t0);
                    if (status >= 300 && errors != null) {
                        errors.incrementAndGet();
                    }
                }
                return nanos;
            }));
        }
        List<List<Long>> out = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }

    private static void report(String what, Result r) {
        long[] n = r.nanos();
        System.out.printf(Locale.ROOT, "%-46s p50 %7.1f ms  p99 %7.1f ms  %7.0f req/s  (%d requests, %d errors)%n", what,
                n[(int) (n.length * 0.50)] / 1e6, n[Math.min(n.length - 1, (int) (n.length * 0.99))] / 1e6,
                n.length / r.seconds(), n.length, r.errors());
    }

    /** HTTP with the benchmark's credentials. */
    record Client(HttpClient http, String base, String auth) {
        int put(String id, String text, String published) throws Exception {
            String body = "{\"text\":" + json(text) + ",\"published\":\"" + published + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/" + id))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                System.err.println("PUT " + id + ": " + response.statusCode() + " " + response.body());
            }
            return response.statusCode();
        }

        int get(String path) throws Exception {
            return status(path);
        }

        int status(String path) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
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
