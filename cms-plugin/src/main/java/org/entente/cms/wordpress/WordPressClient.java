package org.entente.cms.wordpress;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;

/**
 * The WordPress REST API ({@code /wp-json/wp/v2}) as the connector uses it: posts changed since a
 * time, one post, tags found or created, and a post's tags set. Authenticates with an Application
 * Password (HTTP Basic). Every call has a timeout; failures are {@link WordPressException}s that say
 * whether trying again later may help.
 */
public final class WordPressClient {
    /** Posts per page when listing changes; WordPress allows up to 100. */
    static final int PAGE_SIZE = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private final WordPressSettings settings;
    private final String authorization;

    public WordPressClient(HttpClient http, WordPressSettings settings) {
        this.http = http;
        this.settings = settings;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.user() + ":" + settings.applicationPassword()).getBytes(StandardCharsets.UTF_8));
    }

    /** A post, with its raw (unrendered) title and content. */
    public record Post(long id, String status, Instant modified, String title, String content, String link,
                       Instant published, List<Long> tags) {

        /** This post with other tags. */
        public Post withTags(Collection<Long> newTags) {
            return new Post(id, status, modified, title, content, link, published, List.copyOf(newTags));
        }

        /**
         * A digest of everything a sync reads: two reads with the same version need no second sync.
         * WordPress keeps {@code modified} to the second, so two saves in one second share it.
         */
        public String version() {
            MessageDigest sha = sha256();
            for (Object part : List.of(status, title, content, String.valueOf(link), String.valueOf(published),
                    tags.stream().sorted().toList().toString())) {
                byte[] bytes = part.toString().getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array()); // length-prefixed: no ambiguous joins
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }

    /** One page of a listing and how many pages there are. */
    public record Page(List<Post> posts, int totalPages) {
    }

    /**
     * Published posts modified after {@code after}; {@code page} counts from 1. Sorted by id: WordPress
     * breaks no ties when sorting by date, so posts saved in the same second could straddle two pages.
     */
    public Page postsModifiedAfter(Instant after, int page) throws WordPressException {
        String query = "posts?context=edit&status=publish&orderby=id&order=asc&per_page=" + PAGE_SIZE + "&page=" + page
                + "&modified_after=" + encode(after.truncatedTo(ChronoUnit.SECONDS).toString());
        HttpResponse<String> response = send(request(query).GET());
        if (response.statusCode() == 400 && response.body().contains("rest_post_invalid_page_number")) {
            return new Page(List.of(), page - 1); // the pages shrank while we read them
        }
        check(response, "list posts");
        List<Post> posts = new ArrayList<>();
        for (JsonValue value : parse(response.body()).asJsonArray()) {
            posts.add(post(value.asJsonObject()));
        }
        int pages = response.headers().firstValue("X-WP-TotalPages").map(Integer::parseInt).orElse(1);
        return new Page(posts, pages);
    }

    /** The post, or empty if WordPress has none with that id (deleted for good). */
    public Optional<Post> post(long id) throws WordPressException {
        HttpResponse<String> response = send(request("posts/" + id + "?context=edit").GET());
        if (response.statusCode() == 404 || response.statusCode() == 410) {
            return Optional.empty();
        }
        check(response, "read post " + id);
        return Optional.of(post(parse(response.body()).asJsonObject()));
    }

    /** The id of the tag named {@code name} (any case), if WordPress has one. */
    public Optional<Long> findTag(String name) throws WordPressException {
        HttpResponse<String> response = send(request("tags?per_page=100&search=" + encode(name)).GET());
        check(response, "search tag " + name);
        for (JsonValue value : parse(response.body()).asJsonArray()) {
            JsonObject tag = value.asJsonObject();
            if (unescape(tag.getString("name", "")).equalsIgnoreCase(name)) {
                return Optional.of(tag.getJsonNumber("id").longValue());
            }
        }
        return Optional.empty();
    }

    /** The id of the tag named {@code name}, created if WordPress has none ("term_exists" reuses the existing one). */
    public long findOrCreateTag(String name) throws WordPressException {
        JsonObject body = Json.createObjectBuilder().add("name", name).build();
        HttpResponse<String> response = send(request("tags").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (response.statusCode() == 400) {
            JsonObject error = parse(response.body()).asJsonObject();
            if ("term_exists".equals(error.getString("code", "")) && error.get("data") instanceof JsonObject data
                    && data.containsKey("term_id")) {
                return data.getJsonNumber("term_id").longValue();
            }
        }
        check(response, "create tag " + name);
        return parse(response.body()).asJsonObject().getJsonNumber("id").longValue();
    }

    /** Replaces the post's tags. */
    public void setTags(long postId, Collection<Long> tagIds) throws WordPressException {
        String ids = tagIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{\"tags\":[", "]}"));
        HttpResponse<String> response = send(request("posts/" + postId).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ids)));
        check(response, "set the tags of post " + postId);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(settings.site() + "/wp-json/wp/v2/" + path)).timeout(TIMEOUT)
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws WordPressException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new WordPressException(settings.site() + " cannot be reached: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WordPressException("Interrupted while calling " + settings.site(), true);
        }
    }

    private void check(HttpResponse<String> response, String what) throws WordPressException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String body = response.body().length() > 300 ? response.body().substring(0, 300) + "..." : response.body();
        // 5xx, 429 and 408 may pass; 401/403 need the operator but may be fixed without a restart.
        boolean transientFailure = status >= 500 || status == 429 || status == 408 || status == 401 || status == 403;
        throw new WordPressException("WordPress answered " + status + " to " + what + ": " + body, transientFailure);
    }

    private JsonValue parse(String body) throws WordPressException {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new WordPressException("WordPress answered with something other than JSON: " + e.getMessage(), true);
        }
    }

    private static Post post(JsonObject p) {
        List<Long> tags = new ArrayList<>();
        if (p.get("tags") instanceof JsonArray array) {
            array.getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> tags.add(n.longValue()));
        }
        return new Post(p.getJsonNumber("id").longValue(), p.getString("status", ""), gmt(p, "modified_gmt"),
                raw(p, "title"), raw(p, "content"), p.getString("link", null), gmt(p, "date_gmt"), List.copyOf(tags));
    }

    /** {@code title.raw} in the edit context, else the rendered form. */
    private static String raw(JsonObject post, String field) {
        if (!(post.get(field) instanceof JsonObject value)) {
            return "";
        }
        JsonValue raw = value.containsKey("raw") ? value.get("raw") : value.get("rendered");
        return raw instanceof JsonString s ? s.getString() : "";
    }

    private static Instant gmt(JsonObject post, String field) {
        return post.get(field) instanceof JsonString s ? LocalDateTime.parse(s.getString()).toInstant(ZoneOffset.UTC) : null;
    }

    /** WordPress returns term names HTML-escaped ("Trade &amp; Tariffs"). */
    private static String unescape(String name) {
        return Parser.unescapeEntities(name, false);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
