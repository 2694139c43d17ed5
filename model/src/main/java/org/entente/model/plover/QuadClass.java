package org.entente.model.plover;

/**
 * The four quad classes into which event data is usually aggregated: verbal or material, and
 * cooperation or conflict. {@link #number()} is the conventional 1-4 numbering used by CAMEO data
 * sets (GDELT's and ICEWS's {@code QuadClass}).
 *
 * @since 0.1
 */
public enum QuadClass {
    /** Statements of cooperation: agreements, consultations, support, concessions. */
    VERBAL_COOPERATION(1),
    /** Cooperative acts: material cooperation, aid, retreats and releases. */
    MATERIAL_COOPERATION(2),
    /** Statements of conflict: demands, accusations, rejections, threats. */
    VERBAL_CONFLICT(3),
    /** Conflictual acts: protests, sanctions, mobilisation, coercion, assault. */
    MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    /** The conventional quad class number, 1 to 4. */
    public int number() {
        return number;
    }

    /** Whether this class is one of the two cooperation classes. */
    public boolean isCooperation() {
        return this == VERBAL_COOPERATION || this == MATERIAL_COOPERATION;
    }

    /** Whether this class is one of the two verbal classes. */
    public boolean isVerbal() {
        return this == VERBAL_COOPERATION || this == VERBAL_CONFLICT;
    }

    /**
     * The quad class with the given number.
     *
     * @throws IllegalArgumentException if {@code number} is not 1 to 4
     */
    public static QuadClass ofNumber(int number) {
        for (QuadClass quad : values()) {
            if (quad.number == number) {
                return quad;
            }
        }
        throw new IllegalArgumentException("Unknown quad class number " + number + " (expected 1 to 4)");
    }
}
