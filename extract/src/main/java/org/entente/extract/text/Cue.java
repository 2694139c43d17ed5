package org.entente.extract.text;

import java.util.Locale;

/**
 * What a cue word does to the reading of a trigger, or of a sentence's phrases and clauses. The
 * words live in the knowledge file {@code cues.tsv}, whose header documents each kind; a knowledge
 * directory can add words.
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
    SPEECH,
    /** A personal or possessive pronoun. */
    PRONOUN,
    /** A plural noun that refers to the two sides after "both" or "the two". */
    PAIR_NOUN,
    /** A word that may stand before a title ("former", "deputy"). */
    TITLE_MODIFIER,
    /** A preposition after which a country or city is a place, not a participant. */
    LOCATIVE,
    /** A future cue that also looks ahead before a place ("is due in Bangkok", "is expected in Paris"). */
    FUTURE_WITH_PLACE,
    /** An adverb particle that may stand after a verb's object ("pulled its troops back", "called the talks off"). */
    PARTICLE,
    /** A relation noun after a country that names someone else ("the U.S. ally"). */
    EPITHET,
    /** A noun that introduces a company name after a nationality. */
    COMPANY_NOUN,
    /** A noun a country name modifies rather than names ("South Korea's economy"). */
    POSSESSED_NOUN,
    /** A capitalised word that cannot start a surname. */
    FUNCTION_WORD,
    /** A noun for armed units: troops that arrive somewhere are deployed there, not visiting. */
    FORCE_NOUN,
    /** A place struck by fire, after "at", "on" or "against": the fire is aimed, not a show of force. */
    STRUCK_PLACE,
    /** A preposition before where fire lands ("into"): aimed when an actor or a struck place follows. */
    LANDING_PREPOSITION,
    /** A word after a protest that introduces what it is against ("against", "denouncing"). */
    PROTEST_OBJECT,
    /** A participle not ending in "-ed" that makes the passive after a form of "be" ("were sent"). */
    IRREGULAR_PARTICIPLE,
    /** An adverb without "-ly" that may stand between "be" and its participle ("was also stopped"). */
    VERB_GROUP_ADVERB,
    /** A preposition before a gerund that makes the trigger after it part of another ("a role in restarting talks"). */
    GERUND_PREPOSITION,
    /** An article: after "to", it makes the noun a recipient's phrase, not an infinitive ("a visit to the region"). */
    ARTICLE,
    /** A modal auxiliary ("would", "could"): a verb group's modal. */
    MODAL,
    /** A past-tense auxiliary ("was", "had"): a verb group it begins is in the past. */
    PAST_AUXILIARY,
    /** An auxiliary of the perfect ("had boarded"): verbs joined after it are its participles. */
    PERFECT_AUXILIARY,
    /** A possessive pronoun before a noun ("their envoys"): the noun phrase's possessor. */
    POSSESSIVE_DETERMINER,
    /** A conjunction that joins noun phrases into a list ("and", "or"). */
    COORDINATOR,
    /** A word besides the {@link #RELATIVE} pronouns that opens a relative clause after a noun phrase ("whose"). */
    RELATIVE_WORD,
    /** A conjunction that opens a subordinate clause when a verb follows ("after", "if"). */
    SUBORDINATOR,
    /** A mark that opens a quotation. */
    QUOTE_OPEN,
    /** A mark that closes a quotation. */
    QUOTE_CLOSE,
    /** A preposition whose object names the parties of a relation, never a subject ("between China and the Philippines"). */
    PARTIES_PREPOSITION,
    /** A participle that makes the country before its hyphen the agent behind a thing ("a U.S.-drafted resolution"). */
    AGENT_PARTICIPLE,
    /** A preposition right after an event noun that introduces its target ("talks with Seoul"). */
    TARGET_PREPOSITION,
    /** A preposition before the actor an act is aimed at ("fired missiles at Iraqi bases"). */
    AIM_PREPOSITION,
    /** A pronoun that stands for a person, the last one named ("he", "his"). */
    PERSON_PRONOUN,
    /** A pronoun that qualifies the noun after it and is not the participant ("his counterpart"). */
    POSSESSIVE_PRONOUN,
    /** A word or comma that joins two members of a list of actors ("A and B", "neither A nor B"). */
    LIST_SEPARATOR,
    /** A determiner before a reply object a relative clause with no object is about ("a move Beijing condemned"). */
    ANTECEDENT_DETERMINER,
    /** A determiner that points a reply object back to an earlier act ("this launch", "such moves"). */
    ANAPHORIC_DETERMINER,
    /** A word opening a relative clause that shares the date of the thing before it ("a meeting on Thursday, where ..."). */
    SETTING_RELATIVE,
    /** A word that opens a counted pair ("both nations", "the two leaders", "all four governments"). */
    PAIR_OPENER,
    /** A determiner that may open a title phrase describing a person ("the South Korean president"). */
    TITLE_DETERMINER;

    /** The cue named as in {@code cues.tsv} ("reply-object"). */
    public static Cue ofLabel(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown cue '" + label + "'", e);
        }
    }
}
