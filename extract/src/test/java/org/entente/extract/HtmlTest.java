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

    @Test
    void aBodyWithoutLineBreaksKeepsItsText() throws Exception {
        // A CMS post may hold a whole article in one paragraph; seed 004 ends with a "like us on Facebook" line.
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("entente.seeds"), "004_b83d096dacd65f98.txt"));
        String html = "<p>" + seed.replace("&", "&amp;").replace("<", "&lt;") + "</p>";
        Extraction asHtml = Extractor.standard().extract(Article.of("004.html", html), TextFormat.HTML);
        Extraction asText = Extractor.standard().extract(Article.of("004.txt", seed));
        assertFalse(asHtml.events().isEmpty(), "the paragraph is not page furniture");
        assertEquals(asText.mainEvent().type(), asHtml.mainEvent().type());
        assertEquals(asText.tags().stream().map(org.entente.model.Tag::id).filter(t -> t.startsWith("country:")).sorted().toList(),
                asHtml.tags().stream().map(org.entente.model.Tag::id).filter(t -> t.startsWith("country:")).sorted().toList());
    }
}
