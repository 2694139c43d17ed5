package org.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The model jar needs nothing but java.base and exports only its API packages. */
class ModuleDescriptorTest {

    @Test
    void requiresOnlyJavaBaseAndExportsOnlyTheApi() throws URISyntaxException {
        Path classes = Path.of(Event.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(classes).find("org.entente.model").orElseThrow().descriptor();
        assertEquals(Set.of("java.base"),
                descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertEquals(Set.of("org.entente.model", "org.entente.model.actor", "org.entente.model.cameo",
                "org.entente.model.plover"),
                descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()));
        // The internal data reader goes to the extractor alone, as a friend export.
        assertEquals(Set.of("org.entente.model.internal -> [org.entente.extract]"),
                descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                        .map(e -> e.source() + " -> " + e.targets()).collect(Collectors.toSet()));
        assertEquals(Set.of(), descriptor.opens());
    }
}
