package org.entente.model.actor;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.model.internal.TabularResource;

/**
 * The country registry: every ISO 3166-1 alpha-3 code (and Kosovo's XKX) with its names, demonyms
 * and capital. Loaded once from the module's bundled {@code countries.tsv}; thread-safe.
 *
 * @since 0.1
 */
public final class Countries {
    private static final Map<String, Country> BY_CODE = load();

    private Countries() {
    }

    /** Every country, ordered by code. */
    public static Collection<Country> all() {
        return BY_CODE.values();
    }

    /** The country with alpha-3 code {@code code} (any case), if there is one. */
    public static Optional<Country> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The country with alpha-3 code {@code code}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static Country get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException(
                "Unknown country code '" + code + "' (expected ISO 3166-1 alpha-3, e.g. KOR)"));
    }

    /** Whether {@code code} is a known alpha-3 country code. */
    public static boolean isKnown(String code) {
        return find(code).isPresent();
    }

    private static Map<String, Country> load() {
        Map<String, Country> byCode = new LinkedHashMap<>();
        for (String[] row : TabularResource.read(Countries.class, "countries.tsv", 9)) {
            Country country = new Country(row[0], row[1], row[2],
                    TabularResource.split(row[3], '|'), TabularResource.split(row[4], '|'),
                    row[5], TabularResource.split(row[6], '|'),
                    TabularResource.decimalOrNull(row[7]), TabularResource.decimalOrNull(row[8]));
            if (byCode.put(country.code(), country) != null) {
                throw new IllegalStateException("Duplicate country " + country.code() + " in countries.tsv");
            }
        }
        return Collections.unmodifiableMap(byCode);
    }
}
