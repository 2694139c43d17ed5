package org.entente.cms.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.cms.rest.AnalyzeRequest;
import org.entente.extract.Extractor;
import org.entente.extract.TextFormat;
import org.entente.model.Article;
import org.entente.model.Extraction;

/**
 * Runs the extractor for the web layer. One extractor serves the whole deployment: it is
 * thread-safe and costs a fraction of a second to build, so it is built once, on first use.
 */
@ApplicationScoped
public class AnalysisService {
    private volatile Extractor extractor;

    /** Codes an article given as text or HTML. */
    public Extraction analyze(AnalyzeRequest request) {
        boolean html = request.html() != null && !request.html().isBlank();
        Article article = new Article("request", request.title(), html ? request.html() : request.text(), request.url(),
                request.published(), null);
        return extractor().extract(article, html ? TextFormat.HTML : TextFormat.TEXT);
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
