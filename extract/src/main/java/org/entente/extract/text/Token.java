package org.entente.extract.text;

import java.util.Locale;

/**
 * A word, number or punctuation mark of the cleaned text.
 *
 * @param text  the token as written
 * @param lower the token in lower case, with typographic apostrophes made plain
 * @param start offset of its first character in the cleaned text
 * @param end   offset just past its last character
 */
public record Token(String text, String lower, int start, int end) {

    /** A token for {@code text} at {@code start}. */
    public static Token of(String text, int start) {
        return new Token(text, text.toLowerCase(Locale.ROOT).replace('’', '\''), start, start + text.length());
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the token is a word (starts with a letter). */
    public boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }
}
