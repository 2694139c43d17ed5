package org.entente.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void everyIsoAlpha3CodeIsRegisteredWithItsAlpha2Code() {
        for (String alpha2 : Locale.getISOCountries()) {
            String alpha3 = new Locale("", alpha2).getISO3Country();
            Country country = Countries.get(alpha3);
            assertEquals(alpha2, country.alpha2(), alpha3);
        }
        assertEquals(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).size() + 1, Countries.all().size(),
                "ISO 3166-1 plus Kosovo (XKX)");
        assertEquals("Kosovo", Countries.get("XKX").name());
    }

    @Test
    void namesDemonymsAndCapitalsUsedInNewsAreThere() {
        Country korea = Countries.get("kor");
        assertEquals("South Korea", korea.name());
        assertTrue(korea.demonyms().contains("South Korean"));
        assertEquals("Seoul", korea.capital());
        assertEquals(37.57, korea.capitalLatitude(), 0.5);
        assertTrue(Countries.get("CHN").demonyms().contains("Chinese"));
        assertEquals("Beijing", Countries.get("CHN").capital());
        assertEquals("Pyongyang", Countries.get("PRK").capital());
        assertTrue(Countries.get("PRK").names().contains("DPRK"));
        assertTrue(Countries.get("USA").names().contains("U.S."));
        assertEquals("Washington", Countries.get("USA").capital().replace(", D.C.", "").replace(" D.C.", ""));
        assertEquals("Moscow", Countries.get("RUS").capital());
        assertTrue(Countries.get("JPN").demonyms().contains("Japanese"));
        assertTrue(Countries.get("KEN").demonyms().contains("Kenyan"));
        assertTrue(Countries.get("UKR").capitalNames().contains("Kiev"));
    }

    @Test
    void noNameBelongsToTwoCountries() {
        Map<String, String> owner = new HashMap<>();
        for (Country country : Countries.all()) {
            Stream.of(List.of(country.name()), country.names(), country.demonyms()).flatMap(List::stream)
                    .map(s -> s.toLowerCase(Locale.ROOT)).distinct()
                    .forEach(name -> {
                        String previous = owner.putIfAbsent(name, country.code());
                        assertTrue(previous == null, "'" + name + "' names both " + previous + " and " + country.code());
                    });
        }
    }

    @Test
    void sovereignStatesHaveCapitalsWithCoordinates() {
        for (String code : List.of("KOR", "CHN", "USA", "GBR", "FRA", "DEU", "IND", "BRA", "ZAF", "NGA", "KEN", "AUS")) {
            Country country = Countries.get(code);
            assertNotNull(country.capital(), code);
            assertNotNull(country.capitalLatitude(), code);
            assertFalse(country.demonyms().isEmpty(), code);
        }
    }

    @Test
    void unknownCodesFailClearly() {
        assertTrue(Countries.find("ZZZ").isEmpty());
        assertFalse(Countries.isKnown(null));
        assertEquals("Unknown country code 'ZZZ' (expected ISO 3166-1 alpha-3, e.g. KOR)",
                assertThrows(IllegalArgumentException.class, () -> Countries.get("ZZZ")).getMessage());
    }
}
