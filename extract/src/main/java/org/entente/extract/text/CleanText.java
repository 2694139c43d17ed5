package org.entente.extract.text;

import java.time.LocalDate;
import java.util.List;

/**
 * An article's text with page furniture removed: the paragraphs joined by newlines, the headline,
 * and the date printed on the page. All offsets in later stages index into {@link #text()}.
 *
 * @param text        the cleaned text
 * @param title       the headline, or null if none was given or found
 * @param printedDate a publication date printed in the text or page metadata, or null
 * @param paragraphs  the paragraphs, in order
 */
public record CleanText(String text, String title, LocalDate printedDate, List<Paragraph> paragraphs) {

    /** Compact canonical constructor: copies the paragraphs. */
    public CleanText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The article's publication date: {@code given} if known, else the date printed in the text (or null). */
    public LocalDate publishedOr(LocalDate given) {
        return given != null ? given : printedDate;
    }
}
