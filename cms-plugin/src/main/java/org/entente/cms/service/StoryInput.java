package org.entente.cms.service;

import java.time.LocalDate;

/**
 * A story as a CMS gives it, whichever way it came (the REST API, the WordPress connector).
 *
 * @param text      the story as plain text, or null when {@code html} is given
 * @param html      the story as an HTML page or fragment, or null when {@code text} is given
 * @param title     the headline, if known
 * @param url       the story's absolute URL, if any
 * @param published the publication date, which anchors "on Saturday"; optional
 */
public record StoryInput(String text, String html, String title, String url, LocalDate published) {
    /** The largest story accepted, in UTF-8 bytes of its request (2 MiB). */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** The longest title, in characters (the width of its column). */
    public static final int MAX_TITLE = 1000;
    /** The longest URL, in characters (the width of its column). */
    public static final int MAX_URL = 2000;

    /** Whether the story is HTML. */
    public boolean isHtml() {
        return html != null && !html.isBlank();
    }

    /**
     * Checks that exactly one of text and HTML is given, and that the title and URL fit their limits
     * ({@value #MAX_TITLE} and {@value #MAX_URL} characters).
     *
     * @throws IllegalArgumentException otherwise
     */
    public StoryInput checked() {
        boolean hasText = text != null && !text.isBlank();
        if (hasText == isHtml()) {
            throw new IllegalArgumentException("Give exactly one of \"text\" and \"html\"");
        }
        if (title != null && title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title is at most " + MAX_TITLE + " characters, was " + title.length());
        }
        if (url != null && url.length() > MAX_URL) {
            throw new IllegalArgumentException("url is at most " + MAX_URL + " characters, was " + url.length());
        }
        return this;
    }
}
