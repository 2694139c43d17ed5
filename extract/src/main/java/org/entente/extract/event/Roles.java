package org.entente.extract.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.model.actor.Actor;

/**
 * The sides a trigger's own clause gives it, before the discourse fills what is missing.
 *
 * @param source the actors that act, in text order (read-only)
 * @param target the actors acted on, in text order (read-only)
 * @param own whether the sentence names a side of the event itself, rather than only the discourse
 * @param explicitSource whether the source is written in the trigger's own phrase (raises the confidence)
 */
record Roles(List<Actor> source, List<Actor> target, boolean own, boolean explicitSource) {
    Roles {
        // an unmodifiable copy rather than List.copyOf: an unresolved mention may leave a null actor
        source = Collections.unmodifiableList(new ArrayList<>(source));
        target = Collections.unmodifiableList(new ArrayList<>(target));
    }
}
