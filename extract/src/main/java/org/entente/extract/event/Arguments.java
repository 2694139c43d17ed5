package org.entente.extract.event;

import static org.entente.extract.event.ActorLists.countries;
import static org.entente.extract.event.ActorLists.countryActor;
import static org.entente.extract.event.ActorLists.key;
import static org.entente.extract.event.ClauseBounds.WINDOW;
import static org.entente.extract.event.ClauseBounds.wordBeforeVerbGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.syntax.Clause;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;

/**
 * Finds a trigger's arguments in its clause: the subject before it, the first participants after
 * it, lists joined with "and" or commas, the owner of its object word, the subject of a "that"
 * clause. Each returns actors already resolved, or none. Stateless.
 */
final class Arguments {
    private final Cues cues;
    private final ReferenceResolver references;

    /** Arguments read with the cue words of {@code cues}, their references resolved by {@code references}. */
    Arguments(Cues cues, ReferenceResolver references) {
        this.cues = cues;
        this.references = references;
    }

    /** The subject of the clause before {@code i}: the nearest participant, a relative pronoun's antecedent, or the sentence's subject. */
    List<Actor> subject(Sentence s, int ls, int i, List<ActorMention> mentions, Discourse d, List<EventMention> earlier) {
        int head = wordBeforeVerbGroup(s, i, ls);
        if (head > ls && "NOUN".equals(s.token(head).tag())) {
            int noun = head;
            ActorMention demonym = mentions.stream().filter(m -> m.end() == noun && m.modifier() && m.actor() != null
                    && m.actor().country() != null && m.start() >= ls).findFirst().orElse(null);
            if (demonym != null && mentions.stream().noneMatch(m -> m.start() <= noun && m.end() > noun)) {
                return List.of(countryActor(demonym.actor().country())); // "Indian shelling had killed": India's
            }
        }
        if (head > 0 && cues.is(Cue.COORDINATOR, s.lower(head)) && "VERB".equals(s.token(i).tag())) {
            // "X said Y had no right to meddle and accused it of ...": a past verb joined to a report
            // shares the reporter's subject, not the reported clause's
            for (int k = 1; k < head; k++) {
                if (cues.is(Cue.SPEECH, s.lower(k)) && !perfectBetween(s, k + 1, head)) {
                    int said = k;
                    ActorMention speaker = mentions.stream().filter(m -> m.end() == said && m.isParticipant() && !m.modifier())
                            .findFirst().orElse(null);
                    if (speaker != null) {
                        return references.resolve(speaker, s, mentions, d, earlier);
                    }
                    break;
                }
            }
        }
        if (head > ls && cues.is(Cue.COORDINATOR, s.lower(head)) && "VERB".equals(s.token(i).tag())) {
            // "officers had boarded the boat, beaten the crew and confiscated the catch": the last of a
            // list of verbs has the subject of the first, not the object of the one before
            List<Actor> first = subjectOfVerbBefore(s, head, ls, mentions, d, earlier);
            if (first != null) {
                return first;
            }
        }
        ActorMention nearest = null;
        for (ActorMention m : mentions) {
            if (inRelativeClauseWithout(d.clauses, m.start(), i)) {
                continue; // "Malaysia, which chairs ASEAN this year, urged ...": Malaysia urged
            }
            if (m.start() >= ls && m.end() <= i && m.start() >= i - WINDOW && m.isParticipant()
                    && (!m.modifier() || ownsSubjectNoun(s, m, head)) && !references.namesParties(s, m, mentions)) {
                nearest = m;
            }
        }
        if (nearest != null) {
            List<Actor> actors = new ArrayList<>(precedingList(s, nearest, mentions, d, earlier));
            for (ActorMention m : mentions) { // "the ambassadors of A, B and C": one span, several actors
                if (m != nearest && m.start() == nearest.start() && m.end() == nearest.end()) {
                    actors.addAll(references.resolve(m, s, mentions, d, earlier));
                }
            }
            actors.addAll(references.resolve(nearest, s, mentions, d, earlier));
            return actors;
        }
        if (ls > 0 && cues.is(Cue.RELATIVE, s.lower(ls - 1)) || ls > 1 && cues.is(Cue.RELATIVE, s.lower(ls - 2))) {
            int rel = cues.is(Cue.RELATIVE, s.lower(ls - 1)) ? ls - 1 : ls - 2;
            for (int m = mentions.size() - 1; m >= 0; m--) {
                ActorMention candidate = mentions.get(m);
                if (candidate.end() <= rel && candidate.end() >= rel - 6 && candidate.kind() != Kind.PLACE) {
                    return references.resolve(candidate, s, mentions, d, earlier);
                }
            }
        }
        if (i > 1 && s.lower(i - 1).equals(",") && s.lower(i).endsWith("ing")) {
            // "Rubio spoke to both ministers, urging them to de-escalate": the subject of the verb before the comma
            List<Actor> before = subjectOfVerbBefore(s, i - 1, 0, mentions, d, earlier);
            if (before != null) {
                return before;
            }
        }
        int opening = frontedAdverbialEnd(s, i);
        // "X said ... and accused it of ...": a verb joined by "and" to the sentence's first shares its subject
        boolean joined = head >= 0 && head < i && cues.is(Cue.COORDINATOR, s.lower(head));
        for (ActorMention m : mentions) { // the sentence's own subject, before any boundary words
            if (m.end() <= i && m.start() >= opening && m.isParticipant() && !m.modifier()
                    && (m.start() >= i - WINDOW || joined) && !references.namesParties(s, m, mentions)) {
                return references.resolve(m, s, mentions, d, earlier);
            }
        }
        return List.of();
    }


