package org.entente.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.ReferenceData;
import org.junit.jupiter.api.Test;

class OrganizationsTest {

    @Test
    void theMajorOrganisationsAreRegistered() {
        for (String code : new String[] {"UN", "EU", "NATO", "ASEAN", "AU", "IAEA", "APEC", "G7", "G20", "OPEC", "WTO"}) {
            assertTrue(Organizations.isKnown(code), code);
        }
        assertEquals("IGOUNO", Organizations.get("UN").cameo());
        assertEquals("African Union", Organizations.get("au").name());
    }

    /** Where the Phoenix international-actors dictionary names an organisation, the CAMEO codes agree. */
    @Test
    void cameoCodesAgreeWithThePhoenixDictionary() throws IOException {
        Pattern entry = Pattern.compile("^([A-Z0-9_.'&-]+?)_?\\s*\\[([A-Z]{3,})\\]");
        Map<String, String> phoenix = new HashMap<>();
        for (String line : Files.readAllLines(ReferenceData.file("petrarch/Phoenix.International.actors.txt"))) {
            Matcher m = entry.matcher(line);
            if (m.find()) {
                phoenix.putIfAbsent(m.group(1).replace('_', ' ').strip(), m.group(2));
            }
        }
        int compared = 0;
        for (Organization organization : Organizations.all()) {
            String code = phoenix.get(organization.name().toUpperCase(Locale.ROOT));
            if (code != null && !code.equals("IGO")) { // a bare "IGO" is Phoenix's placeholder, not a code
                assertEquals(code, organization.cameo(), organization.name());
                compared++;
            }
        }
        assertTrue(compared >= 10, "compared " + compared + " organisations with the Phoenix dictionary");
    }

    @Test
    void unknownCodesFailClearly() {
        assertEquals("Unknown organization code 'XYZ' (e.g. UN, EU, NATO, ASEAN, AU, IAEA)",
                assertThrows(IllegalArgumentException.class, () -> Organizations.get("XYZ")).getMessage());
    }
}
