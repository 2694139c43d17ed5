package org.entente.cms.domain;

import java.util.regex.Pattern;

/**
 * The story ids the plugin accepts: 1 to {@value #MAX_LENGTH} characters from {@code A-Z a-z 0-9 . _ -},
 * the first a letter or a digit. Such an id is one URL path segment as it stands (no encoding, no
 * {@code .} or {@code ..} segment a client or server would resolve away) and fits the database
 * column. A colon is left out although URLs allow it: GlassFish refuses any path holding one, even
 * percent-encoded, so a story with a colon in its id could be stored on WildFly but never read back
 * on GlassFish.
 */
public final class StoryId {
    /** The longest id, the width of the database column. */
    public static final int MAX_LENGTH = 200;
    /** The accepted ids as a regular expression. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}";

    private static final Pattern ID = Pattern.compile(PATTERN);
    /** How much of a refused id a message repeats. */
    private static final int QUOTED = 60;

    private StoryId() {
    }

    /** Whether {@code id} is an id the plugin accepts. */
    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * {@code id}, checked.
     *
     * @throws IllegalArgumentException naming the rule, if it is not an accepted id
     */
    public static String check(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(problem(id));
        }
        return id;
    }

    /** What is wrong with {@code id}, in a sentence that names the rule and quotes the start of the id. */
    public static String problem(String id) {
        String quoted = id == null ? "none" : id.length() > QUOTED ? "\"" + id.substring(0, QUOTED) + "…\" (" + id.length()
                + " characters)" : "\"" + id + "\"";
        return "A story id is 1 to " + MAX_LENGTH + " characters from A-Z, a-z, 0-9, '.', '_' and '-', starting with a "
                + "letter or a digit; was " + quoted;
    }
}
