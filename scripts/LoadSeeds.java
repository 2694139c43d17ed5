import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the seed articles into a running Entente plugin as demo stories:
 * java scripts/LoadSeeds.java BASE_URL USER:PASSWORD SEEDS_DIR. Each story is PUT under its file's
 * number ("seed-004") with the publication date its gold annotation records.
 */
public class LoadSeeds {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        Path seeds = Path.of(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                String published = published(seeds.resolve("gold").resolve(name.replace(".txt", ".json")));
                String body = "{\"text\":" + json(Files.readString(file)) + (published == null ? "" : ",\"published\":\"" + published + "\"") + "}";
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/seed-" + name.substring(0, 3)))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                System.out.println("  " + name + " -> HTTP " + response.statusCode());
                if (response.statusCode() >= 300) {
                    System.err.println(response.body());
                    System.exit(1);
                }
            }
        }
    }

    private static String published(Path gold) throws Exception {
        if (!Files.exists(gold)) {
            return null;
        }
        Matcher m = Pattern.compile("\"published\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"").matcher(Files.readString(gold));
        return m.find() ? m.group(1) : null;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
