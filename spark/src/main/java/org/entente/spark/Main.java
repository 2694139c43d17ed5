package org.entente.spark;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The entry point of {@code entente-spark.jar}, for {@code java -jar} and for
 * {@code spark-submit --class org.entente.spark.Main}. Under spark-submit (or with Spark on the
 * class path) it runs the command ({@link Cli}). Run with {@code java -jar}, the jar holds no
 * Spark, so it starts the same command in a child JVM whose class path adds the Spark jars the
 * build put in {@code lib/} beside it, as Spark's own launch scripts build a {@code java} command:
 * the child gets Spark's {@code --add-opens} options and this JVM's own ({@code -Xmx}, {@code -D...}),
 * and its exit status is returned.
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

    /**
     * The {@code --add-opens} options spark-submit gives every Spark JVM, from Spark's own launcher
     * library in {@code lib/}: without them Kryo cannot write cached rows to disk when memory runs
     * short, and a large archive fails.
     */
    private static List<String> sparkModuleOptions(Path lib) {
        try (var jars = Files.newDirectoryStream(lib, "spark-launcher_*.jar")) {
            for (Path jar : jars) {
                try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                    Object options = loader.loadClass("org.apache.spark.launcher.JavaModuleOptions")
                            .getMethod("defaultModuleOptionArray").invoke(null);
                    // jdk.incubator.vector only speeds up some of Spark's own code, and the JVM
                    // announces every incubator module on stderr, as it does a package to open that
                    // this Java no longer has (sun.security.action on Java 25)
                    return Stream.of((String[]) options)
                            .filter(o -> !o.startsWith("--add-modules=jdk.incubator") && opensAPackageThatExists(o))
                            .toList();
                }
            }
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            System.err.println("entente-spark: cannot read Spark's JVM options from " + lib + " (" + e + "); running without them");
        }
        return List.of();
    }

    /** False for {@code --add-opens=module/package=...} naming a package this JVM lacks; true for other options. */
    private static boolean opensAPackageThatExists(String option) {
        if (!option.startsWith("--add-opens=")) {
            return true;
        }
        String[] modulePackage = option.substring("--add-opens=".length()).split("=")[0].split("/");
        return modulePackage.length == 2 && ModuleLayer.boot().findModule(modulePackage[0])
                .map(module -> module.getPackages().contains(modulePackage[1])).orElse(false);
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
        command.addAll(sparkModuleOptions(lib));
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
