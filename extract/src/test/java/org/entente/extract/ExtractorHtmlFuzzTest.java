package org.entente.extract;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Extractor#extract} on HTML: any page gives an extraction that holds
 * {@link Fuzzing#check}'s invariants (evidence indexes the cleaned text), without an exception,
 * within {@link Fuzzing}'s time bound. Seeds: the seed articles' paragraphs in pages with page
 * furniture, and the pages in {@code ExtractorHtmlFuzzTestInputs/html/}.
 */
class ExtractorHtmlFuzzTest {
    private static final String[] PAGES = {
        "<html><head><title>World</title><meta property=\"article:published_time\" content=\"2025-11-02T08:00:00Z\">"
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>%s</h1><p>%s</p>"
                + "<div class=\"share\"><p>Share this article</p></div></article>"
                + "<footer><p>Follow us</p></footer><script>var x = '<p>';</script></body></html>",
        "<div><h2>%s</h2><p>%s<br>&nbsp;&amp;&lt;&#8217;&#x201C;</p><ul><li>one</li><li>two</li></ul></div>",
        "<p>%s</p><table><tr><td>%s</td></tr></table><!-- comment --><figure><figcaption>Photo</figcaption></figure>",
    };

    static Stream<Arguments> seeds() {
        List<String> paragraphs = Fuzzing.seedParagraphs();
        return IntStream.range(0, paragraphs.size() - 1).mapToObj(i -> Fuzzing.seed("seed page " + i,
                PAGES[i % PAGES.length].formatted(escape(paragraphs.get(i)), escape(paragraphs.get(i + 1)))));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    @MethodSource("seeds")
    @DictionaryEntries({"<p>", "</p>", "<div>", "</div>", "<br>", "<h1>", "<title>", "<script>", "<style>", "<nav>",
            "<article>", "<figure>", "<table>", "<li>", "<!--", "-->", "&amp;", "&nbsp;", "&#", "<![CDATA[",
            "<meta property=\"article:published_time\" content=\"", "<time datetime=\"", " said ", " on Monday"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest
    void html(byte[] data) {
        Fuzzing.extractAndCheck(Fuzzing.standard(), Fuzzing.text(data), TextFormat.HTML);
    }
}
