package org.entente.model;

import org.entente.model.internal.Checks;

/**
 * A span of article text that supports an event: usually the sentence that expresses it.
 *
 * @param text  the text of the span, exactly as it stands in the article's cleaned text
 * @param start the offset of its first character in the cleaned text (UTF-16 units, from 0)
 * @param end   the offset just past its last character; {@code end - start == text.length()}
 * @since 0.1
 */
public record Evidence(String text, int start, int end) {

    /** Checks that the offsets are ordered, non-negative and match the text's length. */
    public Evidence {
        Checks.required(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Evidence offsets must satisfy 0 <= start <= end, were " + start + ".." + end);
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("Evidence span " + start + ".." + end + " is " + (end - start)
                    + " characters long but its text has " + text.length());
        }
    }

    /** The evidence for {@code text[start, end)}. */
    public static Evidence of(String text, int start, int end) {
        return new Evidence(text.substring(start, end), start, end);
    }
}