    /**
     * Whether a name before nouns that run up to the verb owns the subject they make: "ECOWAS
     * leaders urged", "ECOWAS heads of state urged" are ECOWAS acting.
     */
    private static boolean ownsSubjectNoun(Sentence s, ActorMention m, int head) {
        if (m.actor() == null || head < m.end() || head - m.end() > 3) {
            return false;
        }
        for (int k = m.end(); k <= head; k++) {
            if (!s.token(k).isNominal() && !s.lower(k).equals("of")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the sentence's subject may start: after an opening phrase that a preposition or
     * subordinator leads up to its comma ("Despite Lee's push, Pyongyang ..."), else at 0.
     */
    private static int frontedAdverbialEnd(Sentence s, int i) {
        if (s.size() == 0 || s.token(0).tag() == null || !Set.of("ADP", "SCONJ").contains(s.token(0).tag())) {
            return 0;
        }
        for (int k = 1; k < i; k++) {
            if (s.lower(k).equals(",")) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * The country of the first mention after {@code from} in the sentence, named or as a demonym,
     * that is not one of {@code source}'s countries; empty if none.
     */
    List<Actor> otherCountryAfter(Sentence s, int from, List<ActorMention> mentions, List<Actor> source) {
        Set<String> own = countries(source);
        int attribution = AttributionFinder.attributionStart(s); // "according to a statement from X" names the reporter
        for (ActorMention m : mentions) {
            if (attribution >= 0 && s.token(m.start()).start() >= attribution) {
                break;
            }
            if (m.start() >= from && m.kind() != Kind.PERSON && m.actor() != null && m.actor().country() != null
                    && m.actor().organization() == null && !own.contains(m.actor().country())) {
                return List.of(m.actor()); // as named: "the Morgul Orcs" keeps its agent code
            }
        }
        return List.of();
    }

    /** The first participant (and any list joined to it with "and") in [from, to). */
    List<Actor> firstAfter(Sentence s, int from, int to, List<ActorMention> mentions, Discourse d,
                                   List<EventMention> earlier) {
        for (int m = 0; m < mentions.size(); m++) {
            ActorMention mention = mentions.get(m);
            if (mention.start() >= from && mention.start() < Math.min(to, from + WINDOW) && mention.isParticipant()
                    && !references.isPossessivePronoun(mention) && !isParentheticalSpeaker(s, mention)) {
                List<Actor> actors = new ArrayList<>(references.resolve(mention, s, mentions, d, earlier));
                if (actors.isEmpty()) {
                    continue; // "troops" with no country known: look further
                }
                int end = mention.end();
                for (int n = m + 1; n < mentions.size(); n++) {
                    ActorMention next = mentions.get(n);
                    if (next.start() == mention.start() && next.end() == mention.end()) {
                        actors.addAll(references.resolve(next, s, mentions, d, earlier)); // "leaders from Russia and North Korea"
                        continue;
                    }
                    if (!next.isParticipant() || !joined(s, end, next.start()) || opensClause(s, end, next)) {
                        break;
                    }
                    actors.addAll(references.resolve(next, s, mentions, d, earlier));
                    end = next.end();
                }
                return actors;
            }
        }
        return List.of();
    }

    /**
     * Whether {@code next}, after ", and" at {@code end}, is the subject of a new clause rather than a
     * list's last member: a verb or an apposition's comma follows it ("closed its border with
     * Guinea-Bissau, and Portugal, the former colonial power, evacuated its citizens").
     */
    private static boolean opensClause(Sentence s, int end, ActorMention next) {
        if (!s.lower(end).equals(",") || next.start() != end + 2 || next.end() >= s.size()) {
            return false;
        }
        return s.lower(next.end()).equals(",") || s.token(next.end()).isVerbal();
    }

    /**
     * The first actors after {@code from} that are not the source's own: "withdraw its troops from
     * Armenian territory" moves the source's units; the target is further on.
     */
    List<Actor> firstOtherAfter(Sentence s, int from, int to, List<ActorMention> mentions, Discourse d,
                                        List<EventMention> earlier, List<Actor> source) {
        Set<String> own = countries(source);
        int pos = from;
        while (true) {
            List<Actor> found = firstAfter(s, pos, to, mentions, d, earlier);
            if (found.isEmpty() || own.isEmpty() || !own.containsAll(countries(found))
                    || found.stream().anyMatch(ActorLists::isDomesticGroup)) {
                return found;
            }
            int at = pos;
            ActorMention skipped = mentions.stream().filter(m -> m.start() >= at && m.isParticipant() && !references.isPossessivePronoun(m))
                    .findFirst().orElse(null);
            if (skipped == null || skipped.start() > from + 2) {
                return found; // only the verb's own object is skipped, not a later mention of the source
            }
            pos = skipped.end();
        }
    }

    /** Whether {@code mention} is a speaker set off by a comma (", the two governments said,"): no participant. */
    private boolean isParentheticalSpeaker(Sentence s, ActorMention mention) {
        return mention.start() > 0 && s.lower(mention.start() - 1).equals(",") && mention.end() < s.size()
                && cues.is(Cue.SPEECH, s.lower(mention.end()));
    }

    /** Participants listed before {@code mention} with "and" or commas ("France and Germany urged"). */
    List<Actor> precedingList(Sentence s, ActorMention mention, List<ActorMention> mentions, Discourse d,
                                      List<EventMention> earlier) {
        List<Actor> actors = new ArrayList<>();
        int start = mention.start();
        int end = mention.end();
        for (int m = mentions.indexOf(mention) - 1; m >= 0; m--) {
            ActorMention previous = mentions.get(m);
            boolean sameSpan = previous.start() == start && previous.end() == end; // "the Shire": several actors
            if (!previous.isParticipant() || previous.modifier() && previous.kind() != Kind.COUNTRY
                    || !sameSpan && !joined(s, previous.end(), start)
                    || !sameSpan && afterPreposition(s, previous) && s.lower(previous.end()).equals(",")) {
                break; // "read on state television, Niger's council accused": no list across an opening phrase
            }
            end = previous.end();
            actors.addAll(0, references.resolve(previous, s, mentions, d, earlier));
            start = previous.start();
        }
        return actors;
    }

    /**
     * Whether a perfect ("had boarded") stands in [from, to): a verb joined after it continues it ("said
     * officers had boarded the boat, beaten the crew and confiscated the catch"), not the report.
     */
    private boolean perfectBetween(Sentence s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (cues.is(Cue.PERFECT_AUXILIARY, s.lower(k)) && "VERB".equals(s.token(k + 1).tag())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the nearest verb group before {@code from} and after {@code floor}: the mention
     * right before it, or before its head noun ("coast guard officers had boarded"); null if none.
     */
    private List<Actor> subjectOfVerbBefore(Sentence s, int from, int floor, List<ActorMention> mentions, Discourse d,
                                            List<EventMention> earlier) {
        for (int k = from - 1; k > floor; k--) {
            int before = s.token(k).isVerbal() ? wordBeforeVerbGroup(s, k, floor) : -1;
            ActorMention subject = before < 0 ? null : mentions.stream()
                    .filter(m -> (m.end() == before + 1 || m.end() == before && s.token(before).isNominal())
                            && m.isParticipant() && !m.modifier()).findFirst().orElse(null);
            if (subject != null) {
                List<Actor> actors = new ArrayList<>(precedingList(s, subject, mentions, d, earlier));
                actors.addAll(references.resolve(subject, s, mentions, d, earlier));
                return actors;
            }
        }
        return null;
    }

    /** Whether token {@code k} stands in a relative clause that does not hold token {@code i}. */
    private static boolean inRelativeClauseWithout(Clause clauses, int k, int i) {
        Clause inner = clauses == null ? null : clauses.innermostAt(k);
        return inner != null && inner.kind() == Clause.Kind.RELATIVE && !inner.contains(i);
    }

    /**
     * "demanded that Bogota withdraw": the one asked is the subject of the "that" clause right after
     * the trigger (its object word, if any, may stand between).
     */
    List<Actor> complementSubject(Sentence s, Hit hit, List<ActorMention> mentions, Discourse d,
                                          List<EventMention> earlier) {
        int that = ClauseBounds.contentClause(s, hit);
        if (that < 0) {
            return List.of();
        }
        for (ActorMention m : mentions) {
            if (m.start() > that && m.start() <= that + 2 && m.isParticipant()) {
                return references.resolve(m, s, mentions, d, earlier);
            }
        }
        return List.of();
    }

    /**
     * The actor whose object the trigger's object word is: its possessor ("summoned China's
     * ambassador", a mention that holds the object word) or a nationality before it ("struck
     * Cambodian positions"); null when the object word has no owner.
     */
    static ActorMention objectOwner(Sentence s, Hit hit, List<ActorMention> mentions) {
        if (hit.object() < 0) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.actor() == null || m.locative() || m.start() < hit.formEnd() || m.start() > hit.object()) {
                continue;
            }
            boolean holds = m.start() <= hit.object() && hit.object() < m.end();
            boolean before = m.end() == hit.object() || m.end() + 1 == hit.object() && s.lower(m.end()).equals("'s");
            if (holds || before) {
                return m;
            }
        }
        return null;
    }

    /**
     * The owner of the first "its"/"his"/"her" after the verb, where that is the one who reports the
     * verb's clause and not one of {@code source}: "India's army said Pakistani troops had
     * opened fire on its posts".
     */
    List<Actor> possessedAfter(Sentence s, Hit hit, int ls, int re, List<ActorMention> mentions, Discourse d,
                                       List<EventMention> earlier, List<Actor> source) {
        Set<String> own = countries(source);
        Set<Actor> speakers = mentions.stream().filter(m -> m.actor() != null && m.end() < hit.start()
                        && IntStream.range(m.end(), Math.min(hit.start(), m.end() + 3)).anyMatch(k -> cues.is(Cue.SPEECH, s.lower(k))))
                .map(ActorMention::actor).collect(java.util.stream.Collectors.toSet());
        return mentions.stream().filter(m -> m.start() >= hit.formEnd() && m.start() < re && references.isPossessivePronoun(m)
                        && !"their".equals(m.reference()))
                .findFirst()
                .map(m -> references.resolve(m, s, mentions, d, earlier))
                .filter(owners -> owners.size() == 1 && speakers.contains(owners.get(0)) && !own.contains(key(owners.get(0))))
                .orElse(List.of());
    }

    /** Whether tokens [end, start) only join two list members: "and", ",", ", and", then "the" and adjectives. */
    boolean joined(Sentence s, int end, int start) {
        if (start <= end || start - end > 5) {
            return false;
        }
        int k = end;
        while (k < start && cues.is(Cue.LIST_SEPARATOR, s.lower(k))) {
            k++;
        }
        int separators = k - end;
        // "A and B", "A, B", "A, and B", "neither A nor B"; then "the" and adjectives ("and the evil B")
        if (separators == 0 || separators > 2 || separators == 2 && (!s.lower(end).equals(",") || s.lower(k - 1).equals(","))) {
            return false;
        }
        boolean commasOnly = true;
        for (int c = end; c < end + separators; c++) {
            commasOnly &= s.lower(c).equals(",");
        }
        if (commasOnly && k < start && !s.token(k).isCapitalized() && !s.lower(k).equals("the")) {
            return false; // "Myanmar, former Philippine diplomat X": a description in apposition, not a list member
        }
        if (k < start && s.lower(k).equals("the")) {
            k++;
        }
        while (k < start && ("ADJ".equals(s.token(k).tag()) || "NOUN".equals(s.token(k).tag()))
                && !s.token(k).isCapitalized()) {
            k++;
        }
        return k == start;
    }

    /** Whether a mention is the object of a preposition ("on state television", "in Kyiv"). */
    private static boolean afterPreposition(Sentence s, ActorMention m) {
        int p = m.start() - 1;
        while (p >= 0 && ("DET".equals(s.token(p).tag()) || "ADJ".equals(s.token(p).tag()))) {
            p--;
        }
        return p >= 0 && "ADP".equals(s.token(p).tag()) && !s.lower(p).equals("of");
    }

    /**
     * For a verb right after "and" ("X condemned the attack and promised aid"), the earlier event of
     * the sentence whose subject it shares: the last one coded by a verb; null if none.
     */
    static EventMention coordinatedWith(Sentence s, Hit hit, List<EventMention> earlier, Clause clauses) {
        if (hit.start() < 1 || !s.lower(hit.start() - 1).equals("and") || !s.token(hit.start()).isVerbal()) {
            return null;
        }
        // "suspended X, three days after officers seized power and detained Y": not across clauses
        Clause own = clauses == null ? null : clauses.innermostAt(hit.start());
        for (int k = earlier.size() - 1; k >= 0; k--) {
            EventMention e = earlier.get(k);
            if (e.sentence() == s && !e.trigger().noun() && !e.source().isEmpty() && e.position() < hit.start()
                    && (own == null || clauses.innermostAt(e.position()) == own)) {
                return e;
            }
        }
        return null;
    }
}
