package org.entente.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.entente.cms.persistence.StoryEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR's layers, read from its compiled classes with the JDK's jdeps: {@code rest} and the
 * {@code panel} turn HTTP into service calls and never touch {@code persistence}; the services
 * ({@code service}, {@code related}) never reach back into a web layer; {@code persistence} knows
 * only the shared {@code domain}; only {@code persistence} holds an EntityManager; and no two
 * packages depend on each other.
 */
class LayeringTest {
    private static final String ROOT = "org.entente.cms.";
    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.entente\\.cms\\.[\\w.$]+)\\s+->\\s+([\\w.$]+)\\s");
    /** Class-level dependencies of the plugin's classes. */
    private static final Map<String, Set<String>> CLASSES = new TreeMap<>();

    @BeforeAll
    static void readDependencies() throws Exception {
        Path classes = Path.of(StoryEntity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-filter:none",
                "--ignore-missing-deps", "--multi-release", "base", classes.toString());
        assertEquals(0, status, out.toString());
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find()) {
                CLASSES.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertTrue(CLASSES.keySet().stream().anyMatch(c -> c.startsWith(ROOT + "rest.")), "jdeps read the classes: " + out);
    }

    /** The plugin package of a class ("rest"), or null for a class from elsewhere. */
    private static String layer(String className) {
        if (!className.startsWith(ROOT)) {
            return null;
        }
        String rest = className.substring(ROOT.length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : "";
    }

    /** Every dependency from a class in one of {@code from} to a class {@code forbidden} accepts. */
    private static List<String> violations(Set<String> from, Predicate<String> forbidden) {
        List<String> found = new ArrayList<>();
        CLASSES.forEach((source, targets) -> {
            if (from.contains(layer(source))) {
                targets.stream().filter(forbidden).forEach(target -> found.add(source + " -> " + target));
            }
        });
        return found;
    }

    private static Predicate<String> inLayers(String... layers) {
        Set<String> names = Set.of(layers);
        return target -> layer(target) != null && names.contains(layer(target));
    }

    @Test
    void theWebLayersNeverTouchPersistence() {
        assertEquals(List.of(), violations(Set.of("rest", "panel"), inLayers("persistence")));
    }

    @Test
    void servicesAndPersistenceNeverReachAWebLayer() {
        assertEquals(List.of(), violations(Set.of("service", "related", "persistence", "domain"),
                inLayers("rest", "panel", "wordpress", "security")));
    }

    @Test
    void persistenceKnowsOnlyTheDomain() {
        assertEquals(List.of(), violations(Set.of("persistence"), inLayers("service", "related", "rest", "panel", "wordpress", "security")));
        assertEquals(List.of(), violations(Set.of("domain"), target -> layer(target) != null && !"domain".equals(layer(target))));
    }

    @Test
    void onlyPersistenceHoldsAnEntityManager() {
        Set<String> others = new TreeSet<>(CLASSES.keySet().stream().map(LayeringTest::layer).toList());
        others.remove("persistence");
        assertEquals(List.of(), violations(others, target -> target.startsWith("jakarta.persistence.EntityManager")
                || target.equals("jakarta.persistence.PersistenceContext") || target.equals("jakarta.persistence.Query")
                || target.equals("jakarta.persistence.TypedQuery")));
    }

    @Test
    void thePackagesFormNoCycle() {
        Map<String, Set<String>> packages = new TreeMap<>();
        CLASSES.forEach((source, targets) -> targets.stream().map(LayeringTest::layer)
                .filter(target -> target != null && !target.equals(layer(source)))
                .forEach(target -> packages.computeIfAbsent(layer(source), k -> new TreeSet<>()).add(target)));
        assertTrue(packages.getOrDefault("rest", Set.of()).contains("service"), "the graph was read: " + packages);
        List<String> onCycles = new ArrayList<>();
        for (String start : packages.keySet()) {
            if (reaches(packages, start, start, new TreeSet<>())) {
                onCycles.add(start);
            }
        }
        assertEquals(List.of(), onCycles, "packages on a cycle; graph: " + packages);
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target) || seen.add(next) && reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }
}
