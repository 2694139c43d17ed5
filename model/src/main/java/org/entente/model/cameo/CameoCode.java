package org.entente.model.cameo;

import java.util.Optional;
import org.entente.model.internal.Checks;
import org.entente.model.plover.QuadClass;

/**
 * One CAMEO event code.
 *
 * @param code      the code: two to four digits, its first two the root ("036", "1123")
 * @param name      the code's name in the CAMEO codebook
 * @param goldstein the Goldstein conflict-cooperation score, -10 to +10
 * @param plover    the code's PLOVER coding, or null for the neutral statements (01, 010, 011)
 *                  that PLOVER does not code as events
 * @since 0.1
 */
public record CameoCode(String code, String name, double goldstein, PloverCoding plover) {

    /** Checks the code's form and the score's range. */
    public CameoCode {
        code = Checks.notBlank(code, "code");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, was '" + code + "'");
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root must be 01 to 20, was " + code);
        }
        name = Checks.notBlank(name, "name");
        Checks.within(goldstein, -10, 10, "goldstein");
    }

    /** The two-digit root ("03" for "036"). */
    public String root() {
        return code.substring(0, 2);
    }

    /** Whether this is a two-digit root code. */
    public boolean isRoot() {
        return code.length() == 2;
    }

    /**
     * CAMEO's own quad class for the code's root: 01-05 verbal cooperation, 06-09 material
     * cooperation, 10-14 verbal conflict, 15-20 material conflict. It can differ from the quad class
     * of the PLOVER type (CAMEO 09, investigate, is material cooperation; PLOVER's ACCUSE is verbal
     * conflict).
     */
    public QuadClass quadClass() {
        int root = Integer.parseInt(root());
        if (root <= 5) {
            return QuadClass.VERBAL_COOPERATION;
        } else if (root <= 9) {
            return QuadClass.MATERIAL_COOPERATION;
        } else if (root <= 14) {
            return QuadClass.VERBAL_CONFLICT;
        }
        return QuadClass.MATERIAL_CONFLICT;
    }

    /** The PLOVER coding, empty for the neutral statements PLOVER does not code. */
    public Optional<PloverCoding> ploverCoding() {
        return Optional.ofNullable(plover);
    }
}
