/**
 * The Entente diplomatic event vocabulary: PLOVER event types, modes and contexts; CAMEO codes
 * with their Goldstein scores and PLOVER coding; actors (countries, international organisations,
 * roles); and the events, articles, tags and extractions built from them.
 *
 * <p>The module depends on nothing but {@code java.base}. Every type is immutable and checks its
 * arguments when constructed. The exported types serialise with JSON-B's default mapping.
 *
 * @since 0.1
 */
@SuppressWarnings("module") // the friend export names a module compiled after this one
module org.entente.model {
    exports org.entente.model;
    exports org.entente.model.actor;
    exports org.entente.model.cameo;
    exports org.entente.model.plover;
    // The bundled-data reader, shared with the extractor only (not API).
    exports org.entente.model.internal to org.entente.extract;
}
