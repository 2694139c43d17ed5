package org.entente.cms.wordpress;

/** A call to WordPress failed; {@link #isTransient()} says whether trying again later may succeed. */
public class WordPressException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    public WordPressException(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    /** True for failures that may pass (WordPress down, 5xx, timeouts), false for ones that will not. */
    public boolean isTransient() {
        return transientFailure;
    }
}
