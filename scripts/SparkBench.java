import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Throughput of the Spark job against the extract command line on the same generated articles:
 * java scripts/SparkBench.java SEEDS_DIR ARTICLES SPARK_JAR EXTRACT_JAR WORK_DIR
 *
 * <p>Articles are made at run time from the seeds: a seed's headline and 8 to 18 paragraphs drawn
 * from all five (fixed random seed, so every run codes the same text), each with a publication
 * date in 2024-2026. The command line codes them as files in one JVM on one thread; the job reads
 * them as JSON Lines with local[1] and local[2]. Wall times include JVM start and, for Spark, the
 * session and the writing of the four Parquet tables.
 */
public class SparkBench {
    private static final Pattern SUMMARY = Pattern.compile("([\\d,]+) articles coded with ([\\d,]+) events, ([\\d,]+) errors, in ([\\d.]+) s");

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java scripts/SparkBench.java SEEDS_DIR ARTICLES SPARK_JAR EXTRACT_JAR WORK_DIR");
            System.exit(64);
        }
        Path seeds = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path sparkJar = Path.of(args[2]).toAbsolutePath();
        Path extractJar = Path.of(args[3]).toAbsolutePath();
        Path work = Path.of(args[4]).toAbsolutePath();
        delete(work);
        Path files = Files.createDirectories(work.resolve("articles"));
        Path jsonl = work.resolve("archive.jsonl");
        long bytes = generate(seeds, count, files, jsonl);
        System.out.printf(Locale.ROOT, "%,d articles generated from %s (%.1f MB of text), %d cores, Java %s%n", count, seeds,
                bytes / 1e6, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        System.out.println("load average at the start (1, 5, 15 min): " + loadAverage());
        List<String> cli = new ArrayList<>(List.of(java(), "-jar", extractJar.toString()));
        try (Stream<Path> names = Files.list(files)) {
            names.map(p -> p.getFileName().toString()).sorted().forEach(cli::add);
        }
        double cliSeconds = time(cli, files, work.resolve("cli.jsonl"));
        double cliRate = count / cliSeconds;
        System.out.printf(Locale.ROOT, "extract command line, 1 thread: %.1f s, %.1f articles/s%n", cliSeconds, cliRate);

        double[] rates = new double[3];
        for (int cores = 1; cores <= 2; cores++) {
            Path out = work.resolve("out-" + cores);
            Path stdout = work.resolve("spark-" + cores + ".txt");
            double wall = time(List.of(java(), "-jar", sparkJar.toString(), "--master", "local[" + cores + "]", "--quiet",
                    jsonl.toString(), out.toString()), work, stdout);
            Matcher summary = SUMMARY.matcher(Files.readString(stdout));
            if (!summary.find()) {
                throw new IllegalStateException("No summary in " + stdout);
            }
            long events = Long.parseLong(summary.group(2).replace(",", ""));
            double job = Double.parseDouble(summary.group(4));
            rates[cores] = count / wall;
            System.out.printf(Locale.ROOT, "spark local[%d]: %.1f s wall (job %.1f s), %.1f articles/s, %.0f events/s, %,d events, %s errors%n",
                    cores, wall, job, count / wall, events / wall, events, summary.group(3));
        }
        System.out.println("load average at the end (1, 5, 15 min; other users of the machine count): " + loadAverage());
        double efficiency = rates[2] / (2 * rates[1]);
        System.out.printf(Locale.ROOT, "scaling 1 -> 2 cores: %.2fx, efficiency %.2f%n", rates[2] / rates[1], efficiency);
        System.out.printf(Locale.ROOT, "overhead against the command line: %.2fx its time on one core%n", cliRate / rates[1]);
        double hours = 10_000_000 / (rates[1] * 50 * Math.min(1, efficiency)) / 3600;
        System.out.printf(Locale.ROOT, "10M articles on 50 cores: 10,000,000 / (%.1f articles/s x 50 x %.2f) = %.1f h%n",
                rates[1], Math.min(1, efficiency), hours);
    }

    /** Writes the articles as files and as JSON Lines; returns the bytes of text. */
    private static long generate(Path seeds, int count, Path files, Path jsonl) throws IOException {
        List<String> headlines = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> list = Files.list(seeds)) {
            for (Path seed : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(seed).stream().filter(l -> !l.isBlank()).toList();
                headlines.add(lines.get(0));
                paragraphs.addAll(lines.subList(1, lines.size()));
            }
        }
        Random random = new Random(20261207L);
        long bytes = 0;
        try (Writer out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                StringBuilder text = new StringBuilder(headlines.get(random.nextInt(headlines.size()))).append('\n');
                int n = 8 + random.nextInt(11);
                for (int p = 0; p < n; p++) {
                    text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
                }
                String id = String.format(Locale.ROOT, "a%06d.txt", i);
                LocalDate published = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
                Files.writeString(files.resolve(id), text);
                bytes += text.toString().getBytes(StandardCharsets.UTF_8).length;
                out.write("{\"id\":\"" + id + "\",\"published\":\"" + published + "\",\"text\":\"" + json(text.toString()) + "\"}\n");
            }
        }
        return bytes;
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Runs a command in {@code directory}, its output to {@code stdout}; returns the wall seconds. */
    private static double time(List<String> command, Path directory, Path stdout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int status = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            throw new IllegalStateException(command.subList(0, Math.min(6, command.size())) + " ... exited with " + status);
        }
        return seconds;
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? String.join(" ", List.of(Files.readString(loadavg).split(" ")).subList(0, 3)) : "unknown";
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
