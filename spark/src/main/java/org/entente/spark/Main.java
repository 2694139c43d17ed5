package org.entente.spark;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of {@code entente-spark.jar}, for {@code java -jar} and for
 * {@code spark-submit --class org.entente.spark.Main}. Under spark-submit (or with Spark on the
 * class path) it runs the command ({@link Cli}). Run with {@code java -jar}, the jar holds no
 * Spark, so it starts the same command in a child JVM whose class path adds the Spark jars the
 * build put in {@code lib/} beside it, as Spark's own launch scripts build a {@code java} command;
 * the child gets this JVM's options ({@code -Xmx}, {@code -D...}) and its exit status is returned.
 *
 * <p>This class must not refer to Spark: it is loaded before Spark is on the class path.
 *
 * @since 0.1
 */
public final class Main {
    private Main() {
    }

    /** Runs the command, in this JVM if Spark is on the class path, else in a child JVM. */
    public static void main(String[] args) {
        if (sparkOnClassPath()) {
            Cli.main(args);
            return;
        }
        System.exit(relaunch(args));
    }

    private static boolean sparkOnClassPath() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, Main.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static int relaunch(String[] args) {
        Path jar;
        try {
            jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            jar = null;
        }
        Path lib = jar == null ? null : jar.resolveSibling("lib");
        if (lib == null || !Files.isDirectory(lib)) {
            System.err.println("entente-spark: Spark is not on the class path. Run the jar with spark-submit, or keep the lib/"
                    + " directory the build writes beside entente-spark.jar (spark/target/lib).");
            return Cli.FAILED;
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(jar + File.pathSeparator + lib.resolve("*"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stopChild = new Thread(child::destroy, "entente-spark-stop");
            Runtime.getRuntime().addShutdownHook(stopChild);
            int status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return status;
        } catch (IOException e) {
            System.err.println("entente-spark: cannot start " + command.get(0) + ": " + e.getMessage());
            return Cli.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.FAILED;
        }
    }
}
