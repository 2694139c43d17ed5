package org.entente.model;

/**
 * Whether, according to the text, an event happened.
 *
 * @since 0.1
 */
public enum Modality {
    /** Reported as having happened or happening ("met", "imposed sanctions"). */
    ASSERTED,
    /** Planned or expected ("will meet", "is set to sign", "plans to visit"). */
    FUTURE,
    /** Conditional or possible ("could impose sanctions if"). */
    HYPOTHETICAL,
    /** Reported as not having happened ("did not sign", "denied sending troops", "talks were called off"). */
    NEGATED
}
