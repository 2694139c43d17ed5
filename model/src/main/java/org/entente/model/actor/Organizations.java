package org.entente.model.actor;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.model.internal.TabularResource;

/**
 * The registry of international organisations (UN, EU, NATO, ASEAN, African Union, IAEA, ...) with
 * their stable short codes and CAMEO codes. Loaded once from the module's bundled
 * {@code organizations.tsv}; thread-safe.
 *
 * @since 0.1
 */
public final class Organizations {
    private static final Map<String, Organization> BY_CODE = load();

    private Organizations() {
    }

    /** Every organisation, in registry order. */
    public static Collection<Organization> all() {
        return BY_CODE.values();
    }

    /** The organisation with short code {@code code} (any case), if there is one. */
    public static Optional<Organization> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The organisation with short code {@code code}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static Organization get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException(
                "Unknown organization code '" + code + "' (e.g. UN, EU, NATO, ASEAN, AU, IAEA)"));
    }

    /** Whether {@code code} is a known organisation code. */
    public static boolean isKnown(String code) {
        return find(code).isPresent();
    }

    private static Map<String, Organization> load() {
        Map<String, Organization> byCode = new LinkedHashMap<>();
        for (String[] row : TabularResource.read(Organizations.class, "organizations.tsv", 4)) {
            Organization organization = new Organization(row[0], row[1], row[2], TabularResource.split(row[3], '|'));
            if (byCode.put(organization.code(), organization) != null) {
                throw new IllegalStateException("Duplicate organization " + organization.code() + " in organizations.tsv");
            }
        }
        return Collections.unmodifiableMap(byCode);
    }
}
