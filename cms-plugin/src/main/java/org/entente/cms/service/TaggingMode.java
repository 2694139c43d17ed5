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

    /** The mode configured for this server. */
    public static TaggingMode configured() {
        String value = System.getProperty("entente.tagging.mode", "suggest").strip().toLowerCase(Locale.ROOT);
        return value.equals("auto") || value.equals("auto-apply") ? AUTO : SUGGEST;
    }
}
