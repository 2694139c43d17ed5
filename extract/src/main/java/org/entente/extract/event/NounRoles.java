package org.entente.extract.event;

import static org.entente.extract.event.ActorLists.countries;
import static org.entente.extract.event.Destinations.deliveredTo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;
import org.entente.model.plover.EventType;

/**
 * The sides of an event noun ("Xi's state visit to Seoul", "talks between A and B", "held talks
 * with B"): a noun's participants stand around it in its own phrase, or are the subject of the
 * light verb that governs it. Stateless.
 */
final class NounRoles {
    /** How many words after "on" or "against" the place where force lands may be named. */
    private static final int WINDOW_OF_LANDING = 8;

    private final Cues cues;
    private final ClauseBounds bounds;
    private final ReferenceResolver references;
    private final Arguments arguments;

    /** Noun roles read with the cue words of {@code cues}. */
    NounRoles(Cues cues, ClauseBounds bounds, ReferenceResolver references, Arguments arguments) {
        this.cues = cues;
        this.bounds = bounds;
        this.references = references;
        this.arguments = arguments;
    }

    /** The sides of the noun trigger at {@code hit}, whose clause is [ls, re). */
    Roles find(Sentence s, Hit hit, int ls, int re, List<ActorMention> mentions, Discourse d, List<EventMention> earlier) {
        Trigger t = hit.trigger();
        List<Actor> source = new ArrayList<>();
        List<Actor> target = new ArrayList<>();
        boolean own = nounParticipants(s, hit, mentions, d, earlier, source, target);
        boolean explicitSource = !source.isEmpty();
        if (own && source.isEmpty() && t.type() == EventType.PROTEST) {
            mentions.stream().filter(m -> m.kind() == Kind.GROUP && m.role() == org.entente.model.actor.ActorRole.CVL
                    && m.end() <= hit.start() && m.start() >= ls).reduce((a, b) -> b)
                    .ifPresent(m -> source.addAll(references.resolve(m, s, mentions, d, earlier)));
        }
        boolean announcedAid = t.type() == EventType.AID && !target.isEmpty()
                && IntStream.range(ls, hit.start()).anyMatch(k -> cues.is(Cue.LIGHT_VERB, s.lower(k)));
        if (own && source.isEmpty() && (afterLightVerb(s, hit.start(), ls) || announcedAid
                || t.type().isSymmetric() && !target.isEmpty())) {
            // "the EU announced on Monday 40 million euros in humanitarian aid for Sudan"
            // "Lee ordered a crackdown on ...", "the minister raised it during a meeting with his counterpart"
            source.addAll(arguments.subject(s, ls, hit.start(), mentions, d, earlier)); // "Lee ordered a crackdown on ..."
        } else if (!own && t.type().quadClass().isCooperation() && afterLightVerb(s, hit.start(), ls)) {
            // "A and B will hold a joint patrol": cooperation done together by the light verb's subject;
            // "X resumed food distributions around Goma": aid to where it is delivered
            source.addAll(arguments.subject(s, ls, hit.start(), mentions, d, earlier));
            if (countries(source).size() < 2 && t.type() == EventType.AID) {
                target.addAll(deliveredTo(s, hit, mentions, re, source));
            }
            own = countries(source).size() >= 2 || !source.isEmpty() && !target.isEmpty();
            if (!own) {
                source.clear();
                target.clear();
            }
        } else if (!own && afterLightVerb(s, hit.start(), ls)) {
            // "Israel reimposed blockades", "the opposition organized a general strike": the light
            // verb's subject acts; whom at, the clause may not say
            source.addAll(arguments.subject(s, ls, hit.start(), mentions, d, earlier));
            own = !source.isEmpty();
        }
        if (own && source.isEmpty() && hit.start() <= 3 && d.focusPerson != null && t.type().isSymmetric()) {
            source.add(d.focusPerson); // "After a meeting with Trump, ...": the person the text follows
        }
        return new Roles(source, target, own, explicitSource);
    }

