package org.entente.extract;

/**
 * The format of an article's text.
 *
 * @since 0.1
 */
public enum TextFormat {
    /** Plain text: paragraphs separated by line breaks. */
    TEXT,
    /** An HTML page or fragment; its text blocks are extracted and page furniture removed. */
    HTML
}
