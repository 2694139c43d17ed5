package org.entente.spark;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code entente-spark} command: codes an archive into Parquet or JSON Lines tables. Exit
 * codes: 0 done (records that could not be coded are in {@code errors}), 1 the job failed,
 * 2 the input does not exist, 64 bad usage.
 *
 * @since 0.1
 */
final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int NO_INPUT = 2;
    static final int USAGE = 64;

    private static final String HELP = """
            Usage: java -jar entente-spark.jar [OPTIONS] IN OUT
                   spark-submit --class org.entente.spark.Main [SPARK OPTIONS] entente-spark.jar [OPTIONS] IN OUT

            Codes the diplomatic events in every article of IN and writes four tables under OUT, partitioned
            by publication year and month: OUT/articles, OUT/events, OUT/tags and OUT/errors (records that
            could not be read or coded, with the reason). A month written again replaces the month written before.

            IN is a file, directory or glob, local or on any file system Spark reads (hdfs://, s3a://):
              files   one article per file, HTML if named *.html or *.htm, else plain text; the id is the file name
              jsonl   JSON Lines: {"id": ..., "text" or "html": ..., "title": ..., "url": ..., "published": "YYYY-MM-DD"}
              wxr     a WordPress export (WXR): its published posts, as stories wp-<post id>

            Options:
              --master URL            Spark master (default: spark-submit's, else local[*])
              --input FORMAT          files, jsonl or wxr (default: from IN's name: .jsonl/.json/.ndjson,
                                      .xml/.wxr, else files)
              --format FORMAT         parquet (default) or json (JSON Lines)
              --published YYYY-MM-DD  publication date of records that give none (default: the date printed
                                      in the article, if any)
              --partitions N          coding tasks (default: 4 per core, or one per 1,000 articles if more)
              --quiet                 no progress line (printed by default when the master is local)
              --help                  print this help

            Backfilling the CMS plugin (each coded story becomes a PUT /api/v1/articles/{id}; the plugin
            analyses and stores it, so the stories get tags and related coverage):
              --cms URL               the plugin's base URL, e.g. https://cms.example.org/entente
              --cms-user NAME         a user with the role integration; the password is read from the
                                      environment variable ENTENTE_CMS_PASSWORD
              --cms-rate N            requests per second at most (default 10)
              --cms-threads N         requests in flight at most (default 4)
              --cms-checkpoint FILE   progress, to resume an interrupted backfill (default OUT/_cms-checkpoint);
                                      stories the CMS refuses are listed in FILE.failed

            Exit status: 0 done (bad records are in OUT/errors); 1 the job failed or the CMS backfill stopped
            (run again to resume); 2 IN does not exist; 64 bad usage.
            """;

    private Cli() {
    }

    /** Runs the command and exits with its status. */
    static void main(String[] args) {
        // exit even if a library left a non-daemon thread behind
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command, printing to {@code out} and {@code err}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    /** Runs the command with the environment variables {@code env}. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String master = null;
        Inputs.Format inputFormat = null;
        Tables.Output outputFormat = Tables.Output.PARQUET;
        LocalDate published = null;
        int partitions = 0;
        boolean quiet = false;
        String cms = null;
        String cmsUser = null;
        double cmsRate = 10;
        int cmsThreads = 4;
        String cmsCheckpoint = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            try {
                switch (arg) {
                    case "--help", "-h" -> {
                        out.print(HELP);
                        return OK;
                    }
                    case "--master" -> master = value(args, ++i, arg);
                    case "--input" -> inputFormat = choice(Inputs.Format.class, value(args, ++i, arg), arg);
                    case "--format" -> outputFormat = choice(Tables.Output.class, value(args, ++i, arg), arg);
                    case "--published" -> published = LocalDate.parse(value(args, ++i, arg));
                    case "--partitions" -> partitions = count(value(args, ++i, arg), arg);
                    case "--cms" -> cms = value(args, ++i, arg);
                    case "--cms-user" -> cmsUser = value(args, ++i, arg);
                    case "--cms-rate" -> cmsRate = count(value(args, ++i, arg), arg);
                    case "--cms-threads" -> cmsThreads = count(value(args, ++i, arg), arg);
                    case "--cms-checkpoint" -> cmsCheckpoint = value(args, ++i, arg);
                    case "--quiet" -> quiet = true;
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new UsageException("unknown option " + arg);
                        }
                        paths.add(arg);
                    }
                }
            } catch (UsageException e) {
                return usage(err, e.getMessage());
            } catch (DateTimeParseException e) {
                return usage(err, "--published needs a date as YYYY-MM-DD, got " + args[i]);
            }
        }
        if (paths.size() != 2) {
            return usage(err, paths.size() < 2 ? "give the input IN and the output directory OUT" : "too many arguments: " + paths);
        }
        String input = paths.get(0);
        String output = paths.get(1);
        Path localInput = localPath(input);
        if (localInput != null && !hasGlob(input) && !Files.exists(localInput)) {
            err.println("entente-spark: no such input: " + input);
            return NO_INPUT;
        }
        Path localOutput = localPath(output);
        if (localOutput != null && Files.exists(localOutput) && !Files.isDirectory(localOutput)) {
            return usage(err, "the output " + output + " is a file; give a directory");
        }
        CmsBackfill.Settings backfill = null;
        if (cms != null || cmsUser != null) {
            String password = env.get("ENTENTE_CMS_PASSWORD");
            URI base = cms == null ? null : absoluteHttp(cms);
            if (cms == null) {
                return usage(err, "--cms-user needs --cms URL");
            }
            if (base == null) {
                return usage(err, "--cms needs the plugin's http or https URL, got " + cms);
            }
            if (cmsUser == null) {
                return usage(err, "--cms needs --cms-user");
            }
            if (password == null || password.isEmpty()) {
                return usage(err, "--cms needs the password of " + cmsUser + " in the environment variable ENTENTE_CMS_PASSWORD");
            }
            if (cmsCheckpoint == null && localOutput == null) {
                return usage(err, "--cms with an output that is not a local directory needs --cms-checkpoint FILE");
            }
            Path checkpoint = cmsCheckpoint != null ? Path.of(cmsCheckpoint) : localOutput.resolve("_cms-checkpoint");
            backfill = new CmsBackfill.Settings(base, cmsUser, password, cmsRate, cmsThreads, 6, Duration.ofSeconds(1), checkpoint);
        }
        ArchiveJob.Options options = new ArchiveJob.Options(input, inputFormat != null ? inputFormat : Inputs.Format.guess(input),
                output, outputFormat, partitions, published, backfill);
        return code(master, options, quiet, out, err);
    }

    private static int code(String master, ArchiveJob.Options options, boolean quiet, PrintStream out, PrintStream err) {
        String effectiveMaster = master != null ? master : System.getProperty("spark.master", "local[*]");
        boolean local = effectiveMaster.startsWith("local");
        if (local) {
            Logging.quietLocalRun();
        }
        SparkSession.Builder builder = SparkSession.builder().appName("entente-spark");
        if (master != null || System.getProperty("spark.master") == null) {
            builder.master(effectiveMaster);
        }
        if (local) {
            // The progress line stands for the web UI, which would also need a free port.
            builder.config("spark.ui.enabled", "false");
        }
        SparkSession spark;
        try {
            spark = builder.getOrCreate();
        } catch (RuntimeException e) {
            err.println("entente-spark: cannot start Spark with master " + effectiveMaster + ": " + firstLine(e));
            return FAILED;
        }
        try {
            ArchiveJob.Summary summary = ArchiveJob.run(spark, options, local && !quiet ? err : null);
            out.printf(Locale.ROOT, "entente-spark: %,d records: %,d articles coded with %,d events, %,d errors, in %.1f s"
                            + " (%.1f articles/s); tables in %s%n",
                    summary.records(), summary.articles(), summary.events(), summary.errors(), summary.seconds(),
                    summary.articlesPerSecond(), options.output());
            if (summary.cms() != null) {
                out.printf(Locale.ROOT, "entente-spark: CMS backfill: %,d stories sent, %,d sent before, %,d refused%s%n",
                        summary.cms().sent(), summary.cms().skipped(), summary.cms().refused(),
                        summary.cms().refused() > 0 ? " (listed in " + summary.cms().refusals() + ")" : "");
            }
            return OK;
        } catch (CmsBackfill.Stopped e) {
            err.println("entente-spark: the tables are written, but the CMS backfill stopped: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            // Spark's exceptions are checked ones that Scala throws undeclared
            err.println("entente-spark: the job failed: " + firstLine(e));
            return FAILED;
        } finally {
            spark.stop();
        }
    }

    /** The first line of an exception's message (Spark's messages run on with plans and stacks). */
    private static String firstLine(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The local file a path names (no scheme, or file:), else null. */
    private static Path localPath(String path) {
        try {
            URI uri = new URI(path);
            if (uri.getScheme() == null) {
                return Path.of(path);
            }
            return uri.getScheme().equals("file") ? Path.of(uri) : null;
        } catch (Exception e) {
            // a glob or a name URI syntax refuses: treat as a plain local path
            return hasGlob(path) ? null : Path.of(path);
        }
    }

    private static boolean hasGlob(String path) {
        return path.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
    }

    private static int usage(PrintStream err, String message) {
        err.println("entente-spark: " + message);
        err.println("Try --help.");
        return USAGE;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new UsageException(option + " takes one of " + String.join(", ", names) + ", got " + value);
    }

    private static int count(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " takes a whole number of 1 or more, got " + value);
    }

    private static URI absoluteHttp(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** A mistake in the command line. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
