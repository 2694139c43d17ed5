package org.entente.extract.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.extract.event.Discards;
import org.entente.extract.text.Token;
import org.entente.extract.text.Tokenizer;

/**
 * Reads a discard dictionary in PETRARCH's format ({@code PETR.Validate.discards.txt},
 * {@code Phoenix.discards.txt}): one phrase a line, words joined with spaces or {@code _}; a
 * leading {@code +} marks a story-level phrase, which cancels the coding of the whole article, the
 * others cancel their sentence's. {@code #} starts a comment.
 */
public final class PetrarchDiscards {
    private PetrarchDiscards() {
    }

    /** Reads a discard dictionary. */
    public static Discards read(Path file) {
        List<String> lines = PetrarchFiles.lines(file, "PETRARCH discard dictionary");
        return parse(lines);
    }

    /** Reads the lines of a discard dictionary. */
    public static Discards parse(List<String> lines) {
        Tokenizer tokenizer = new Tokenizer();
        List<List<String>> sentence = new ArrayList<>();
        List<List<String>> story = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("<")) {
                continue;
            }
            boolean wholeStory = line.startsWith("+");
            String phrase = (wholeStory ? line.substring(1) : line).replace('_', ' ').strip().toLowerCase(Locale.ROOT);
            List<String> tokens = tokenizer.tokenize(phrase, 0).stream().map(Token::lower).toList();
            if (!tokens.isEmpty()) {
                (wholeStory ? story : sentence).add(tokens);
            }
        }
        return new Discards(sentence, story);
    }
}
