package org.entente.it;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests' HTTP client for the deployed plugin; writes authenticate as the role they need. */
final class Api {
    /** The test users of src/test/resources/users.properties. */
    static final String CONNECTOR = "connector:connector-secret";
    static final String EDITOR = "editor:editor-secret";

    static final Jsonb JSONB = JsonbBuilder.create();
    /**
     * HTTP/1.1, as browsers and CMS connectors reach the plugin through a proxy: the JDK client's
     * default is an h2c upgrade, whose one shared connection a thousand concurrent requests can reset
     * ("RST_STREAM: Stream cancelled"), which tests the client, not the plugin.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final URL base;

    Api(URL base) {
        this.base = base;
    }

    /** The WAR the reactor built, deployed as entente.war. */
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("entente.war")));
    }

    /**
     * The reactor's WAR as {@code name}.war, with these context parameters (deployment settings) added to
     * its own web.xml, which keeps what the WAR declares there (its error page).
     */
    static WebArchive war(String name, Map<String, String> settings) {
        StringBuilder elements = new StringBuilder();
        settings.forEach((key, value) -> elements.append("  <context-param><param-name>").append(key)
                .append("</param-name><param-value>").append(value).append("</param-value></context-param>\n"));
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war").merge(war());
        try {
            return war.setWebXML(webXml(elements.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A file of the reactor's WAR, as text. */
    static String readWarEntry(String name) throws java.io.IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(System.getProperty("entente.war"))) {
            var entry = zip.getEntry(name);
            if (entry == null) {
                throw new java.io.FileNotFoundException(name + " in " + zip.getName());
            }
            try (var in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * The WAR's own web.xml with {@code elements} (context parameters, a resource reference) added, as
     * an operator edits it: what the WAR declares there (its error page) stays.
     */
    static org.jboss.shrinkwrap.api.asset.StringAsset webXml(String elements) throws java.io.IOException {
        return new org.jboss.shrinkwrap.api.asset.StringAsset(readWarEntry("WEB-INF/web.xml").replace("</web-app>", elements + "\n</web-app>"));
    }

    static String seed(String name) throws Exception {
        return Files.readString(Path.of(System.getProperty("entente.seeds"), name));
    }

    /** A story body: text and publication date. */
    static Map<String, Object> story(String text, String published) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("published", published);
        return body;
    }

    /** A request under {@code /entente/api/v1/}, as the user a write of that kind needs. */
    HttpResponse<String> send(String method, String path, Object body) throws Exception {
        String user = path.endsWith("/decision") ? EDITOR : method.equals("PUT") || method.equals("DELETE") ? CONNECTOR : null;
        return sendAs(user, method, path, body);
    }

    /** {@code articles/{id}/tags/{tagId}/decision}: a decision with the tag in the path. */
    private static final Pattern TAG_IN_PATH = Pattern.compile("articles/([^/]+)/tags/([^/]+)/decision");

    /** A request under {@code /entente/api/v1/} as {@code user} ("name:password", or null for none). */
    HttpResponse<String> sendAs(String user, String method, String path, Object body) throws Exception {
        Matcher tagInPath = TAG_IN_PATH.matcher(path);
        if (Boolean.getBoolean("entente.it.no-colons-in-paths") && tagInPath.matches() && body instanceof Map<?, ?> decision) {
            // This server refuses a colon anywhere in a path (GlassFish): the same decision with the tag in the body.
            Map<String, Object> moved = new LinkedHashMap<>();
            moved.put("tag", tagInPath.group(2));
            decision.forEach((k, v) -> moved.put(String.valueOf(k), v));
            path = "articles/" + tagInPath.group(1) + "/decisions";
            body = moved;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSONB.toJson(body)));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of any path under the context root. */
    HttpResponse<String> page(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
