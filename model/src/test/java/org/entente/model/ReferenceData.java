package org.entente.model;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the peer projects' reference data in {@code ../shared/reference} beside the checkout
 * (the build passes its location as the system property {@code entente.shared}). The data is read
 * in place, never copied into the repository.
 */
public final class ReferenceData {
    private ReferenceData() {
    }

    /** The file {@code relative} under {@code shared/reference}; fails clearly if it is missing. */
    public static Path file(String relative) {
        String shared = System.getProperty("entente.shared", "../../shared");
        Path path = Path.of(shared, "reference", relative).normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Reference file " + path.toAbsolutePath()
                    + " is missing: the tests read ../shared/reference beside the checkout");
        }
        return path;
    }
}
