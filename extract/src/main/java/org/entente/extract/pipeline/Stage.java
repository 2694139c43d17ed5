package org.entente.extract.pipeline;

import java.util.Set;

/**
 * One step of a {@link Pipeline}: reads the layers it {@linkplain #requires() requires} from a
 * document and returns a copy with the layers it {@linkplain #adds() adds}. A stage keeps no
 * per-article state, so one instance serves every article and thread.
 *
 * @since 0.2
 */
public interface Stage {
    /** The layers the stage reads; each must be added by an earlier stage. */
    Set<Layer<?>> requires();

    /** The layers the stage adds. */
    Set<Layer<?>> adds();

    /** {@code document} with this stage's layers added. */
    Document apply(Document document);
}
