package org.entente.extract.event;

import static org.entente.extract.event.ActorLists.countries;
import static org.entente.extract.event.ActorLists.dedupe;
import static org.entente.extract.event.ActorLists.key;
import static org.entente.extract.event.ClauseBounds.wordBeforeVerbGroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.model.actor.Actor;
import org.entente.model.plover.EventType;

/**
 * The side of an event that its sentence leaves unnamed, taken from the events told before it in
 * the article: whom a rejection answers, whom a warning is aimed at, whom a host served. Reads
 * the {@link Discourse}'s history and never changes it. Stateless.
 */
final class DiscourseSides {
    private static final Set<EventType> VERBAL_REACTIONS = Set.of(EventType.SUPPORT, EventType.REJECT, EventType.ACCUSE,
            EventType.AGREE);

    private final TriggerIndex lexicon;
    private final Cues cues;

    /** Sides found with the trigger lexicon {@code lexicon} and the reply objects of {@code cues}. */
    DiscourseSides(TriggerIndex lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /**
     * Whom a verbal reaction with no target of its own answers (none for other types). "X rejected
     * the accusation": whoever made it ("the launch": the last event told with that word), else
     * whoever last acted on X, else the previous subject. "X sanctioned Y, a move Y condemned": the
     * source of the act this sentence has just told.
     */
    List<Actor> answered(Sentence s, Hit hit, int ls, int re, List<ActorMention> mentions, Discourse d,
                         List<EventMention> earlier, List<Actor> source) {
        Trigger t = hit.trigger();
        if (!VERBAL_REACTIONS.contains(t.type())) {
            return List.of();
        }
        int replyObject = anaphoricObject(s, hit.formEnd(), re); // "called the launch a violation"
        if (replyObject < 0) {
            if (!t.noun() && gapObject(s, hit, ls, mentions) >= 0) {
                Set<String> keys = countries(source);
                for (int k = earlier.size() - 1; k >= 0; k--) {
                    if (!earlier.get(k).source().isEmpty() && countries(earlier.get(k).source()).stream().noneMatch(keys::contains)) {
                        return earlier.get(k).source();
                    }
                }
            }
            return List.of();
        }
        List<Actor> replied = toldWith(s.token(replyObject), source, d);
        if (replied.isEmpty()) {
            replied = repliedTo(source, d);
        }
        if (!replied.isEmpty()) {
            return replied;
        } else if (d.previousSubject != null && !countries(source).contains(key(d.previousSubject))) {
            return List.of(d.previousSubject);
        } else {
            return lastActing(source, d);
        }
    }

    /**
     * The sources of the latest earlier event, by others, whose trigger is {@code word} ("the launch" of
     * "launched"), or of the one type every noun entry for the word has ("the appeal" of "called for").
     */
    private List<Actor> toldWith(Token word, List<Actor> source, Discourse d) {
        Set<String> keys = countries(source);
        Set<EventType> types = lexicon.startingWith(word).stream().filter(f -> f.trigger().noun())
                .map(f -> f.trigger().type())
                .collect(java.util.stream.Collectors.toSet());
        for (int k = d.history.size() - 1; k >= 0; k--) {
            EventMention earlier = d.history.get(k);
            Token trigger = earlier.sentence().token(earlier.position());
            // the same word, or a form of the same lexicon entry ("the launch" of "fired a missile")
            boolean same = trigger.lemma().equals(word.lemma()) || trigger.lower().equals(word.lower())
                    || earlier.trigger().forms().contains(List.of(word.lower()))
                    || earlier.trigger().forms().contains(List.of(word.lemma()))
                    || types.size() == 1 && types.contains(earlier.trigger().type());
            if (same && !earlier.source().isEmpty() && countries(earlier.source()).stream().noneMatch(keys::contains)) {
                return earlier.source();
            }
        }
        return List.of();
    }

    /** The sources of the latest earlier event whose target is one of {@code source}'s countries, or none. */
    private static List<Actor> repliedTo(List<Actor> source, Discourse d) {
        Set<String> keys = countries(source);
        for (int k = d.history.size() - 1; k >= 0 && !keys.isEmpty(); k--) {
            EventMention earlier = d.history.get(k);
            if (earlier.target().stream().anyMatch(a -> keys.contains(key(a))) && !earlier.source().isEmpty()) {
                return earlier.source();
            }
        }
        return List.of();
    }

    /** "Seoul also denounced the launch": the sources of the latest earlier event that others did to someone. */
    private static List<Actor> lastActing(List<Actor> source, Discourse d) {
        Set<String> keys = countries(source);
        for (int k = d.history.size() - 1; k >= 0 && !keys.isEmpty(); k--) {
            Set<String> sources = countries(d.history.get(k).source());
            if (!sources.isEmpty() && sources.stream().noneMatch(keys::contains) && !d.history.get(k).target().isEmpty()) {
                return d.history.get(k).source();
            }
        }
        return List.of();
    }

    /** As {@link #counterpart(List, Discourse)}, looking first at this sentence's {@code earlier} events. */
    static List<Actor> counterpart(List<Actor> actors, List<EventMention> earlier, Discourse d) {
        Set<String> keys = countries(actors);
        for (int k = earlier.size() - 1; k >= 0; k--) {
            List<Actor> other = otherSide(earlier.get(k), keys);
            if (!other.isEmpty()) {
                return other;
            }
        }
        return counterpart(actors, d);
    }

    /** The other side of the latest earlier event that {@code actors}' countries took part in, or none. */
    static List<Actor> counterpart(List<Actor> actors, Discourse d) {
        Set<String> keys = countries(actors);
        for (int k = d.history.size() - 1; k >= 0 && !keys.isEmpty(); k--) {
            EventMention earlier = d.history.get(k);
            Set<String> sources = countries(earlier.source());
            Set<String> targets = countries(earlier.target());
            if (targets.isEmpty() && sources.size() >= 2 && sources.stream().anyMatch(keys::contains)) {
                // a joint act ("A and B signed"): the other party
                List<Actor> others = earlier.source().stream().filter(a -> !keys.contains(key(a))).toList();
                if (!others.isEmpty()) {
                    return others;
                }
            }
            List<Actor> other = otherSide(earlier, keys);
            if (!other.isEmpty()) {
                return other;
            }
        }
        return List.of();
    }

    /** The side of a one-way event opposite {@code keys}' countries, or none if they are on neither or both. */
    private static List<Actor> otherSide(EventMention earlier, Set<String> keys) {
        Set<String> sources = countries(earlier.source());
        Set<String> targets = countries(earlier.target());
        if (targets.isEmpty() || sources.equals(targets)) {
            return List.of();
        }
        if (sources.stream().anyMatch(keys::contains) && targets.stream().noneMatch(keys::contains)) {
            return earlier.target();
        }
        if (targets.stream().anyMatch(keys::contains) && sources.stream().noneMatch(keys::contains)) {
            return earlier.source();
        }
        return List.of();
    }

    /**
     * The parties of the event that a host or broker named after "by" served: those of the latest
     * event of this sentence ("A and B swapped prisoners in a deal brokered by C") or of the one
     * before ("A and B signed. The ceremony was hosted by C"), other than the host; none unless two.
     */
    static List<Actor> hostedParties(Sentence s, List<Actor> host, List<EventMention> earlier, Discourse d) {
        Set<String> hosts = countries(host);
        List<EventMention> candidates = new ArrayList<>(earlier);
        if (candidates.isEmpty() && !d.history.isEmpty()
                && d.history.get(d.history.size() - 1).sentence().index() == s.index() - 1) {
            candidates.add(d.history.get(d.history.size() - 1));
        }
        for (int k = candidates.size() - 1; k >= 0; k--) {
            List<Actor> parties = new ArrayList<>(candidates.get(k).source());
            parties.addAll(candidates.get(k).target());
            parties = dedupe(parties.stream().filter(a -> a.country() != null && !hosts.contains(key(a))).toList());
            if (countries(parties).size() >= 2) {
                return parties;
            }
        }
        return List.of();
    }

    /** The other side the conflict events so far most often set {@code actors}' countries against (the latest on a tie), or none. */
    static List<Actor> adversary(List<Actor> actors, Discourse d) {
        // the side opposed most often so far, the latest on a tie: one retort to a third country
        // ("said Washington had no right to meddle") does not make it the adversary of the story
        Set<String> keys = countries(actors);
        Map<Set<String>, Integer> times = new HashMap<>();
        List<Actor> best = List.of();
        int most = 0;
        for (int k = 0; k < d.history.size() && !keys.isEmpty(); k++) {
            EventMention earlier = d.history.get(k);
            List<Actor> other = earlier.trigger().type().quadClass().isCooperation() ? List.of() : otherSide(earlier, keys);
            if (!other.isEmpty()) {
                int n = times.merge(countries(other), 1, Integer::sum);
                if (n >= most) {
                    most = n;
                    best = other;
                }
            }
        }
        return best;
    }

    /** Whether a verbal reaction answers the act its relative clause is about ("a claim Nairobi denied"). */
    boolean answersGap(Sentence s, Hit hit, int ls, List<ActorMention> mentions) {
        return VERBAL_REACTIONS.contains(hit.trigger().type()) && !hit.trigger().noun() && gapObject(s, hit, ls, mentions) >= 0;
    }

    /** The act a relative clause with no object word is about: "move" in "a move Beijing condemned", or -1. */
    private int gapObject(Sentence s, Hit hit, int ls, List<ActorMention> mentions) {
        int head = wordBeforeVerbGroup(s, hit.start(), ls);
        ActorMention subject = mentions.stream().filter(m -> m.end() == head + 1 && m.isParticipant()).findFirst().orElse(null);
        if (subject == null || subject.start() < 2) {
            return -1;
        }
        int o = subject.start() - 1;
        if (o > 1 && cues.is(Cue.RELATIVE, s.lower(o))) {
            o--; // "a deployment that Addis Ababa has long opposed"
        }
        return cues.is(Cue.REPLY_OBJECT, s.lower(o)) && cues.is(Cue.ANTECEDENT_DETERMINER, s.lower(o - 1)) ? o : -1;
    }

    /** The index of a reply object ("the accusation", "this launch") just after a trigger, or -1. */
    private int anaphoricObject(Sentence s, int from, int to) {
        if (from < s.size() && s.lower(from).equals("it")) {
            // "the launch was an outrageous act ..., and her government condemned it"
            for (int o = from - 1; o > 0; o--) {
                if (cues.is(Cue.REPLY_OBJECT, s.lower(o)) && cues.is(Cue.ANAPHORIC_DETERMINER, s.lower(o - 1))) {
                    return o;
                }
            }
        }
        for (int k = from; k < Math.min(to, from + 4); k++) {
            if (cues.is(Cue.ANAPHORIC_DETERMINER, s.lower(k))) {
                for (int o = k + 1; o <= k + 2; o++) {
                    if (cues.is(Cue.REPLY_OBJECT, s.lower(o))) {
                        return o;
                    }
                }
            }
        }
        return -1;
    }
}
