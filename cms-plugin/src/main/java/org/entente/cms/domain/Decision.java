package org.entente.cms.domain;

import java.util.Locale;
import java.util.Optional;

/** An editor's decision on a suggested tag. */
public enum Decision {
    /** Keep the tag, whatever later analyses say. */
    ACCEPT,
    /** Remove the tag; later analyses never bring it back. */
    REJECT;

    /** The decision a word names ("accept", "REJECT"), or empty for anything else. */
    public static Optional<Decision> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.strip().toUpperCase(Locale.ROOT)) {
            case "ACCEPT" -> Optional.of(ACCEPT);
            case "REJECT" -> Optional.of(REJECT);
            default -> Optional.empty();
        };
    }

    /** The status a tag has after this decision. */
    public TagStatus status() {
        return this == ACCEPT ? TagStatus.ACCEPTED : TagStatus.REJECTED;
    }
}
