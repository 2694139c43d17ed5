package org.entente.cms.rest;

import java.time.LocalDate;
import org.entente.cms.service.StoryInput;

/**
 * The body of {@code POST /api/v1/analyze}.
 *
 * @param text      the article as plain text; give this or {@code html}
 * @param html      the article as an HTML page or fragment; give this or {@code text}
 * @param title     the headline, if the CMS knows it
 * @param url       the article's absolute URL, if any
 * @param published the publication date (YYYY-MM-DD), which anchors "on Saturday"; optional
 */
public record AnalyzeRequest(String text, String html, String title, String url, LocalDate published) {
    /** The story for the services. */
    StoryInput toInput() {
        return new StoryInput(text, html, title, url, published);
    }
}
