package org.entente.cms.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.extract.Extractor;
import org.entente.extract.TextFormat;
import org.entente.model.Article;
import org.entente.model.Extraction;

/**
 * Runs the extractor. One extractor serves the whole deployment: it is
 * thread-safe and costs a fraction of a second to build, so it is built once, on first use.
 */
@ApplicationScoped
public class AnalysisService {
    private volatile Extractor extractor;

    /** Codes an article given as text or HTML. */
    public Extraction analyze(StoryInput input) {
        input.checked();
        Article article = new Article("request", input.title(), input.isHtml() ? input.html() : input.text(), input.url(),
                input.published(), null);
        return extractor().extract(article, input.isHtml() ? TextFormat.HTML : TextFormat.TEXT);
    }

    private Extractor extractor() {
        Extractor current = extractor;
        if (current == null) {
            synchronized (this) {
                current = extractor;
                if (current == null) {
                    current = Extractor.standard();
                    extractor = current;
                }
            }
        }
        return current;
    }
}
