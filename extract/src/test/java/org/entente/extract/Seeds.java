package org.entente.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.entente.model.Article;

/** The seed articles in {@code seeds/} (the build passes their location as {@code entente.seeds}). */
public final class Seeds {
    public static final String S000 = "000_230807f11d7aeb32.txt";
    public static final String S001 = "001_3ce1a2791a1fd1d1.txt";
    public static final String S002 = "002_35991112ca5a179f.txt";
    public static final String S003 = "003_30cd820a0dcd357c.txt";
    public static final String S004 = "004_b83d096dacd65f98.txt";

    private Seeds() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("entente.seeds", "../seeds"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Seed directory " + dir.toAbsolutePath() + " is missing");
        }
        return dir;
    }

    public static String text(String name) {
        try {
            return Files.readString(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article article(String name, LocalDate published) {
        return Article.of(name, text(name)).withPublished(published);
    }
}
