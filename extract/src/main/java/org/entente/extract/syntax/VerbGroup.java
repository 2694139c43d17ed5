package org.entente.extract.syntax;

/**
 * A verb group of one sentence: the auxiliaries, negators and adverbs up to a main verb, tokens
 * {@code [start, end)} ("would not have been deployed", "to meet", "said"). A lone auxiliary is its
 * own head ("was" in "the talks were fruitless").
 *
 * @param start       the first token (an auxiliary, "to", or the verb)
 * @param end         the token just past the head
 * @param head        the main verb, the group's last token
 * @param tense       the tense its first word marks
 * @param voice       passive when the head is a participle after a form of "be"
 * @param negated     whether a negator stands before the head ("not", "n't", "never")
 * @param modal       the modal auxiliary in lower case ("would"), or null if none
 * @param perfect     whether a form of "have" makes it perfect ("have been")
 * @param progressive whether it is a form of "be" with an "-ing" verb ("were meeting")
 * @since 0.2
 */
public record VerbGroup(int start, int end, int head, Tense tense, Voice voice, boolean negated, String modal,
                        boolean perfect, boolean progressive) {

    /** The tense a verb group's first word marks. */
    public enum Tense {
        /** "said", "was held", "had met". */
        PAST,
        /** "says", "is", "has met". */
        PRESENT,
        /** "will meet", "'ll go", "shall". */
        FUTURE,
        /** None marked: an infinitive ("to meet"), a gerund ("meeting") or a modal other than "will" ("could meet"). */
        NONE
    }

    /** Whether the subject does or undergoes the verb. */
    public enum Voice {
        /** The subject does it. */
        ACTIVE,
        /** The subject undergoes it ("were sent"). */
        PASSIVE
    }

    /** Compact canonical constructor: checks the head is the last token. */
    public VerbGroup {
        if (start < 0 || head < start || end != head + 1) {
            throw new IllegalArgumentException("head " + head + " is not the last token of [" + start + ", " + end + ")");
        }
        java.util.Objects.requireNonNull(tense, "tense");
        java.util.Objects.requireNonNull(voice, "voice");
    }

    /** Whether the group is passive. */
    public boolean isPassive() {
        return voice == Voice.PASSIVE;
    }

    /** Whether token {@code i} is inside the group. */
    public boolean contains(int i) {
        return i >= start && i < end;
    }
}
