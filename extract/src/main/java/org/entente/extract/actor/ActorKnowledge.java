package org.entente.extract.actor;

import java.util.List;

/**
 * What the actor stages read of the knowledge: the gazetteer, titles and known people. The
 * knowledge base implements it, so the actor package depends on no loader.
 */
public interface ActorKnowledge {
    /** The actor and place gazetteer. */
    Gazetteer gazetteer();

    /** The title entry for a lower-case title phrase ("prime minister"), or null. */
    Entry title(String phrase);

    /** Whether a title names a head of state or government ("president", "prime minister", "leader"). */
    boolean isHeadTitle(String phrase);

    /** All gazetteer entries of a kind. */
    List<Entry> entries(Entry.Kind kind);

    /** The known people whose family name is {@code surname}; empty if none. */
    List<Entry> peopleWithSurname(String surname);

    /** The cue words that steer how phrases are read. */
    org.entente.extract.text.Cues cues();
}
