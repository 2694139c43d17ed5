package org.entente.extract.text;

/**
 * A paragraph of the cleaned text.
 *
 * @param start   offset of its first character
 * @param end     offset just past its last character
 * @param heading whether it is a headline or sub-heading: short and without closing punctuation
 */
public record Paragraph(int start, int end, boolean heading) {
}
