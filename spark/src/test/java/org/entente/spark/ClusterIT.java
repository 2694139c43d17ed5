package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as users run it: with {@code java -jar} on a machine with nothing but Java, and
 * through spark-submit against a standalone master and worker started from the Spark jars the build
 * resolved (target/lib), on loopback, the worker running the executor in a JVM of its own.
 */
class ClusterIT {
    private static final Path TARGET = Path.of(System.getProperty("entente.target", "target")).toAbsolutePath();
    private static final Path JAR = TARGET.resolve("entente-spark.jar");
    private static final Path LIB = TARGET.resolve("lib");
    private static final Path WORK = TARGET.resolve("cluster-it");
    private static final Path SEEDS = Fixtures.seeds().toAbsolutePath();
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private static final List<Process> started = new ArrayList<>();
    private static Run local;

    /** A finished process: its exit status and what it printed. */
    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void runLocally() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        local = run(List.of(java(), "-jar", JAR.toString(), "--master", "local[2]", "--format", "json",
                SEEDS.toString(), WORK.resolve("local").toString()), Map.of());
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        for (Process process : reversed(started)) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void javaJarCodesTheSeedsWithAProgressLineAndNoLog() {
        assertEquals(0, local.status(), local.err());
        assertTrue(local.out().matches("entente-spark: 5 records: 5 articles coded with \\d+ events, 0 errors, in .*\\n"), local.out());
        // Spark's log stays quiet: stderr holds progress lines alone.
        for (String line : local.err().lines().toList()) {
            assertTrue(line.matches("entente-spark: \\d+ of 5 articles \\(\\d+%\\), [\\d.]+ articles/s.*"), "not a progress line: " + line);
        }
        assertEquals(5, tableLines(WORK.resolve("local"), "articles").size());
    }

    @Test
    void withoutSparkBesideItTheJarSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        Path alone = Files.copy(JAR, dir.resolve("entente-spark.jar"));
        Run run = run(List.of(java(), "-jar", alone.toString(), SEEDS.toString(), dir.resolve("out").toString()), Map.of());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("entente-spark: Spark is not on the class path. Run the jar with spark-submit"), run.err());
    }

    @Test
    void sparkSubmitOnAStandaloneClusterWritesWhatALocalRunWrites() throws Exception {
        assertEquals(0, local.status(), local.err());
        // A Spark installation as the worker expects one: SPARK_HOME/jars, here the build's target/lib.
        Path sparkHome = Files.createDirectories(WORK.resolve("spark-home"));
        Files.createSymbolicLink(sparkHome.resolve("jars"), LIB);
        Map<String, String> env = Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
                "SPARK_LOCAL_IP", "127.0.0.1");
        String sparkClassPath = LIB.resolve("*").toString();
        int masterPort = freePort();
        String masterUrl = "spark://127.0.0.1:" + masterPort;

        Path masterLog = start(List.of(java(), "-Xmx256m", "-cp", sparkClassPath, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort())), env, "master");
        awaitLine(masterLog, "I have been elected leader");
        Path workDir = Files.createDirectories(WORK.resolve("worker"));
        Path workerLog = start(List.of(java(), "-Xmx256m", "-cp", sparkClassPath, "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--webui-port", String.valueOf(freePort()), "--cores", "1", "--memory", "1g",
                "--work-dir", workDir.toString(), masterUrl), env, "worker");
        awaitLine(workerLog, "Successfully registered with master");

        Path out = WORK.resolve("cluster");
        Run submit = run(List.of(java(), "-Xmx512m", "-cp", sparkClassPath, "org.apache.spark.deploy.SparkSubmit",
                "--master", masterUrl, "--deploy-mode", "client", "--class", "org.entente.spark.Main",
                "--executor-memory", "1g", "--total-executor-cores", "1",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                JAR.toString(), "--format", "json", SEEDS.toString(), out.toString()), env);

        assertEquals(0, submit.status(), submit.err());
        assertTrue(submit.out().startsWith("entente-spark: 5 records: 5 articles coded"), submit.out());
        // The worker started an executor JVM of its own, which ran the coding tasks.
        assertTrue(Files.readString(workerLog).contains("Asked to launch executor"), "worker log: " + workerLog);
        Path executorErr;
        try (Stream<Path> files = Files.walk(workDir)) {
            executorErr = files.filter(p -> p.endsWith(Path.of("0", "stderr"))).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(executorErr).contains("Finished task"), "executor log: " + executorErr);
        for (String table : List.of("articles", "events", "tags")) {
            List<String> cluster = tableLines(out, table);
            assertFalse(cluster.isEmpty(), table);
            assertEquals(tableLines(WORK.resolve("local"), table), cluster, table);
        }
    }

    /** Every line of a JSON Lines table, with the month directory it is in, sorted. */
    private static List<String> tableLines(Path out, String table) {
        Map<String, String> lines = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out.resolve(table))) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                String month = out.resolve(table).relativize(part.getParent()).toString();
                for (String line : Files.readAllLines(part)) {
                    lines.put(month + " " + line, "");
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ArrayList<>(lines.keySet());
    }

    private static Run run(List<String> command, Map<String, String> env) throws Exception {
        Path out = Files.createTempFile(WORK, "out", ".txt");
        Path err = Files.createTempFile(WORK, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + TIMEOUT + "; stderr in " + err);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Path start(List<String> command, Map<String, String> env, String name) throws IOException {
        Path log = WORK.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        started.add(builder.start());
        return log;
    }

    private static void awaitLine(Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No '" + text + "' in " + log + " after " + TIMEOUT);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
