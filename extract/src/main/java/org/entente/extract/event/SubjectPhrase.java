package org.entente.extract.event;

import static org.entente.extract.event.ClauseBounds.wordBeforeVerbGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.text.Sentence;

/**
 * The actors of a verb's noun-phrase subject as PETRARCH reads them: each conjunct's head, the words
 * before its first preposition, names the actor ("Gollum centre of a row between Radagast" is
 * Gollum), and an actor inside a prepositional modifier counts only when the head names none
 * ("goats of Gondor" is Gondor). Conjuncts are joined with "and" before any preposition ("Ithilen's
 * sheep and goats of Gondor"); after one, "and" joins inside the prepositional phrase ("a row
 * between Arnor and Gondor"). Stateless.
 */
final class SubjectPhrase {
    /** Parts of speech that may stand inside a noun phrase, its prepositional modifiers included. */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "CCONJ", "INTJ", "X");

    private SubjectPhrase() {
    }

    /**
     * The mentions that name the subject of the verb at {@code verb}, in text order: the head actors
     * of each conjunct, or the prepositional ones of a conjunct whose head names none. Empty when the
     * words before the verb group are not a noun phrase, or when a head holds only agents ("officials
     * in Gondor"), whose country PETRARCH takes from the prepositional phrase.
     */
    static List<ActorMention> actors(Sentence s, int verb, List<ActorMention> mentions) {
        int last = wordBeforeVerbGroup(s, verb, 0);
        if (last < 0 || !(Set.of("NOUN", "PROPN").contains(s.token(last).tag()) || inMention(mentions, last))) {
            return List.of(); // "... on Thursday and promised": a verb joined to the one before has no subject of its own
        }
        int first = last;
        boolean listed = false; // an "and" seen: a comma before it may part a list ("Mordor, the awful Fornost, and Gondor")
        while (first > 0 && inNounPhrase(s, first - 1, mentions, listed)) {
            first--;
            listed |= s.lower(first).equals("and");
        }
        if ("ADP".equals(s.token(first).tag())) {
            // "In talks with Arnor, Gondor and Rohan": a fronted prepositional phrase, the subject after its comma
            first = ClauseBounds.indexOf(s, ",", first, last) + 1;
            if (first == 0) {
                return List.of();
            }
        }
        List<ActorMention> found = new ArrayList<>();
        int start = first;
        int preposition = -1;
        for (int k = first; k <= last + 1; k++) {
            boolean end = k == last + 1 || preposition < 0 && (s.lower(k).equals("and") || s.lower(k).equals(","));
            if (end) {
                List<ActorMention> conjunct = conjunctActors(s, start, k, preposition, mentions);
                if (conjunct == null) {
                    return List.of();
                }
                found.addAll(conjunct);
                start = k + 1;
                preposition = -1;
            } else if (preposition < 0 && "ADP".equals(s.token(k).tag()) && !s.lower(k).equals("'s")) {
                preposition = k;
            }
        }
        return found;
    }

    /**
     * The actors of the conjunct [from, to) whose first preposition is at {@code preposition} (or -1);
     * null if its head holds only agents.
     */
    private static List<ActorMention> conjunctActors(Sentence s, int from, int to, int preposition, List<ActorMention> mentions) {
        int headEnd = preposition < 0 ? to : preposition;
        List<ActorMention> head = within(mentions, from, headEnd, to);
        if (head.stream().anyMatch(SubjectPhrase::isActor)) {
            return head.stream().filter(SubjectPhrase::isActor).toList();
        }
        if (!head.isEmpty()) {
            return null;
        }
        return within(mentions, headEnd, to, to).stream().filter(SubjectPhrase::isActor).toList();
    }

    /** The mentions that start in [from, to) and end by {@code end}, the longest of those that overlap. */
    private static List<ActorMention> within(List<ActorMention> mentions, int from, int to, int end) {
        List<ActorMention> inside = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.start() >= from && m.start() < to && m.end() <= end && PatternMatcher.namesActor(m)
                    && inside.stream().noneMatch(o -> contains(o, m))) {
                inside.removeIf(o -> contains(m, o));
                inside.add(m);
            }
        }
        return inside;
    }

    /** Whether {@code outer} spans {@code inner} and more ("the parliament of Gondor" spans "Gondor"). */
    private static boolean contains(ActorMention outer, ActorMention inner) {
        return outer.start() <= inner.start() && outer.end() >= inner.end() && outer.end() - outer.start() > inner.end() - inner.start();
    }

    /** Whether a mention names a country or an organisation, not an agent alone ("officials"). */
    private static boolean isActor(ActorMention m) {
        return m.actor() != null && (m.actor().country() != null || m.actor().organization() != null);
    }

    /**
     * Whether token {@code k} may stand inside a noun phrase: by its part of speech, as part of an
     * actor's name (the tagger misreads invented names), or as a comma after an actor in a list that
     * ends with "and" ("Mordor, Rohan and Bree").
     */
    private static boolean inNounPhrase(Sentence s, int k, List<ActorMention> mentions, boolean listed) {
        if (s.lower(k).equals(",")) {
            return listed && mentions.stream().anyMatch(m -> m.end() == k);
        }
        return NOUN_PHRASE_TAGS.contains(s.token(k).tag()) || s.lower(k).equals("'s") || inMention(mentions, k);
    }

    private static boolean inMention(List<ActorMention> mentions, int k) {
        return mentions.stream().anyMatch(m -> m.start() <= k && k < m.end());
    }
}
