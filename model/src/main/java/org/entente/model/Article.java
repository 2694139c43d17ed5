package org.entente.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import org.entente.model.internal.Checks;

/**
 * A news article to analyse.
 *
 * @param id        the article's identifier in its source (a file name, a CMS id); required
 * @param title     the headline, or null
 * @param text      the body text (or HTML, for extractors that accept it); required, may be empty
 * @param url       where the article was published, an absolute URI, or null
 * @param published the publication date, or null if unknown
 * @param language  the BCP 47 language tag ("en"), or null if unknown
 * @since 0.1
 */
public record Article(String id, String title, String text, String url, LocalDate published, String language) {

    /** Checks the id, text and URL. */
    public Article {
        id = Checks.notBlank(id, "id");
        title = Checks.blankToNull(title);
        Checks.required(text, "text");
        url = Checks.blankToNull(url);
        if (url != null) {
            try {
                if (!new URI(url).isAbsolute()) {
                    throw new IllegalArgumentException("url must be absolute, was " + url);
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("url is not a valid URI: " + e.getMessage(), e);
            }
        }
        language = Checks.blankToNull(language);
    }

    /** An article with only an id and text. */
    public static Article of(String id, String text) {
        return new Article(id, null, text, null, null, null);
    }

    /** This article with publication date {@code published}. */
    public Article withPublished(LocalDate published) {
        return new Article(id, title, text, url, published, language);
    }

    /** This article with headline {@code title}. */
    public Article withTitle(String title) {
        return new Article(id, title, text, url, published, language);
    }
}
