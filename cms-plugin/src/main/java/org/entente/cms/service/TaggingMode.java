package org.entente.cms.service;

import java.util.Locale;

/**
 * How new tags are treated in this deployment, set with the system property
 * {@code entente.tagging.mode} ({@code suggest}, the default, or {@code auto}).
 */
public enum TaggingMode {
    /** Tags wait for an editor's decision. */
    SUGGEST,
    /** Tags are applied at once; editors may still reject them. */
    AUTO;

    /**
     * The mode a setting names: "suggest" or "auto" (also "auto-apply").
     *
     * @throws IllegalArgumentException for anything else, so a typo does not silently suggest
     */
    public static TaggingMode parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "suggest" -> SUGGEST;
            case "auto", "auto-apply" -> AUTO;
            default -> throw new IllegalArgumentException("entente.tagging.mode must be suggest or auto, was " + value);
        };
    }
}
