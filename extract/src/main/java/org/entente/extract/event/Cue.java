package org.entente.extract.event;

import java.util.Locale;

/**
 * What a cue word does to the reading of a trigger. The words live in the knowledge file
 * {@code cues.tsv}, whose header documents each kind; a knowledge directory can add words.
 */
public enum Cue {
    /** A word that opens a new clause. */
    CLAUSE_BOUNDARY,
    /** A punctuation mark that ends a clause. */
    CLAUSE_MARK,
    /** A word before a trigger that makes it a noun ("the talks"). */
    NOUN_CONTEXT,
    /** A verb whose subject is the source of the event noun after it ("held talks"). */
    LIGHT_VERB,
    /** A form of "be", which makes the passive with a participle. */
    BE,
    /** A relative pronoun referring back to the last actor. */
    RELATIVE,
    /** An object noun referring back to an earlier act ("rejected the accusation"). */
    REPLY_OBJECT,
    /** A word that negates the trigger after it. */
    NEGATION,
    /** A word that makes the trigger after it hypothetical. */
    HYPOTHETICAL,
    /** A word that puts the trigger after it in the future. */
    FUTURE,
    /** A future cue that needs "to" after it ("set to meet"). */
    FUTURE_WITH_TO,
    /** A word after an event noun that cancels it ("called off"). */
    CANCELLED,
    /** A word that makes the trigger after it background history. */
    HISTORY,
    /** A reporting verb. */
    SPEECH;

    /** The cue named as in {@code cues.tsv} ("reply-object"). */
    public static Cue ofLabel(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown cue '" + label + "'", e);
        }
    }
}
