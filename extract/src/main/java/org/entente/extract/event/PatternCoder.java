package org.entente.extract.event;

import static org.entente.extract.event.ActorLists.countries;
import static org.entente.extract.event.ActorLists.dedupe;
import static org.entente.extract.event.ActorLists.key;
import static org.entente.extract.event.ActorLists.removeSelfTargets;
import static org.entente.extract.event.ClauseBounds.WINDOW;
import static org.entente.extract.event.ClauseBounds.wordBeforeVerbGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;

/**
 * Codes the events of a PETRARCH verb pattern: its role markers and compounds override the
 * clause's subject and object, and TABARI's nearest-actor rules fill what they leave open. Kept
 * apart from the lexicon's coding, whose rules differ. Stateless.
 */
final class PatternCoder {
    private final Cues cues;
    private final ClauseBounds bounds;
    private final ReferenceResolver references;
    private final Arguments arguments;

    /** A coder reading clauses with {@code cues} and {@code bounds}. */
    PatternCoder(Cues cues, ClauseBounds bounds, ReferenceResolver references, Arguments arguments) {
        this.cues = cues;
        this.bounds = bounds;
        this.references = references;
        this.arguments = arguments;
    }

    /**
     * The mentions a PETRARCH pattern codes: the verb's own participants as for a lexicon verb, except
     * where the pattern places its source ({@code $}) or target ({@code +}), and a noun-phrase subject,
     * whose source is its head's ({@link SubjectPhrase}); where that finds none, TABARI's: the nearest
     * actor before the verb and the first after it, a place included ("arrived in Gondor"), up to a
     * comma that is not an aside ({@link CommaAsides}). A compound ({@code %}) before the verb acts on
     * itself, each member on each other; after it, with a subject, it is the target. A paired code adds the reverse
     * event; the null code codes nothing. {@code verb} is the event the pattern's verb codes as a
     * lexicon verb would (for a null code, as its reverse).
     */
    List<EventMention> code(Sentence s, Hit hit, EventMention verb, List<ActorMention> mentions, Discourse d,
                            List<EventMention> earlier) {
        Trigger t = hit.trigger();
        Trigger reverse = t.pattern().reverse();
        Trigger basis = t.silent() ? reverse : t;
        PatternMatcher.Match match = hit.match();
        List<Actor> source = new ArrayList<>(verb.source());
        List<Actor> target = new ArrayList<>(verb.target());
        boolean actorlessSubject = actorlessNounSubject(s, hit.start(), mentions);
        List<ActorMention> subject = match.compound() == null && !bounds.isPassive(s, hit.start())
                ? SubjectPhrase.actors(s, hit.start(), mentions) : List.of();
        if (match.source() != null) {
            source = actorsAt(s, match.source(), mentions, d, earlier);
        } else if (match.target() != null && match.target().beforeVerb()) {
            // "X noted that + Y regretted ...": the target stands where the subject would; the source is before it
            source = lastActorBefore(s, match.target().mention().start(), mentions, d, earlier);
        } else if (actorlessSubject && !bounds.isPassive(s, hit.start())) {
            source = new ArrayList<>(); // "... after Cxlenardhon crowds burned down": a subject no dictionary names
        } else if (!subject.isEmpty()) {
            // PETRARCH's subject: each conjunct's head, not an actor in its prepositional phrase
            source = new ArrayList<>();
            for (ActorMention m : subject) {
                source.addAll(references.resolve(m, s, mentions, d, earlier));
            }
        } else if (source.isEmpty() && match.compound() == null) {
            source = lastActorBefore(s, hit.start(), mentions, d, earlier);
        }
        if (match.target() != null) {
            target = actorsAt(s, match.target(), mentions, d, earlier);
        } else if (match.compound() != null && !match.compound().beforeVerb() && !source.isEmpty()) {
            target = actorsAt(s, match.compound(), mentions, d, earlier); // "A agrees with B and C": A on each
        } else if (match.compound() == null && !bounds.isPassive(s, hit.start()) && (nothingBeforeComma(s, hit, mentions)
                || !target.isEmpty() && target.stream().allMatch(a -> key(a) != null && key(a).startsWith("---")))) {
            // The verb's object stands before the next comma ("burned down its embassy, a senior official
            // said" has none), and an agent no actor names ("on his first official visit") yields to an actor
            target = new ArrayList<>();
        }
        removeSelfTargets(basis.type(), source, target);
        if (target.isEmpty() && match.target() == null && match.compound() == null) {
            target = firstActorAfter(s, hit, mentions, d, earlier, source);
        }
        List<List<Actor>[]> pairs = new ArrayList<>();
        if (match.compound() != null && (match.compound().beforeVerb() || source.isEmpty())) {
            List<Actor> members = dedupe(actorsAt(s, match.compound(), mentions, d, earlier));
            for (Actor a : members) {
                for (Actor b : members) {
                    if (key(a) != null && key(b) != null && !key(a).equals(key(b))) {
                        pairs.add(pair(List.of(a), List.of(b)));
                    }
                }
            }
        } else {
            pairs.add(pair(source, target));
        }
        List<EventMention> coded = new ArrayList<>();
        for (List<Actor>[] p : pairs) {
            List<Actor> from = dedupe(p[0]);
            List<Actor> to = dedupe(p[1]);
            boolean own = !from.isEmpty() || !to.isEmpty();
            if (!t.silent()) {
                coded.add(new EventMention(t, s, hit.start(), from, to, own, verb.modality(), verb.historical(), verb.date(),
                        verb.precision(), verb.place(), verb.attribution(), verb.confidence(), verb.background()));
            }
            if (reverse != null && !from.isEmpty() && !to.isEmpty()) {
                coded.add(new EventMention(reverse, s, hit.start(), to, from, own, verb.modality(), verb.historical(),
                        verb.date(), verb.precision(), verb.place(), verb.attribution(), verb.confidence(), verb.background()));
            }
        }
        return coded;
    }

