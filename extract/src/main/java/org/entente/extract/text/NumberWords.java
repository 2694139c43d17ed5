package org.entente.extract.text;

import java.util.List;
import java.util.Locale;

/** The small cardinal numbers news writes as words ("the three countries", "two days later"). */
public final class NumberWords {
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private NumberWords() {
    }

    /** The value of {@code word} ("three" is 3), or -1 if it is no number word. */
    public static int valueOf(String word) {
        return WORDS.indexOf(word.toLowerCase(Locale.ROOT));
    }
}
