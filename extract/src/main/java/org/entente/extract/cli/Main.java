package org.entente.extract.cli;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.Extractor;
import org.entente.extract.Knowledge;
import org.entente.extract.TextFormat;
import org.entente.model.Article;
import org.entente.model.Extraction;

/**
 * The {@code entente-extract} command: codes article files and prints one JSON object per file
 * (JSON Lines); {@code eval} scores the extractor against gold annotations; {@code bench} measures
 * its speed. Exit codes: 0 success, 2 some file could not be read (the others are still
 * processed), 64 bad usage.
 */
public final class Main {
    static final int OK = 0;
    static final int UNREADABLE = 2;
    static final int USAGE = 64;

    private static final String HELP = """
            Usage: java -jar entente-extract.jar [--published YYYY-MM-DD] [--html] [KNOWLEDGE OPTIONS] FILE...
                   java -jar entente-extract.jar eval [--gold DIR] [--seeds DIR] [--verbose] [KNOWLEDGE OPTIONS]
                   java -jar entente-extract.jar eval --plover PLOVER_GSR_CAMEO.txt [KNOWLEDGE OPTIONS]
                   java -jar entente-extract.jar eval --petrarch DIR_WITH_PETR_VALIDATION_FILES [--built-in] [--verbose]
                   java -jar entente-extract.jar eval --devset DIR [--verbose] [KNOWLEDGE OPTIONS]
                   java -jar entente-extract.jar bench [--seconds N] [--without-tagger] [FILE...]

            Codes the diplomatic events in news articles and prints one JSON object per FILE, one per line:
              {"article": FILE NAME, "published": DATE, "title": HEADLINE, "events": [...], "tags": [...], "mainEvent": {...}}

            Options:
              --published YYYY-MM-DD  publication date of every FILE, anchoring "on Saturday", "last week";
                                      without it a date printed in the article is used, if any
              --html                  the files are HTML pages (default: plain text)
              --help                  print this help

            Knowledge options (each may be repeated; they also apply to eval's seeds, --plover and --devset):
              --knowledge DIR         extra knowledge files (people.tsv, companies.tsv, places.tsv, metonyms.tsv,
                                      groups.tsv, titles.tsv, demonyms.tsv, events.tsv)
              --petrarch FILE         an actor or agent dictionary in PETRARCH's format (e.g. the Phoenix
                                      dictionaries) to add
              --petrarch-agents FILE  an agent dictionary in PETRARCH's format (Phoenix.agents.txt): AMBASSADOR [~GOV]
              --petrarch-verbs FILE   a verb dictionary in PETRARCH's format (CAMEO.2.0.txt): verb blocks and
                                      patterns such as "- * (OF {RIGHTS ABUSES}) [1122]" become triggers
              --petrarch-discards FILE a discard dictionary in PETRARCH's format: sentences (or, for +PHRASE,
                                      whole articles) holding a phrase code no event
              --without-bundled-triggers  leave out Entente's trigger lexicon (events.tsv), e.g. to code with
                                      --petrarch-verbs alone
              --without-bundled-actors    leave out Entente's actor and place knowledge, the model's country names
                                      included, e.g. to code with PETRARCH dictionaries alone
              --stated-intentions     code an intended act as the statement of intent, as CAMEO and PLOVER do:
                                      "X will give Y a grant" is X's promise (CAMEO 033, AGREE), "X may halt
                                      mediation" a threat (135, THREATEN); default: the act, modality future

            Commands:
              eval    score against gold annotations (default --gold seeds/gold, --seeds seeds);
                      --verbose lists every false positive and false negative;
                      --plover FILE reports PLOVER type accuracy on PLOVER's gold standard records instead, and
                      ends with the figure with --stated-intentions, the convention the records follow;
                      --petrarch DIR runs PETRARCH's validation suite (PETR.UnitTest.records.xml) with its own four
                      dictionaries (PETR.Validate.actors/agents/verbs/discards.txt) and none of Entente's lexicon or
                      actors, lists failures by cause, and ends with the figure for Entente's built-in lexicon with the
                      suite's actors; --built-in reports that mode in full instead;
                      --devset DIR scores a development set (DIR/gold/*.gold.json, DIR/articles, e.g. ../shared/devset)
                      by the rules of its score.py: tp fp fn per article and per type, modality and date accuracy,
                      and a last line "F1 x P y R z"; --verbose lists misses with the annotator's reason
                      and false alarms with their evidence
              bench   articles/s, sentences/s and MB/s on one core, and the extractor's retained heap
                      (default: the seeds; --seconds of measurement, default 10)

            Limits: a file may hold at most 16 Mi characters of text and must be UTF-8.
            Exit status: 0 on success; 2 if some FILE could not be read (the others are still printed);
            64 on bad usage.
            """;

