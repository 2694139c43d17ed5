package org.entente.extract.actor;

import java.util.List;
import java.util.stream.IntStream;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;

/**
 * Joins mentions found one by one into the compound agents they make together: an agent noun right
 * after a named agent ("Pakistan's military media wing"), and an agent noun shared by demonyms
 * joined with "and" ("Turkish and Armenian special envoys"). Runs on a sentence's whole list of
 * mentions, because each of these needs the mentions on both sides.
 */
final class CompoundAgents {
    private CompoundAgents() {
    }

    /**
     * "Pakistan's military media wing": an agent noun with no country of its own right after a
     * named agent is the head of one compound noun, and belongs to that agent's country.
     */
    static void joinCompoundAgents(List<ActorMention> mentions) {
        for (int k = mentions.size() - 1; k > 0; k--) {
            ActorMention head = mentions.get(k);
            ActorMention owner = mentions.get(k - 1);
            if (head.kind() != Kind.GROUP || head.actor() != null || head.role() == null || owner.end() != head.start()
                    || owner.kind() != Kind.GROUP || owner.locative() || owner.modifier() || owner.actor() == null
                    || owner.actor().country() == null) {
                continue;
            }
            Actor joined = Actor.of(owner.actor().name(), owner.actor().country(), head.role());
            mentions.set(k - 1, new ActorMention(owner.start(), head.end(), Kind.GROUP, joined, head.role(), owner.place(),
                    false, false, null));
            mentions.remove(k);
        }
    }

    /**
     * "Turkish and Armenian special envoys": demonyms joined by "and" share the agent noun after them,
     * one group for each country, joined as a compound.
     */
    static void shareAgentNoun(Sentence s, List<ActorMention> mentions) {
        for (int k = mentions.size() - 1; k >= 2; k--) {
            ActorMention head = mentions.get(k);
            ActorMention second = mentions.get(k - 1);
            ActorMention first = mentions.get(k - 2);
            if (head.kind() != Kind.GROUP || head.actor() != null || head.role() == null
                    || !isDemonym(first) || !isCountry(second)
                    || second.start() != first.end() + 1 || !s.lower(first.end()).equals("and")
                    || !IntStream.range(second.end(), head.start()).allMatch(j -> "ADJ".equals(s.token(j).tag())
                            || "NOUN".equals(s.token(j).tag()) && !s.token(j).isCapitalized())) { // "special", "defence"
                continue;
            }
            mentions.set(k - 2, new ActorMention(first.start(), first.end(), Kind.GROUP,
                    Actor.of(first.actor().name(), first.actor().country(), head.role()), head.role(), first.place(), false, false, null));
            mentions.set(k - 1, new ActorMention(second.start(), head.end(), Kind.GROUP,
                    Actor.of(second.actor().name(), second.actor().country(), head.role()), head.role(), second.place(), false, false, null));
            mentions.remove(k);
        }
    }

    private static boolean isDemonym(ActorMention m) {
        return m.modifier() && isCountry(m);
    }

    /** A country named as itself, not as a place ("U.S." in "U.S. defence officials"). */
    private static boolean isCountry(ActorMention m) {
        return m.kind() == Kind.COUNTRY && !m.locative() && m.actor() != null && m.actor().country() != null;
    }
}
