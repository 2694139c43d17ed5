package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The editor panel as HTML over HTTP: content, and article markup rendered inert. */
class PanelIT extends PluginIT {

    private void put(String id, String title, String text) throws Exception {
        Map<String, Object> body = Api.story(text, "2025-11-02");
        body.put("title", title);
        int status = api().send("PUT", "articles/" + id, body).statusCode();
        assertTrue(status == 200 || status == 201, "PUT " + id + ": " + status);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return api().page(path);
    }

    @Test
    void showsTagsEventsAPictureAndRelatedCoverage() throws Exception {
        put("panel-004", null, Files.readString(Path.of(System.getProperty("entente.seeds"), "004_b83d096dacd65f98.txt")));
        HttpResponse<String> page = get("panel/panel-004");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("South Korea (Lee Jae Myung) urged China (Xi Jinping) — asserted"), html);
        assertTrue(html.contains("data-decision=\"reject\"") && html.contains("country:KOR"), "tag buttons");
        assertTrue(html.contains("<svg") && html.contains("<line"), "the actor graph");
        assertTrue(html.contains("Related coverage"));
        assertTrue(get("panel/").body().contains("panel-004"), "the index lists the story");
        assertEquals(404, get("panel/no-such-story").statusCode());
    }

    @Test
    void styleAndScriptAreFilesSoThePolicyAllowsNothingInline() throws Exception {
        put("panel-csp", "Policy", "Japan condemned North Korea over its missile launch on Monday.");
        HttpResponse<String> page = get("panel/panel-csp");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'") && policy.contains("default-src 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        String html = page.body();
        assertFalse(html.contains("<style") || html.contains("<script>") || html.contains(" style="), "nothing inline: " + html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/entente/panel-assets/panel.css\">"), html);
        assertTrue(html.contains("<script src=\"/entente/panel-assets/panel.js\"></script>"), html);
        HttpResponse<String> css = get("panel-assets/panel.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"), css.headers().map().toString());
        assertTrue(css.body().contains("#decision-status"), css.body());
        HttpResponse<String> js = get("panel-assets/panel.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").matches("(text|application)/(x-)?javascript.*"),
                js.headers().map().toString());
        assertTrue(js.body().contains("button[data-tag]"), js.body());
    }

    @Test
    void articleMarkupRendersAsInertText() throws Exception {
        put("panel-xss", "<script>alert('title')</script>",
                "Japan condemned North Korea. <img src=x onerror=alert('body')> <script>alert('body')</script>");
        String html = get("panel/panel-xss").body();
        assertTrue(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>alert("), "no script from the article");
        assertFalse(html.contains("<img src=x"), "no markup from the article");
        assertTrue(html.contains("Japan accused North Korea — asserted"), html);
    }
}
