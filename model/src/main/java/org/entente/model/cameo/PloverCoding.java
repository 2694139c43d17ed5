package org.entente.model.cameo;

import java.util.List;
import org.entente.model.internal.Checks;
import org.entente.model.plover.Context;
import org.entente.model.plover.EventType;
import org.entente.model.plover.Mode;

/**
 * The PLOVER coding of a CAMEO code: a type, an optional mode and any contexts.
 *
 * @param type     the PLOVER event type; required
 * @param mode     the mode, or null; when present it must be one of {@code type}'s modes
 * @param contexts the contexts, without duplicates; may be empty
 * @param inferred false when the coding is PLOVER's own (its 2021 CAMEO table); true when Entente
 *                 inferred it for a CAMEO category PLOVER dropped: appeals (02) fold into REQUEST
 *                 with the mode and contexts of the parallel demand code (0211 as 1011), and
 *                 statements that carry a stance (012-019) into the type of that stance
 * @since 0.1
 */
public record PloverCoding(EventType type, Mode mode, List<Context> contexts, boolean inferred) {

    /** Checks the coding; see the record description for the rules. */
    public PloverCoding {
        Checks.required(type, "type");
        if (mode != null && !type.allows(mode)) {
            throw new IllegalArgumentException("Mode " + mode.label() + " is not a mode of " + type
                    + " (allowed: " + type.modes() + ")");
        }
        contexts = Checks.distinctListOf(contexts, "contexts");
    }

    /** An official (not inferred) coding. */
    public static PloverCoding of(EventType type, Mode mode, Context... contexts) {
        return new PloverCoding(type, mode, List.of(contexts), false);
    }
}
