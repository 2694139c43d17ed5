package org.entente.cms.wordpress;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How to reach one WordPress site, read from a properties file (see the README): {@code url},
 * {@code user}, {@code application-password} (a WordPress Application Password), {@code webhook-secret}
 * (shared with the Entente WordPress plugin) and optionally {@code existing-terms-only}.
 *
 * @param site                the site's address, e.g. http://127.0.0.1:18081
 * @param user                the WordPress login the connector acts as
 * @param applicationPassword that user's Application Password
 * @param webhookSecret       the secret webhook calls are signed with
 * @param existingTermsOnly   write back only tags WordPress already has as terms; never create terms
 */
public record WordPressSettings(URI site, String user, String applicationPassword, String webhookSecret,
                                boolean existingTermsOnly) {

    /**
     * Reads the file.
     *
     * @throws IllegalArgumentException naming the key when one is missing or invalid
     * @throws IOException              if the file cannot be read
     */
    public static WordPressSettings read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String url = required(p, "url", file);
        URI site;
        try {
            site = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": url is not a URL: " + url);
        }
        if (!"http".equals(site.getScheme()) && !"https".equals(site.getScheme())) {
            throw new IllegalArgumentException(file + ": url must be http or https: " + url);
        }
        return new WordPressSettings(site, required(p, "user", file), required(p, "application-password", file),
                required(p, "webhook-secret", file), Boolean.parseBoolean(p.getProperty("existing-terms-only", "false").strip()));
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(file + ": " + key + " is required");
        }
        return value.strip();
    }

    @Override
    public String toString() { // never log the secrets
        return "WordPressSettings[" + site + " as " + user + (existingTermsOnly ? ", existing terms only]" : "]");
    }
}
