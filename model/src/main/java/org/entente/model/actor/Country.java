package org.entente.model.actor;

import java.util.List;
import java.util.Locale;
import org.entente.model.internal.Checks;

/**
 * A country or territory with an ISO 3166-1 code, and the words news uses for it.
 *
 * @param code             ISO 3166-1 alpha-3 code ("KOR"); Kosovo uses the user-assigned "XKX"
 * @param alpha2           ISO 3166-1 alpha-2 code ("KR")
 * @param name             the common English name used in news ("South Korea")
 * @param names            other names and abbreviations ("Republic of Korea", "ROK")
 * @param demonyms         nationality adjectives and demonyms ("South Korean", "South Koreans")
 * @param capital          the capital ("Seoul"), or null for territories without one
 * @param capitalNames     other spellings of the capital ("Kiev" for Kyiv)
 * @param capitalLatitude  the capital's latitude in degrees, or null
 * @param capitalLongitude the capital's longitude in degrees, or null
 * @since 0.1
 */
public record Country(String code, String alpha2, String name, List<String> names, List<String> demonyms,
                      String capital, List<String> capitalNames, Double capitalLatitude, Double capitalLongitude) {

    /** Checks the codes' form and the coordinates' ranges. */
    public Country {
        code = Checks.notBlank(code, "code").toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Country code must be three letters (ISO 3166-1 alpha-3), was " + code);
        }
        alpha2 = Checks.notBlank(alpha2, "alpha2").toUpperCase(Locale.ROOT);
        if (!alpha2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("alpha2 must be two letters, was " + alpha2);
        }
        name = Checks.notBlank(name, "name");
        names = Checks.names(names, "names");
        demonyms = Checks.names(demonyms, "demonyms");
        capital = Checks.blankToNull(capital);
        capitalNames = Checks.names(capitalNames, "capitalNames");
        if ((capitalLatitude == null) != (capitalLongitude == null)) {
            throw new IllegalArgumentException("capitalLatitude and capitalLongitude go together");
        }
        if (capitalLatitude != null) {
            Checks.within(capitalLatitude, -90, 90, "capitalLatitude");
            Checks.within(capitalLongitude, -180, 180, "capitalLongitude");
        }
    }
}
