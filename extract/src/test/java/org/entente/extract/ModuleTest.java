package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The extractor's module exports its API, the pipeline contract and the stages; the knowledge loader stays internal. */
class ModuleTest {

    @Test
    void theKnowledgeLoaderIsNotExported() throws Exception {
        Path classes = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(classes).find("org.entente.extract").orElseThrow().descriptor();
        assertEquals(Set.of("org.entente.extract", "org.entente.extract.pipeline", "org.entente.extract.text",
                        "org.entente.extract.syntax", "org.entente.extract.actor", "org.entente.extract.event",
                        "org.entente.extract.assemble"),
                descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    }
}
