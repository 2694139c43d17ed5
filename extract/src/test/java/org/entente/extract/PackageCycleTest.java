package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** No two packages of the extractor reach each other, directly or through others (read with the JDK's jdeps). */
class PackageCycleTest {
    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.entente\\.extract[\\w.]*)\\s+->\\s+(org\\.entente\\.extract[\\w.]*)\\s");
    private static final Pattern FROM = Pattern.compile("^\\s*(org\\.entente\\.extract[\\w.]*)\\s+->\\s");

    @Test
    void thePackageGraphHasNoCycle() throws Exception {
        Path classes = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        // The module's dependencies, wherever the test runner put them (module path or class path),
        // less the fuzzer's jars: test-only, and two of them hold the same package, which jdeps
        // refuses on a module path.
        String path = java.util.stream.Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .flatMap(p -> java.util.Arrays.stream(p.split(java.io.File.pathSeparator)))
                .filter(entry -> !entry.isEmpty() && !Path.of(entry).getFileName().toString().startsWith("jazzer"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "--module-path", path, "--multi-release", "base",
                "-verbose:package",
                "--ignore-missing-deps", "-filter:none", classes.toString());
        assertEquals(0, status, out.toString());
        Map<String, Set<String>> graph = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertTrue(graph.size() >= 6, "jdeps found the stage packages: " + graph);
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (reaches(graph, start, start, new TreeSet<>())) {
                cycles.add(start);
            }
        }
        assertEquals(List.of(), cycles, "packages on a cycle; graph: " + graph);
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next) && reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }
}