    /**
     * Whether the verb at {@code i} has a noun subject whose noun phrase names no actor ("Cxlenardhon
     * crowds burned"): PETRARCH's source is that phrase, so no actor further back stands in for it.
     */
    private static boolean actorlessNounSubject(Sentence s, int i, List<ActorMention> mentions) {
        int head = wordBeforeVerbGroup(s, i, 0);
        if (head < 0 || !"NOUN".equals(s.token(head).tag())) {
            return false;
        }
        int start = head;
        while (start > 0 && (Set.of("NOUN", "ADJ", "PROPN", "DET", "NUM").contains(s.token(start - 1).tag())
                || s.lower(start - 1).equals("'s") || s.lower(start - 1).equals("and"))) { // "Eriador's death and injury toll"
            start--;
        }
        int from = start;
        return mentions.stream().noneMatch(m -> m.actor() != null && m.end() > from && m.start() <= head);
    }

    /**
     * Whether no actor stands between the verb and the next comma, when there is one: the stretch of
     * the verb's object. A comma between adjectives ("complete, full ties") is inside it, and a
     * possessive pronoun ("its embassy") names no actor of its own.
     */
    private boolean nothingBeforeComma(Sentence s, Hit hit, List<ActorMention> mentions) {
        boolean[] aside = CommaAsides.asides(s);
        int comma = hit.formEnd();
        while (comma < s.size() && !CommaAsides.endsPhrase(s, comma, aside)) {
            comma++;
        }
        int end = comma;
        return comma < s.size() && mentions.stream().noneMatch(m -> m.start() >= hit.formEnd() && m.start() < end
                && !aside[m.start()] && PatternMatcher.namesActor(m) && !references.isPossessivePronoun(m));
    }

    @SuppressWarnings("unchecked")
    private static List<Actor>[] pair(List<Actor> source, List<Actor> target) {
        return new List[] {source, target};
    }

    /** The actors at a pattern's role marker: the mention there and any joined to it with "and" or commas. */
    private List<Actor> actorsAt(Sentence s, PatternMatcher.Role role, List<ActorMention> mentions, Discourse d,
                                 List<EventMention> earlier) {
        ActorMention m = role.mention();
        List<Actor> actors = new ArrayList<>();
        if (role.beforeVerb()) {
            actors.addAll(arguments.precedingList(s, m, mentions, d, earlier));
            actors.addAll(references.resolve(m, s, mentions, d, earlier));
            return actors;
        }
        actors.addAll(references.resolve(m, s, mentions, d, earlier));
        int end = m.end();
        for (ActorMention next : mentions) {
            if (next.start() >= end && PatternMatcher.namesActor(next) && arguments.joined(s, end, next.start())) {
                actors.addAll(references.resolve(next, s, mentions, d, earlier));
                end = next.end();
            }
        }
        return actors;
    }

    /** TABARI's source: the nearest actor before the verb, even one that modifies a noun ("Eriador's death toll"). */
    private List<Actor> lastActorBefore(Sentence s, int before, List<ActorMention> mentions, Discourse d,
                                        List<EventMention> earlier) {
        boolean[] aside = CommaAsides.asides(s);
        int from = before - 1;
        while (from >= 0 && from >= before - WINDOW && !CommaAsides.endsPhrase(s, from, aside)
                && !cues.is(Cue.CLAUSE_MARK, s.lower(from))) {
            from--;
        }
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            if (m.end() <= before && m.start() > from && !aside[m.start()] && PatternMatcher.namesActor(m)) {
                List<Actor> actors = references.resolve(m, s, mentions, d, earlier);
                if (!actors.isEmpty()) {
                    return new ArrayList<>(actors);
                }
            }
        }
        return new ArrayList<>();
    }

    /**
     * TABARI's target: the first actor after the verb, even a place or an "anti-X", with the actors
     * joined to it ("between A and B"), other than the source.
     */
    private List<Actor> firstActorAfter(Sentence s, Hit hit, List<ActorMention> mentions, Discourse d,
                                        List<EventMention> earlier, List<Actor> source) {
        boolean[] aside = CommaAsides.asides(s);
        int re = hit.formEnd();
        while (re < Math.min(s.size(), hit.formEnd() + WINDOW) && !CommaAsides.endsPhrase(s, re, aside)
                && !cues.is(Cue.CLAUSE_MARK, s.lower(re))) {
            re++;
        }
        Set<String> sourceKeys = countries(source);
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention m = mentions.get(k);
            if (m.start() < hit.formEnd() || m.start() >= re || aside[m.start()] || !PatternMatcher.namesActor(m)) {
                continue;
            }
            List<Actor> actors = new ArrayList<>(references.resolve(m, s, mentions, d, earlier));
            int end = m.end();
            for (int n = k + 1; n < mentions.size() && !actors.isEmpty(); n++) { // "between Eriador and Osgiliath"
                ActorMention next = mentions.get(n);
                if (!PatternMatcher.namesActor(next) || !arguments.joined(s, end, next.start())) {
                    break;
                }
                actors.addAll(references.resolve(next, s, mentions, d, earlier));
                end = next.end();
            }
            actors.removeIf(a -> source.contains(a) || sourceKeys.contains(key(a)));
            if (!actors.isEmpty()) {
                return actors;
            }
        }
        return new ArrayList<>();
    }
}