    private Main() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command, printing to {@code out} and {@code err}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("eval")) {
            return Evaluation.command(List.of(args).subList(1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals("bench")) {
            return Benchmark.command(List.of(args).subList(1, args.length), out, err);
        }
        LocalDate published = null;
        TextFormat format = TextFormat.TEXT;
        KnowledgeOptions knowledgeOptions = new KnowledgeOptions();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            try {
                int used = knowledgeOptions.apply(List.of(args), i);
                if (used > 0) {
                    i += used - 1;
                    continue;
                }
                switch (arg) {
                    case "--help", "-h" -> {
                        out.print(HELP);
                        return OK;
                    }
                    case "--html" -> format = TextFormat.HTML;
                    case "--published" -> published = LocalDate.parse(value(args, ++i, arg));
                    case "--" -> {
                        for (i++; i < args.length; i++) {
                            files.add(Path.of(args[i]));
                        }
                    }
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new UsageException("unknown option " + arg);
                        }
                        files.add(Path.of(arg));
                    }
                }
            } catch (UsageException | IllegalArgumentException | DateTimeParseException e) {
                err.println("entente-extract: " + (e instanceof DateTimeParseException
                        ? "--published needs a date as YYYY-MM-DD, got " + args[i] : e.getMessage()));
                err.println("Try --help.");
                return USAGE;
            }
        }
        if (files.isEmpty()) {
            err.println("entente-extract: no input files. Try --help.");
            return USAGE;
        }
        Extractor extractor = Extractor.of(knowledgeOptions.knowledge());
        int status = OK;
        Jsonb jsonb = jsonb();
        try {
            for (Path file : files) {
                String text;
                try {
                    text = read(file);
                } catch (IOException e) {
                    err.println("entente-extract: cannot read " + file + ": " + describe(e));
                    status = UNREADABLE;
                    continue;
                }
                if (text.length() > Extractor.MAX_TEXT_LENGTH) {
                    err.println("entente-extract: " + file + " is longer than " + Extractor.MAX_TEXT_LENGTH + " characters; skipped");
                    status = UNREADABLE;
                    continue;
                }
                String name = file.getFileName().toString();
                Extraction result = extractor.extract(new Article(name, null, text, null, published, null), format);
                out.println(jsonb.toJson(line(name, result)));
            }
        } finally {
            close(jsonb);
        }
        return status;
    }

    /** The JSON Lines record of one file. */
    static Map<String, Object> line(String file, Extraction result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("article", file);
        line.put("published", result.article().published());
        line.put("title", result.article().title());
        line.put("events", result.events());
        line.put("tags", result.tags());
        line.put("mainEvent", result.mainEvent());
        return line;
    }

    /** JSON-B writing nulls, so that an organisation actor shows {@code "country": null}. */
    static Jsonb jsonb() {
        return JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    }

    /** Closes a JSON-B instance; Yasson's close releases caches and cannot fail in a way worth reporting. */
    static void close(Jsonb jsonb) {
        try {
            jsonb.close();
        } catch (Exception e) {
            // nothing left to release
        }
    }

    /** Reads a UTF-8 file, failing on malformed input rather than guessing. */
    static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    /**
     * The knowledge options of the command line ({@code --knowledge DIR}, {@code --petrarch FILE},
     * {@code --petrarch-verbs FILE}, ...), applied in order to the bundled knowledge.
     */
    static final class KnowledgeOptions {
        private Knowledge knowledge = Knowledge.standard();
        private boolean used;

        /**
         * Applies the option at {@code args[i]}, if it is a knowledge option; returns how many arguments
         * it took (0 if it is none).
         *
         * @throws UsageException           if its value is missing
         * @throws IllegalArgumentException if a file or directory does not exist or is malformed
         */
        int apply(List<String> args, int i) {
            String option = args.get(i);
            int taken = switch (option) {
                case "--knowledge", "--petrarch", "--petrarch-agents", "--petrarch-verbs", "--petrarch-discards" -> 2;
                case "--without-bundled-triggers", "--without-bundled-actors", "--stated-intentions" -> 1;
                default -> 0;
            };
            if (taken == 2 && i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            switch (option) {
                case "--knowledge" -> knowledge = knowledge.withDirectory(Path.of(args.get(i + 1)));
                case "--petrarch" -> knowledge = knowledge.withPetrarchDictionary(Path.of(args.get(i + 1)));
                case "--petrarch-agents" -> knowledge = knowledge.withPetrarchAgents(Path.of(args.get(i + 1)));
                case "--petrarch-verbs" -> knowledge = knowledge.withPetrarchVerbs(Path.of(args.get(i + 1)));
                case "--petrarch-discards" -> knowledge = knowledge.withPetrarchDiscards(Path.of(args.get(i + 1)));
                case "--without-bundled-triggers" -> knowledge = knowledge.withoutBundledTriggers();
                case "--without-bundled-actors" -> knowledge = knowledge.withoutBundledActors();
                case "--stated-intentions" -> knowledge = knowledge.withStatedIntentions(true);
                default -> {
                    return 0;
                }
            }
            used = true;
            return taken;
        }

        /** The knowledge the options describe (the bundled knowledge if none was given). */
        Knowledge knowledge() {
            return knowledge;
        }

        /** Whether any knowledge option was given. */
        boolean any() {
            return used;
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
