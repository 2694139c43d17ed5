package org.entente.model;

import java.util.Locale;

/**
 * What a {@link Tag} names.
 *
 * @since 0.1
 */
public enum TagKind {
    /** A country ("South Korea"). */
    COUNTRY,
    /** A person ("Lee Jae Myung"). */
    PERSON,
    /** An organisation: international, governmental, business or civil ("APEC", "Hanwha Ocean"). */
    ORGANIZATION,
    /** A place below country level ("Gyeongju"). */
    PLACE,
    /** A PLOVER event type ("CONSULT"). */
    EVENT_TYPE,
    /** A subject: a PLOVER context or a theme ("economic", "trade"). */
    TOPIC;

    /** The prefix of the ids of tags of this kind: {@code country}, {@code event-type}, ... */
    public String prefix() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