    /** A noun's own participants: possessor or adjective before it, "between", "with", "to", "on", "by" after. */
    private boolean nounParticipants(Sentence s, Hit hit, List<ActorMention> mentions, Discourse d,
                                     List<EventMention> earlier, List<Actor> source, List<Actor> target) {
        int i = hit.start();
        // Before: skip up to three modifiers ("Xi's first state visit", "Chinese military incursions").
        int k = i - 1;
        int skipped = 0;
        while (k >= 0 && skipped <= 3) {
            int at = k;
            ActorMention before = mentions.stream().filter(m -> m.end() == at + 1).findFirst().orElse(null);
            if (before != null) {
                if (before.kind() == Kind.ANTI) {
                    target.add(before.actor());
                } else if (!before.locative()) {
                    source.addAll(references.resolve(before, s, mentions, d, earlier));
                    source.addAll(arguments.precedingList(s, before, mentions, d, earlier));
                }
                break;
            }
            String w = s.lower(k);
            if (w.contains("–") || w.contains("-") && Character.isUpperCase(s.token(k).text().charAt(0))) {
                break;
            }
            // "the EU's latest sanctions": an adjective the tagger marks is skipped like one spelled as one
            if (bounds.isBoundary(s, k) || w.equals(",") || !cues.is(Cue.NOUN_CONTEXT, w) && !w.equals("'s") && !isAdjectiveLike(w)
                    && !"ADJ".equals(s.token(k).tag())) {
                break;
            }
            k--;
            skipped++;
        }
        // "demonstrations to demand reforms from X": an object word in an infinitive after the noun
        // says what it is for; the noun's own complements follow the noun
        int j = IntStream.range(hit.formEnd(), hit.end()).anyMatch(w -> s.lower(w).equals("to")) ? hit.formEnd() : hit.end();
        int re = bounds.rightEnd(s, j);
        if (j + 1 < re && "NOUN".equals(s.token(j).tag()) && s.lower(j + 1).equals("between")) {
            j++; // "a mediation mission between A and B": the compound's head takes the complement
        }
        if (s.lower(j).equals("between") && hit.trigger().has("mediation")) {
            target.addAll(arguments.firstAfter(s, j + 1, re, mentions, d, earlier)); // the parties a mediator serves
        } else if (s.lower(j).equals("between")) {
            source.clear();
            source.addAll(arguments.firstAfter(s, j + 1, re, mentions, d, earlier));
        } else {
            int lookEnd = Math.min(re, j + 1); // the complement follows the noun at once: "visit to Seoul"
            for (int p = j; p < lookEnd; p++) {
                String w = s.lower(p);
                if (w.equals("to") && !s.token(p + 1 < s.size() ? p + 1 : p).isCapitalized()
                        && !cues.is(Cue.ARTICLE, s.lower(p + 1))) {
                    break; // "an invitation to visit China": an infinitive, not a recipient
                }
                if (cues.is(Cue.TARGET_PREPOSITION, w)
                        || w.equals("for") && (hit.trigger().type() == EventType.AID || hit.trigger().type() == EventType.SUPPORT)) {
                    // "aid for Sudan", "support for Kyiv": the recipient; after "on" or "over" only an
                    // actor in the topic's own phrase ("sanctions on subsidiaries of X", not "a summit on
                    // relations with Niger")
                    int limit = Math.min(re, p + 5);
                    if (w.equals("on") || w.equals("over")) {
                        for (int q = p + 1; q < limit; q++) {
                            if ("ADP".equals(s.token(q).tag()) && !s.lower(q).equals("of")) {
                                limit = q; // the topic's own phrase ends at its next preposition
                            }
                        }
                    }
                    target.addAll(arguments.firstAfter(s, p + 1, limit, mentions, d, earlier));
                    if (target.isEmpty() && hit.trigger().type().quadClass() == org.entente.model.plover.QuadClass.MATERIAL_CONFLICT) {
                        // "air strikes on militant hideouts in Afghanistan": force lands in the place's country
                        Destinations.landsIn(p + 1, Math.min(re, p + 1 + WINDOW_OF_LANDING), mentions).ifPresent(target::add);
                    }
                    break;
                }
                if (w.equals("from") && hit.trigger().type() == EventType.RETREAT) {
                    // "the withdrawal of its forces from Togo": the country left, not who leaves
                    target.addAll(arguments.firstAfter(s, p + 1, Math.min(re, p + 4), mentions, d, earlier));
                    break;
                }
                if (w.equals("by") || w.equals("from")) {
                    if (source.isEmpty()) {
                        source.addAll(arguments.firstAfter(s, p + 1, Math.min(re, p + 6), mentions, d, earlier));
                    }
                    break;
                }
            }
        }
        return !source.isEmpty() || !target.isEmpty();
    }

    /** Whether the noun at {@code i} is the object of a verb that only says it took place ("held talks"). */
    private boolean afterLightVerb(Sentence s, int i, int ls) {
        for (int k = i - 1; k >= Math.max(ls, i - 4); k--) {
            String w = s.lower(k);
            if (cues.is(Cue.LIGHT_VERB, w)) {
                return true;
            }
            // "stepped up its attacks", "completed their withdrawal": a particle or a possessive between
            if (!cues.is(Cue.NOUN_CONTEXT, w) && !isAdjectiveLike(w) && !w.equals("'s") && !cues.is(Cue.PARTICLE, w)
                    && !cues.is(Cue.POSSESSIVE_DETERMINER, w)) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code w} looks like an adjective by its ending ("regional", "high-level", "renewed"). */
    private static boolean isAdjectiveLike(String w) {
        return w.endsWith("al") || w.endsWith("ic") || w.endsWith("ive") || w.endsWith("ary") || w.endsWith("-level")
                || w.endsWith("-minute") || w.endsWith("ed");
    }
}
