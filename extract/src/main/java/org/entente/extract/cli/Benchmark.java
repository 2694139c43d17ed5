package org.entente.extract.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.extract.Extractor;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Pipeline;
import org.entente.extract.pipeline.Stage;
import org.entente.extract.text.PartOfSpeechTagger;
import org.entente.extract.text.SentenceSplitter;
import org.entente.extract.text.TextCleaner;
import org.entente.model.Article;

/**
 * The {@code bench} command: extraction throughput on one thread (so per core) over a set of
 * articles, after a warm-up, and the heap the extractor retains once built.
 */
final class Benchmark {
    private Benchmark() {
    }

    static int command(List<String> args, PrintStream out, PrintStream err) {
        int seconds = 10;
        boolean tagger = true;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--without-tagger")) {
                tagger = false;
            } else if (args.get(i).equals("--seconds")) {
                try {
                    seconds = i + 1 < args.size() ? Integer.parseInt(args.get(++i)) : -1;
                } catch (NumberFormatException e) {
                    seconds = -1;
                }
                if (seconds < 1 || seconds > 3600) {
                    err.println("entente-extract bench: --seconds takes a whole number from 1 to 3600");
                    return Main.USAGE;
                }
            } else {
                files.add(Path.of(args.get(i)));
            }
        }
        try {
            if (files.isEmpty()) {
                try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
                    files = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                }
            }
            List<Article> articles = new ArrayList<>();
            long bytes = 0;
            for (Path file : files) {
                String text = Main.read(file);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                articles.add(Article.of(file.getFileName().toString(), text));
            }
            if (articles.isEmpty()) {
                err.println("entente-extract bench: no articles to measure");
                return Main.USAGE;
            }
            run(articles, bytes, seconds, tagger, out);
            return Main.OK;
        } catch (IOException e) {
            err.println("entente-extract bench: " + e.getMessage());
            return Main.UNREADABLE;
        }
    }

    private static void run(List<Article> articles, long bytes, int seconds, boolean tagger, PrintStream out) {
        long before = usedHeapAfterGc();
        long constructionStart = System.nanoTime();
        Extractor extractor = Extractor.standard();
        if (!tagger) {
            // The cost of syntax: the same pipeline without parts of speech and lemmas.
            // The tagger goes, and with it every stage that needs what it adds (phrases, clauses).
            Pipeline.Builder untagged = Pipeline.builder();
            java.util.Set<Layer<?>> available = new java.util.HashSet<>();
            for (Stage stage : extractor.pipeline().stages()) {
                if (!(stage instanceof PartOfSpeechTagger) && available.containsAll(stage.requires())) {
                    untagged.add(stage);
                    available.addAll(stage.adds());
                }
            }
            extractor = Extractor.of(untagged.build());
        }
        double construction = (System.nanoTime() - constructionStart) / 1e9;
        long retained = usedHeapAfterGc() - before;
        int sentencesPerPass = 0;
        SentenceSplitter splitter = new SentenceSplitter();
        TextCleaner cleaner = new TextCleaner();
        for (Article article : articles) {
            sentencesPerPass += splitter.split(cleaner.clean(article.text(), false, null)).size();
        }
        long warmEnd = System.nanoTime() + Math.min(3, seconds) * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            articles.forEach(extractor::extract);
        }
        long passes = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            articles.forEach(extractor::extract);
            passes++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double articlesPerSecond = passes * articles.size() / elapsed;
        out.printf(Locale.ROOT, "Extractor benchmark: %d articles, %d sentences, %.1f KB per pass; %d passes in %.1f s on one thread%n",
                articles.size(), sentencesPerPass, bytes / 1024.0, passes, elapsed);
        out.printf(Locale.ROOT, "articles/s per core   %10.1f%n", articlesPerSecond);
        out.printf(Locale.ROOT, "sentences/s per core  %10.0f%n", passes * sentencesPerPass / elapsed);
        out.printf(Locale.ROOT, "MB/s per core         %10.2f%n", passes * bytes / elapsed / 1e6);
        out.printf(Locale.ROOT, "mean latency          %10.3f ms per article%n", 1000.0 / articlesPerSecond);
        out.printf(Locale.ROOT, "construction          %10.2f s (knowledge and sentence model, once)%n", construction);
        out.printf(Locale.ROOT, "retained heap         %10.1f MB after construction%n", retained / 1e6);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
