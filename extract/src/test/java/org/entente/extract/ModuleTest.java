package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The extractor's module exports its API package only; the stages stay internal. */
class ModuleTest {

    @Test
    void onlyTheApiIsExported() throws Exception {
        Path classes = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(classes).find("org.entente.extract").orElseThrow().descriptor();
        assertEquals(Set.of("org.entente.extract"),
                descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    }
}
