package org.entente.model.actor;

import java.util.List;
import org.entente.model.internal.Checks;

/**
 * An international (intergovernmental) organisation.
 *
 * @param code  Entente's stable short code, the acronym news uses ("UN", "NATO", "AU")
 * @param cameo the CAMEO actor code ("IGOUNO")
 * @param name  the full English name ("United Nations")
 * @param names other names and abbreviations ("U.N.")
 * @since 0.1
 */
public record Organization(String code, String cameo, String name, List<String> names) {

    /** Checks the codes' form. */
    public Organization {
        code = Checks.notBlank(code, "code");
        if (!code.matches("[A-Z][A-Z0-9_]{1,11}")) {
            throw new IllegalArgumentException("Organization code must be 2-12 upper-case letters or digits, was " + code);
        }
        cameo = Checks.notBlank(cameo, "cameo");
        if (!cameo.matches("[A-Z]{3,15}")) {
            throw new IllegalArgumentException("CAMEO actor code must be upper-case letters, was " + cameo);
        }
        name = Checks.notBlank(name, "name");
        names = Checks.names(names, "names");
    }
}
