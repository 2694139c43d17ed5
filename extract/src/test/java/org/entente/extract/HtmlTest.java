package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.entente.model.Article;
import org.entente.model.Extraction;
import org.entente.model.plover.EventType;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void anHtmlPageIsReducedToItsArticle() {
        String page = "<html><head><title>Site</title><meta property=\"article:published_time\" content=\"2025-11-02T08:00:00Z\">"
                + "</head><body><nav><a>Home</a><a>World</a></nav><header>Breaking</header>"
                + "<article><h1>Seoul and Beijing sign currency pact</h1>"
                + "<p>South Korea and China signed a currency agreement on Saturday.</p>"
                + "<div class=\"share\"><p>Share this article</p></div>"
                + "<figure><img src=x><figcaption>Photo: agency</figcaption></figure>"
                + "<p>Japan criticized the deal.</p></article>"
                + "<footer><p>Follow us on Twitter</p></footer><script>var x = 'Japan condemned France';</script></body></html>";
        Extraction x = Extractor.standard().extract(Article.of("page.html", page), TextFormat.HTML);
        assertEquals("Seoul and Beijing sign currency pact", x.article().title());
        assertEquals(LocalDate.of(2025, 11, 2), x.article().published());
        String text = x.article().text();
        assertFalse(text.contains("Home") || text.contains("Share this") || text.contains("Follow us") || text.contains("Photo:"), text);
        assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.SUPPORT
                && LocalDate.of(2025, 11, 1).equals(e.date())), x.events().toString());
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.ACCUSE
                && e.target().stream().anyMatch(a -> "FRA".equals(a.country()))), "script text is not article text");
    }
}
