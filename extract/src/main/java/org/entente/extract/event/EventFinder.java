package org.entente.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Inflections;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.model.DatePrecision;
import org.entente.model.Modality;
import org.entente.model.Place;
import org.entente.model.actor.Actor;
import org.entente.model.actor.Countries;
import org.entente.model.plover.EventType;

/**
 * Fourth stage: finds the events a sentence expresses and codes each one. Triggers come from the
 * lexicon; triggers inside quotations and inside the complement of another trigger ("urged X to
 * help revive talks with Y") are not events of their own. Sources and targets follow the clause:
 * the subject before a verb and its object after, the agent after "by" in the passive, the
 * possessor and "with"/"between"/"on" phrases of a noun; pronouns, "both nations" and "which"
 * resolve through the {@link Discourse}. Modality, date, place and attribution come from cues
 * around the trigger. Thread-safe (all per-article state lives in the discourse); linear in the
 * sentence length because every scan is bounded by {@link #WINDOW} tokens.
 */
public final class EventFinder {
    /** The furthest a role, cue or object is looked for, in tokens, on either side of a trigger. */
    static final int WINDOW = 40;
    private static final int OBJECT_WINDOW = 8;
    private static final Set<String> LIST_SEPARATORS = Set.of("and", ",", "nor");
    /** How far from its trigger, in tokens, a location may be to count as the event's place. */
    private static final int PLACE_DISTANCE = 12;
    private static final Set<EventType> VERBAL_REACTIONS = Set.of(EventType.SUPPORT, EventType.REJECT, EventType.ACCUSE,
            EventType.AGREE);
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\b(?:according to|as reported by|citing)\\s+([^,;.“”\"]+)");

    private final TriggerIndex lexicon;
    private final Cues cues;
    private final DateResolver dates = new DateResolver();

    /** A finder using the trigger lexicon {@code lexicon} and the cue words {@code cues}. */
    public EventFinder(TriggerIndex lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /**
     * A trigger found in a sentence: its form's span, the object word that licensed it, the entry,
     * and for a PETRARCH pattern its match (null for a lexicon row).
     */
    private record Hit(int start, int formEnd, int object, Trigger trigger, PatternMatcher.Match match) {
        Hit(int start, int formEnd, int object, Trigger trigger) {
            this(start, formEnd, object, trigger, null);
        }

        int end() {
            return Math.max(formEnd, object + 1);
        }
    }

    /**
     * The event mentions of {@code sentence}, given its actor mentions; updates the discourse.
     */
    public List<EventMention> find(Sentence s, List<ActorMention> mentions, Discourse d) {
        boolean[] quoted = quoted(s);
        boolean[] inMention = new boolean[s.size()];
        for (ActorMention m : mentions) {
            for (int k = m.start(); k < m.end(); k++) {
                inMention[k] = m.kind() != Kind.PAIR && m.kind() != Kind.PRONOUN;
            }
        }
        List<Hit> hits = hits(s, quoted, inMention, mentions);
        List<EventMention> events = new ArrayList<>();
        String attribution = attribution(s, mentions);
        boolean negateNext = false;
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (hit.trigger().has("negates-next") && h + 1 < hits.size() && hits.get(h + 1).start() - hit.end() <= 2) {
                negateNext = true; // "denied sending troops": the sending did not happen; no rejection event
                continue;
            }
            if (isEmbedded(s, hits, h)) {
                negateNext = false;
                continue;
            }
            if (hit.match() != null) {
                events.addAll(codePattern(s, hit, mentions, d, events, attribution, negateNext));
                negateNext = false;
                continue;
            }
            EventMention event = code(s, hit, mentions, d, events, attribution, negateNext);
            negateNext = false;
            if (event != null) {
                events.add(event);
            }
        }
        update(d, s, mentions, events);
        return events;
    }

    private List<Hit> hits(Sentence s, boolean[] quoted, boolean[] inMention, List<ActorMention> mentions) {
        List<Hit> hits = new ArrayList<>();
        boolean[] consumed = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            if (quoted[i] || inMention[i] || consumed[i]) {
                continue;
            }
            Hit best = best(s, i, consumed, mentions);
            if (best != null) {
                hits.add(best);
                for (int k = best.start(); k < best.formEnd(); k++) {
                    consumed[k] = true;
                }
                if (best.object() >= 0) {
                    consumed[best.object()] = true;
                }
                if (best.match() != null) {
                    // A pattern's words are its own: "SAID WOULD * ..." takes "said" from an earlier
                    // trigger, and the words after the verb are no triggers of their own.
                    best.match().after().forEach(k -> consumed[k] = true);
                    hits.removeIf(h -> h != best && best.match().before().contains(h.start()));
                }
            }
        }
        return hits;
    }

    /**
     * The best lexicon entry at token {@code i}: one licensed by an object word, else one that needs
     * none. A verb entry needs a token the tagger reads as a verb, a noun entry one it reads as a noun
     * ("economic support" is a noun, not the verb "support").
     */
    private Hit best(Sentence s, int i, boolean[] consumed, List<ActorMention> mentions) {
        Token token = s.token(i);
        List<TriggerIndex.Form> forms = lexicon.startingWith(token);
        if (forms.isEmpty()) {
            return null;
        }
        Hit withObject = null;
        List<Hit> plain = new ArrayList<>();
        Hit pattern = null;
        Comparator<Hit> patternOrder = null;
        int clauseEnd = rightEnd(s, i + 1);
        // "in March", "the Peace Rally party": a name written capitalised inside a sentence is no trigger noun
        boolean name = i > 0 && !s.heading() && token.isCapitalized() && "PROPN".equals(token.tag());
        boolean passive = isPassive(s, i);
        for (TriggerIndex.Form form : forms) {
            int n = form.tokens().size();
            Trigger t = form.trigger();
            boolean afterSubject = t.pattern() != null && verbAfterSubject(s, i, n, mentions);
            if (!form.matchesAt(s, i) || (t.noun() ? !s.mayBeNoun(i) || name : !s.mayBeVerb(i) && !afterSubject)
                    || t.has("not-before-to") && s.lower(i + n).equals("to")) { // "seeks to maintain" is trying
                continue;
            }
            if (t.pattern() != null) {
                if (!afterSubject && IntStream.range(i, i + n).allMatch(k -> s.token(k).isNominal() && !s.lower(k).endsWith("s"))) {
                    continue; // PETRARCH codes verbs only: "an anti- Gondor parade" is none
                }
                PatternMatcher.Match match = PatternMatcher.match(s, i, i + n, t.pattern(), mentions, WINDOW);
                if (match != null) {
                    Hit hit = new Hit(i, i + n, -1, t, match);
                    patternOrder = patternOrder != null ? patternOrder : patternOrder(s);
                    if (pattern == null || patternOrder.compare(hit, pattern) > 0) {
                        pattern = hit;
                    }
                }
                continue;
            }
            if (t.objects().isEmpty()) {
                plain.add(new Hit(i, i + n, -1, t));
                continue;
            }
            boolean found = false;
            for (int o = i + n; o < Math.min(clauseEnd, i + n + OBJECT_WINDOW); o++) {
                if (!consumed[o] && isObject(s, o, t)) {
                    if (withObject == null || o < withObject.object() || o == withObject.object() && n > withObject.formEnd() - i) {
                        withObject = new Hit(i, i + n, o, t);
                    }
                    found = true;
                    break;
                }
            }
            if (!found && passive && !t.noun() && withObject == null) {
                // "the convoy was stopped by armed men": a passive verb's object is its subject, before it
                int ls = leftStart(s, i);
                for (int o = i - 1; o >= Math.max(ls, i - OBJECT_WINDOW); o--) {
                    if (!consumed[o] && isObject(s, o, t)) {
                        withObject = new Hit(i, i + n, o, t);
                        break;
                    }
                }
            }
        }
        // A pattern that found its words beats a lexicon entry; the verb alone of a PETRARCH
        // dictionary is the last resort.
        if (pattern != null && pattern.match().specificity() > 0) {
            return pattern;
        }
        if (withObject != null) {
            return withObject;
        }
        boolean nounContext = i > 0 && cues.is(Cue.NOUN_CONTEXT, s.lower(i - 1));
        if (nounContext) {
            plain.removeIf(h -> !h.trigger().noun());
        }
        if (plain.isEmpty()) {
            return pattern;
        }
        boolean readAsNoun = nounContext || token.isNominal();
        return plain.stream()
                .max(Comparator.<Hit>comparingInt(h -> h.formEnd() - h.start())
                        .thenComparing(h -> h.trigger().noun() == readAsNoun))
                .orElseThrow();
    }


    /**
     * Whether a PETRARCH verb form at [i, i + n) the tagger read as a noun follows an agent noun the
     * tagger read as its adjective, before no noun ("a senior official said on Saturday", "official"
     * read as an adjective and "said" as the noun it modifies): the dictionary's agent noun ends the
     * subject, and the form is its verb.
     */
    private static boolean verbAfterSubject(Sentence s, int i, int n, List<ActorMention> mentions) {
        return i > 0 && i + n <= s.size() && "ADJ".equals(s.token(i - 1).tag())
                && (i + n == s.size() || !s.token(i + n).isNominal() && !"ADJ".equals(s.token(i + n).tag()))
                && mentions.stream().anyMatch(m -> m.end() == i && m.kind() == Kind.GROUP && m.actor() != null);
    }

    private static boolean isObject(Sentence s, int o, Trigger t) {
        String w = s.lower(o);
        // objects are base forms; a plural the lemmatizer does not know ("F-16s") is still one
        return t.objects().contains(w) || t.objects().contains(s.token(o).lemma())
                || w.length() > 3 && w.endsWith("s") && t.objects().contains(w.substring(0, w.length() - 1));
    }

    /**
     * How PETRARCH patterns found at one token rank: a verb form matched as written before one matched
     * only by its lemma ("left" is LEFT before LEAVE), then the more specific pattern, the longer
     * form, and the pattern earlier in its dictionary.
     */
    private static Comparator<Hit> patternOrder(Sentence s) {
        return Comparator.<Hit>comparingInt(h -> writtenAsForm(s, h) ? 1 : 0)
                .thenComparingInt(h -> h.match().specificity())
                .thenComparingInt(h -> h.formEnd() - h.start())
                .thenComparingInt(h -> -h.trigger().pattern().order());
    }

    /** Whether the first word of a hit's form is written as the form's verb, or only shares its lemma. */
    private static boolean writtenAsForm(Sentence s, Hit h) {
        return h.trigger().forms().stream().anyMatch(f -> Inflections.of(f.get(0)).contains(s.lower(h.start())));
    }

    /**
     * The mentions a PETRARCH pattern codes: the verb's own participants as for a lexicon verb, except
     * where the pattern places its source ({@code $}) or target ({@code +}); where that finds none,
     * TABARI's: the nearest actor before the verb and the first after it, a place included ("arrived
     * in Gondor"), up to a comma. A compound ({@code %}) before the verb acts on itself, each member
     * on each other; after it, with a subject, it is the target. A paired code adds the reverse
     * event; the null code codes nothing.
     */
    private List<EventMention> codePattern(Sentence s, Hit hit, List<ActorMention> mentions, Discourse d,
                                           List<EventMention> earlier, String attribution, boolean negated) {
        Trigger t = hit.trigger();
        Trigger reverse = t.pattern().reverse();
        if (t.silent() && reverse == null) {
            return List.of();
        }
        Trigger basis = t.silent() ? reverse : t;
        EventMention verb = code(s, new Hit(hit.start(), hit.formEnd(), -1, basis, hit.match()), mentions, d, earlier,
                attribution, negated);
        if (verb == null) {
            return List.of(); // part of an event already coded ("marched ..., denouncing X")
        }
        PatternMatcher.Match match = hit.match();
        List<Actor> source = new ArrayList<>(verb.source());
        List<Actor> target = new ArrayList<>(verb.target());
        boolean actorlessSubject = actorlessNounSubject(s, hit.start(), mentions);
        if (match.source() != null) {
            source = actorsAt(s, match.source(), mentions, d, earlier);
        } else if (match.target() != null && match.target().beforeVerb()) {
            // "X noted that + Y regretted ...": the target stands where the subject would; the source is before it
            source = lastActorBefore(s, match.target().mention().start(), mentions, d, earlier);
        } else if (actorlessSubject && !isPassive(s, hit.start())) {
            source = new ArrayList<>(); // "... after Cxlenardhon crowds burned down": a subject no dictionary names
        } else if (source.isEmpty() && match.compound() == null) {
            source = lastActorBefore(s, hit.start(), mentions, d, earlier);
        }
        if (match.target() != null) {
            target = actorsAt(s, match.target(), mentions, d, earlier);
        } else if (match.compound() != null && !match.compound().beforeVerb() && !source.isEmpty()) {
            target = actorsAt(s, match.compound(), mentions, d, earlier); // "A agrees with B and C": A on each
        } else if (match.compound() == null && !isPassive(s, hit.start()) && (nothingBeforeComma(s, hit, mentions)
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
                        verb.precision(), verb.place(), verb.attribution(), verb.confidence()));
            }
            if (reverse != null && !from.isEmpty() && !to.isEmpty()) {
                coded.add(new EventMention(reverse, s, hit.start(), to, from, own, verb.modality(), verb.historical(),
                        verb.date(), verb.precision(), verb.place(), verb.attribution(), verb.confidence()));
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
    private static boolean nothingBeforeComma(Sentence s, Hit hit, List<ActorMention> mentions) {
        int comma = hit.formEnd();
        while (comma < s.size() && !(s.lower(comma).equals(",") && !("ADJ".equals(s.token(comma - 1).tag())
                && comma + 1 < s.size() && "ADJ".equals(s.token(comma + 1).tag())))) {
            comma++;
        }
        int end = comma;
        return comma < s.size() && mentions.stream().noneMatch(m -> m.start() >= hit.formEnd() && m.start() < end
                && PatternMatcher.namesActor(m) && !isPossessivePronoun(m));
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
            actors.addAll(precedingList(s, m, mentions, d, earlier));
            actors.addAll(resolve(m, s, mentions, d, earlier));
            return actors;
        }
        actors.addAll(resolve(m, s, mentions, d, earlier));
        int end = m.end();
        for (ActorMention next : mentions) {
            if (next.start() >= end && PatternMatcher.namesActor(next) && joined(s, end, next.start())) {
                actors.addAll(resolve(next, s, mentions, d, earlier));
                end = next.end();
            }
        }
        return actors;
    }

    /** TABARI's source: the nearest actor before the verb, even one that modifies a noun ("Eriador's death toll"). */
    private List<Actor> lastActorBefore(Sentence s, int before, List<ActorMention> mentions, Discourse d,
                                        List<EventMention> earlier) {
        int from = before - 1;
        while (from >= 0 && from >= before - WINDOW && !s.lower(from).equals(",") && !cues.is(Cue.CLAUSE_MARK, s.lower(from))) {
            from--;
        }
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            if (m.end() <= before && m.start() > from && PatternMatcher.namesActor(m)) {
                List<Actor> actors = resolve(m, s, mentions, d, earlier);
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
        int re = hit.formEnd();
        while (re < Math.min(s.size(), hit.formEnd() + WINDOW) && !s.lower(re).equals(",") && !cues.is(Cue.CLAUSE_MARK, s.lower(re))) {
            re++;
        }
        Set<String> sourceKeys = countries(source);
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention m = mentions.get(k);
            if (m.start() < hit.formEnd() || m.start() >= re || !PatternMatcher.namesActor(m)) {
                continue;
            }
            List<Actor> actors = new ArrayList<>(resolve(m, s, mentions, d, earlier));
            int end = m.end();
            for (int n = k + 1; n < mentions.size() && !actors.isEmpty(); n++) { // "between Eriador and Osgiliath"
                ActorMention next = mentions.get(n);
                if (!PatternMatcher.namesActor(next) || !joined(s, end, next.start())) {
                    break;
                }
                actors.addAll(resolve(next, s, mentions, d, earlier));
                end = next.end();
            }
            actors.removeIf(a -> source.contains(a) || sourceKeys.contains(key(a)));
            if (!actors.isEmpty()) {
                return actors;
            }
        }
        return new ArrayList<>();
    }

    /**
     * Whether hit {@code h} is only part of what another trigger says: in the infinitive after an
     * earlier trigger of the clause ("invitation to visit China", "urged Xi to help revive talks"),
     * or after "in"/"on" and a gerund ("a role in restarting talks").
     */
    private boolean isEmbedded(Sentence s, List<Hit> hits, int h) {
        Hit hit = hits.get(h);
        int i = hit.start();
        if (i >= 2 && s.lower(i - 1).endsWith("ing") && Set.of("in", "on", "of", "for", "about").contains(s.lower(i - 2))) {
            return true;
        }
        for (int g = h - 1; g >= 0; g--) {
            Hit earlier = hits.get(g);
            if (earlier.trigger().has("negates-next")) {
                continue;
            }
            boolean infinitive = false;
            for (int k = earlier.end(); k < i; k++) {
                if (isBoundary(s, k)) {
                    return false;
                }
                if (s.lower(k).equals("to") || s.lower(k).equals("in") && s.lower(k + 1).endsWith("ing")) {
                    infinitive = true;
                }
            }
            return infinitive && i - earlier.end() <= 12;
        }
        return false;
    }

    private EventMention code(Sentence s, Hit hit, List<ActorMention> mentions, Discourse d, List<EventMention> earlier,
                              String attribution, boolean negated) {
        Trigger t = hit.trigger();
        if (cues.is(Cue.PROTEST_OBJECT, s.lower(hit.start()))
                && earlier.stream().anyMatch(e -> e.trigger().type() == EventType.PROTEST)) {
            return null; // "marched ..., denouncing X": what the protest was against, coded with it
        }
        int ls = leftStart(s, hit.start());
        int re = rightEnd(s, hit.end());
        List<Actor> source = new ArrayList<>();
        List<Actor> target = new ArrayList<>();
        boolean own;
        boolean explicitSource;
        if (t.noun()) {
            own = nounParticipants(s, hit, mentions, d, earlier, source, target);
            explicitSource = !source.isEmpty();
            if (own && source.isEmpty() && t.type() == EventType.PROTEST) {
                mentions.stream().filter(m -> m.kind() == Kind.GROUP && m.role() == org.entente.model.actor.ActorRole.CVL
                        && m.end() <= hit.start() && m.start() >= ls).reduce((a, b) -> b)
                        .ifPresent(m -> source.addAll(resolve(m, s, mentions, d, earlier)));
            }
            boolean announcedAid = t.type() == EventType.AID && !target.isEmpty()
                    && IntStream.range(ls, hit.start()).anyMatch(k -> cues.is(Cue.LIGHT_VERB, s.lower(k)));
            if (own && source.isEmpty() && (afterLightVerb(s, hit.start(), ls) || announcedAid
                    || t.type().isSymmetric() && !target.isEmpty())) {
                // "the EU announced on Monday 40 million euros in humanitarian aid for Sudan"
                // "Lee ordered a crackdown on ...", "the minister raised it during a meeting with his counterpart"
                source.addAll(subject(s, ls, hit.start(), mentions, d, earlier)); // "Lee ordered a crackdown on ..."
            } else if (!own && t.type().quadClass().isCooperation() && afterLightVerb(s, hit.start(), ls)) {
                // "A and B will hold a joint patrol": cooperation done together by the light verb's subject;
                // "X resumed food distributions around Goma": aid to where it is delivered
                source.addAll(subject(s, ls, hit.start(), mentions, d, earlier));
                if (countries(source).size() < 2 && t.type() == EventType.AID) {
                    target.addAll(deliveredTo(s, hit, mentions, re, source));
                }
                own = countries(source).size() >= 2 || !source.isEmpty() && !target.isEmpty();
                if (!own) {
                    source.clear();
                    target.clear();
                }
            }
            if (own && source.isEmpty() && hit.start() <= 3 && d.focusPerson != null && t.type().isSymmetric()) {
                source.add(d.focusPerson); // "After a meeting with Trump, ...": the person the text follows
            }
        } else {
            int by = indexOf(s, "by", hit.end(), Math.min(re, hit.end() + 3));
            boolean be = isPassive(s, hit.start());
            // "condemned an attack by X": "by" belongs to the object, not to a participle
            boolean objectBeforeBy = by >= 0 && IntStream.range(hit.end(), by)
                    .anyMatch(k -> "DET".equals(s.token(k).tag()));
            if (by >= 0 && !be && !objectBeforeBy) {
                // "a state dinner hosted by Lee": a participle after a noun; the target is that noun, if an actor
                mentions.stream().filter(m -> m.end() == hit.start() && m.isParticipant()).findFirst()
                        .ifPresent(m -> target.addAll(resolve(m, s, mentions, d, earlier)));
                source.addAll(firstAfter(s, by + 1, re, mentions, d, earlier));
                if (target.isEmpty() && t.type() == EventType.CONSULT) {
                    target.addAll(hostedParties(s, source, earlier, d)); // "a swap brokered by C"
                }
            } else if (be && by < 0 && movesOwnForces(s, hit, ls, mentions)) {
                // "American troops will be deployed in Mexico", "Indian troops were pulled back": units
                // moved with no agent named are their own country's; the target is where they go
                source.addAll(subject(s, ls, hit.start(), mentions, d, earlier));
                target.addAll(destination(s, hit, mentions, re, source));
            } else if (be) {
                target.addAll(subject(s, ls, hit.start(), mentions, d, earlier));
                if (by >= 0) {
                    source.addAll(firstAfter(s, by + 1, re, mentions, d, earlier));
                    if (target.isEmpty() && t.type() == EventType.CONSULT) {
                        target.addAll(hostedParties(s, source, earlier, d)); // "The ceremony was hosted by C"
                    }
                }
            } else {
                EventMention coordinated = coordinatedWith(s, hit, earlier);
                Set<String> objects = coordinated == null ? Set.of()
                        : countries(firstAfter(s, hit.formEnd(), Math.min(re, hit.formEnd() + 2), mentions, d, earlier));
                if (!objects.isEmpty() && countries(coordinated.source()).containsAll(objects)) {
                    // "X said Indian shelling had killed a woman and accused India": India accuses no one
                    // here; the verb goes with the sentence's subject, not with the embedded one
                    coordinated = null;
                }
                source.addAll(coordinated != null ? coordinated.source() : subject(s, ls, hit.start(), mentions, d, earlier));
                // "sending troops to Georgia": the object right after the verb is not the recipient;
                // "give Tanzania a grant": a recipient before the object is
                boolean recipientFirst = mentions.stream().anyMatch(m -> m.isParticipant() && m.start() >= hit.formEnd()
                        && m.end() <= hit.object());
                ActorMention owner = objectOwner(s, hit, mentions);
                if (owner != null) {
                    target.addAll(resolve(owner, s, mentions, d, earlier));
                } else {
                    int from = hit.object() >= 0 && hit.object() - hit.formEnd() <= 2 && !recipientFirst ? hit.object() + 1 : hit.formEnd();
                    target.addAll(firstOtherAfter(s, from, re, mentions, d, earlier, source));
                }
                boolean jointAct = (t.type().quadClass().isCooperation() || t.has("reciprocal"))
                        && countries(source).size() >= 2 && indexOf(s, "with", hit.formEnd(), re) < 0;
                if (jointAct) {
                    // "A and B exchanged prisoners in a swap brokered by C", "A and B traded fire in
                    // Kashmir": a joint act, C and the place no side of it
                    target.clear();
                }
                if (target.isEmpty() && t.type() == EventType.REQUEST) {
                    target.addAll(complementSubject(s, hit, mentions, d, earlier));
                }
                if (target.isEmpty() && t.type() == EventType.ASSAULT && !jointAct) {
                    // "struck targets in southern Lebanon": an attack hits the country where it lands
                    mentions.stream().filter(m -> m.start() >= hit.formEnd() && m.start() < re && m.locative()
                                    && m.place() != null && m.place().country() != null)
                            .findFirst().ifPresent(m -> target.add(countryActor(m.place().country())));
                }
                if (target.isEmpty() && t.type() == EventType.AID) {
                    target.addAll(deliveredTo(s, hit, mentions, re, source)); // "flew medicine to Port Sudan"
                }
                if (target.isEmpty() && t.has("arrival")) {
                    // "arrived in Amman": the host is the place arrived at
                    mentions.stream().filter(m -> m.locative() && m.actor() != null && m.start() >= hit.formEnd()
                            && m.start() <= hit.formEnd() + 2).findFirst().ifPresent(m -> target.add(m.actor()));
                }
            }
            explicitSource = !source.isEmpty();
            own = !source.isEmpty() || !target.isEmpty();
        }
        removeSelfTargets(t.type(), source, target);
        if (target.isEmpty() && !source.isEmpty() && !t.type().isSymmetric()) {
            // "opened fire on its posts", where "its" is another's than the source's
            target.addAll(possessedAfter(s, hit, ls, re, mentions, d, earlier, source));
        }
        int replyObject = target.isEmpty() && VERBAL_REACTIONS.contains(t.type()) ? anaphoricObject(s, hit.end(), re) : -1;
        if (replyObject < 0 && target.isEmpty() && VERBAL_REACTIONS.contains(t.type()) && !t.noun()
                && gapObject(s, hit, ls, mentions) >= 0) {
            // "X sanctioned Y, a move Y condemned": the act is the one this sentence has just told
            Set<String> keys = countries(source);
            for (int k = earlier.size() - 1; k >= 0 && target.isEmpty(); k--) {
                if (!earlier.get(k).source().isEmpty() && countries(earlier.get(k).source()).stream().noneMatch(keys::contains)) {
                    target.addAll(earlier.get(k).source());
                }
            }
        }
        if (replyObject >= 0) {
            // "X rejected the accusation": the reply goes to whoever made it ("the launch": the last
            // event told with that word), else to whoever last acted on X, else to the previous subject
            List<Actor> replied = toldWith(s.token(replyObject), source, d);
            if (replied.isEmpty()) {
                replied = repliedTo(source, d);
            }
            if (!replied.isEmpty()) {
                target.addAll(replied);
            } else if (d.previousSubject != null && !countries(source).contains(key(d.previousSubject))) {
                target.add(d.previousSubject);
            } else {
                target.addAll(lastActing(source, d));
            }
        }
        if (target.isEmpty() && !source.isEmpty() && t.type().quadClass() == org.entente.model.plover.QuadClass.VERBAL_CONFLICT
                && !t.noun() && !s.heading()) {
            // "Minsk warned that it could retaliate": a warning, demand or charge with no one named is
            // aimed at the other side of the source's latest dispute, first in this sentence ("Its
            // ministry summoned Poland's envoy, and its spokesman denied ...")
            Set<String> keys = countries(source);
            for (int k = earlier.size() - 1; k >= 0 && target.isEmpty(); k--) {
                target.addAll(otherSide(earlier.get(k), keys));
            }
            if (target.isEmpty()) {
                target.addAll(counterpart(source, d));
            }
        }
        if (target.isEmpty() && !source.isEmpty() && t.type() == EventType.MOBILIZE && !t.noun() && !s.heading()) {
            // "Minsk said it had not moved units towards the frontier": troops moved with no one named
            // face the other side of the source's latest conflict
            target.addAll(adversary(source, d));
        }
        if (t.has("anti") && target.isEmpty()) {
            mentions.stream().filter(m -> m.kind() == Kind.ANTI && Math.abs(m.start() - hit.start()) <= 4)
                    .findFirst().ifPresent(m -> target.add(m.actor()));
        }
        if (source.isEmpty() && t.type() == EventType.PROTEST) {
            // "several hundred people marched in Port Sudan": protesters nobody names are the place's people
            mentions.stream().filter(m -> m.locative() && m.place() != null && m.place().country() != null
                            && m.kind() != Kind.GROUP)
                    .findFirst().ifPresent(m -> source.add(Actor.of("protesters", m.place().country(),
                            org.entente.model.actor.ActorRole.CVL)));
            own |= !source.isEmpty(); // the sentence's own protest, by the people of the place it names
        }
        if (t.type() == EventType.PROTEST) {
            // "marched through the capital, chanting slogans against X", "..., denouncing what they
            // called American interference": what the protest is against, ahead of flags and places
            List<Actor> against = protestObject(s, hit, mentions, d, earlier);
            if (!against.isEmpty()) {
                target.clear();
                target.addAll(against);
            }
        }
        if (target.isEmpty() && t.type() == EventType.PROTEST) {
            // with no one named, a foreign mission where they protest ("rallied outside the Chinese
            // embassy", "Outside the Chinese embassy, crowds rallied"), else their own state
            Set<String> protesters = countries(source);
            mentions.stream().filter(m -> m.locative() && m.actor() != null
                            && m.actor().country() != null && !protesters.contains(m.actor().country())
                            && m.actor().role() == org.entente.model.actor.ActorRole.GOV && m.kind() == Kind.GROUP)
                    .findFirst().ifPresent(m -> target.add(m.actor()));
            if (target.isEmpty()) {
                target.addAll(ownGovernment(source));
            }
        }
        removeSelfTargets(t.type(), source, target);
        Modality modality = negated ? Modality.NEGATED : modality(s, hit, ls, re);
        DateResolver.Found when = date(s, hit, ls, re, d, modality == Modality.FUTURE);
        LocalDate date = when == null ? null : when.date();
        DatePrecision precision = when == null ? DatePrecision.UNKNOWN : when.precision();
        if (date == null && d.previousDate != null
                && (d.previousDatedSentence == s.index() - 1 || d.previousDatedParagraph == s.paragraph())
                && dates.find(s, d.published, false).isEmpty() && modality == Modality.ASSERTED) {
            // A sentence with no date of its own goes on with the day of the one before, or of its
            // paragraph: "X accused Y on Tuesday. Y rejected that account."
            date = d.previousDate;
            precision = d.previousPrecision;
        }
        boolean historical = isHistorical(s, hit.start(), ls, date, precision, d.published);
        double confidence = (t.noun() ? 0.55 : 0.7) + (explicitSource ? 0.1 : 0) + (!target.isEmpty() ? 0.1 : 0)
                + (s.heading() ? -0.1 : 0);
        if (t.has("arrival") && forcesArrive(s, hit.start(), ls)) {
            t = t.recoded("154"); // "Egyptian troops landed in Mogadishu": a deployment, not a visit
        }
        if (t.has("posture-unless-aimed") && !aimed(s, hit, mentions, re)) {
            t = t.recoded("150"); // "fired a ballistic missile into the sea": a show of force
        }
        return new EventMention(t, s, hit.start(), dedupe(source), dedupe(target), own, modality, historical, date, precision,
                place(s, hit, mentions, re), attribution, Math.min(0.95, confidence));
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
                    source.addAll(resolve(before, s, mentions, d, earlier));
                    source.addAll(precedingList(s, before, mentions, d, earlier));
                }
                break;
            }
            String w = s.lower(k);
            if (w.contains("–") || w.contains("-") && Character.isUpperCase(s.token(k).text().charAt(0))) {
                break;
            }
            if (isBoundary(s, k) || w.equals(",") || !cues.is(Cue.NOUN_CONTEXT, w) && !w.equals("'s") && !isAdjectiveLike(w)) {
                break;
            }
            k--;
            skipped++;
        }
        int j = hit.end();
        int re = rightEnd(s, j);
        if (s.lower(j).equals("between")) {
            source.clear();
            source.addAll(firstAfter(s, j + 1, re, mentions, d, earlier));
        } else {
            int lookEnd = Math.min(re, j + 1); // the complement follows the noun at once: "visit to Seoul"
            for (int p = j; p < lookEnd; p++) {
                String w = s.lower(p);
                if (w.equals("to") && !s.token(p + 1 < s.size() ? p + 1 : p).isCapitalized()
                        && !Set.of("the", "a", "an").contains(s.lower(p + 1))) {
                    break; // "an invitation to visit China": an infinitive, not a recipient
                }
                if (Set.of("with", "to", "on", "against", "over", "into", "toward", "towards").contains(w)
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
                    target.addAll(firstAfter(s, p + 1, limit, mentions, d, earlier));
                    break;
                }
                if (w.equals("by") || w.equals("from")) {
                    if (source.isEmpty()) {
                        source.addAll(firstAfter(s, p + 1, Math.min(re, p + 6), mentions, d, earlier));
                    }
                    break;
                }
            }
        }
        return !source.isEmpty() || !target.isEmpty();
    }

    /** The first actor within a few words after a protest-object word that follows the protest, or none. */
    private List<Actor> protestObject(Sentence s, Hit hit, List<ActorMention> mentions, Discourse d,
                                      List<EventMention> earlier) {
        for (int k = hit.end(); k < s.size(); k++) {
            if (!cues.is(Cue.PROTEST_OBJECT, s.lower(k))) {
                continue;
            }
            int from = k + 1;
            boolean pronounFirst = mentions.stream().filter(m -> m.start() >= from && m.start() <= from + 4)
                    .findFirst().map(m -> m.kind() == Kind.PRONOUN).orElse(false);
            List<Actor> listed = pronounFirst ? List.of() // "what they called ...": the speakers, no target
                    : firstAfter(s, from, Math.min(s.size(), from + 5), mentions, d, earlier);
            if (!listed.isEmpty()) {
                return listed; // "against ECOWAS and France"
            }
            for (ActorMention m : mentions) {
                if (m.start() < from || m.start() > from + 4 || m.kind() == Kind.PRONOUN || m.actor() == null) {
                    continue;
                }
                return m.isParticipant() ? resolve(m, s, mentions, d, earlier)
                        : m.actor().country() != null ? List.of(countryActor(m.actor().country())) : List.of();
            }
        }
        return List.of();
    }

    /** The country of the first place named after the trigger, other than the source's: where aid is delivered. */
    private static List<Actor> deliveredTo(Sentence s, Hit hit, List<ActorMention> mentions, int re, List<Actor> source) {
        Set<String> givers = countries(source);
        return mentions.stream().filter(m -> m.start() >= hit.end() && m.start() < re && m.place() != null
                        && m.place().country() != null && (m.kind() == Kind.PLACE || m.locative())
                        && !givers.contains(m.place().country()))
                .findFirst().map(m -> List.of(countryActor(m.place().country()))).orElse(List.of());
    }

    /** Whether a passive verb's subject names the armed units it moves ("troops were deployed"). */
    private boolean movesOwnForces(Sentence s, Hit hit, int ls, List<ActorMention> mentions) {
        EventType type = hit.trigger().type();
        int head = wordBeforeVerbGroup(s, hit.start(), ls);
        // the units' country is written on them: "American troops", "Japan's Self-Defense Forces"
        return (type == EventType.MOBILIZE || type == EventType.RETREAT) && forcesArrive(s, hit.start(), ls)
                && mentions.stream().anyMatch(m -> m.end() == head + 1 && m.actor() != null && m.actor().country() != null);
    }

    /** The first country after the verb that is not the movers' own, a place or a modifier included ("near the Ethiopian border"). */
    private static List<Actor> destination(Sentence s, Hit hit, List<ActorMention> mentions, int re, List<Actor> movers) {
        Set<String> own = countries(movers);
        return mentions.stream().filter(m -> m.start() >= hit.formEnd() && m.start() < re)
                .map(m -> m.actor() != null && m.actor().country() != null ? m.actor().country()
                        : m.place() != null ? m.place().country() : null)
                .filter(c -> c != null && !own.contains(c))
                .findFirst().map(c -> List.of(countryActor(c))).orElse(List.of());
    }

    /** Whether the subject right before the verb at {@code i} names armed units ("soldiers have landed"). */
    private boolean forcesArrive(Sentence s, int i, int ls) {
        int k = wordBeforeVerbGroup(s, i, ls);
        return k >= ls && cues.is(Cue.FORCE_NOUN, s.lower(k));
    }

    /** The word before the auxiliaries, adverbs and particles that lead up to the verb at {@code i} ("had not"). */
    private static int wordBeforeVerbGroup(Sentence s, int i, int ls) {
        int k = i - 1;
        // a capitalised word is a name the tagger misread ("a move Santiago/ADV condemned"), not an adverb
        while (k > ls && s.token(k).tag() != null && Set.of("AUX", "ADV", "PART").contains(s.token(k).tag())
                && (k == 0 || !s.token(k).isCapitalized())) {
            k--;
        }
        return k;
    }

    /** Whether the noun at {@code i} is the object of a verb that only says it took place ("held talks"). */
    private boolean afterLightVerb(Sentence s, int i, int ls) {
        for (int k = i - 1; k >= Math.max(ls, i - 4); k--) {
            String w = s.lower(k);
            if (cues.is(Cue.LIGHT_VERB, w)) {
                return true;
            }
            if (!cues.is(Cue.NOUN_CONTEXT, w) && !isAdjectiveLike(w) && !w.equals("'s")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAdjectiveLike(String w) {
        return w.endsWith("al") || w.endsWith("ic") || w.endsWith("ive") || w.endsWith("ary") || w.endsWith("-level")
                || w.endsWith("-minute") || w.endsWith("ed");
    }

    /**
     * For a verb right after "and" ("X condemned the attack and promised aid"), the earlier event of
     * the sentence whose subject it shares: the last one coded by a verb; null if none.
     */
    private static EventMention coordinatedWith(Sentence s, Hit hit, List<EventMention> earlier) {
        if (hit.start() < 1 || !s.lower(hit.start() - 1).equals("and") || !s.token(hit.start()).isVerbal()) {
            return null;
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            EventMention e = earlier.get(k);
            if (e.sentence() == s && !e.trigger().noun() && !e.source().isEmpty() && e.position() < hit.start()) {
                return e;
            }
        }
        return null;
    }

    /** The subject of the clause before {@code i}: the nearest participant, a relative pronoun's antecedent, or the sentence's subject. */
    private List<Actor> subject(Sentence s, int ls, int i, List<ActorMention> mentions, Discourse d, List<EventMention> earlier) {
        int head = wordBeforeVerbGroup(s, i, ls);
        if (head > ls && "NOUN".equals(s.token(head).tag())) {
            int noun = head;
            ActorMention demonym = mentions.stream().filter(m -> m.end() == noun && m.modifier() && m.actor() != null
                    && m.actor().country() != null && m.start() >= ls).findFirst().orElse(null);
            if (demonym != null && mentions.stream().noneMatch(m -> m.start() <= noun && m.end() > noun)) {
                return List.of(countryActor(demonym.actor().country())); // "Indian shelling had killed": India's
            }
        }
        ActorMention nearest = null;
        for (ActorMention m : mentions) {
            if (m.start() >= ls && m.end() <= i && m.start() >= i - WINDOW && m.isParticipant() && !m.modifier()) {
                nearest = m;
            }
        }
        if (nearest != null) {
            List<Actor> actors = new ArrayList<>(precedingList(s, nearest, mentions, d, earlier));
            for (ActorMention m : mentions) { // "the ambassadors of A, B and C": one span, several actors
                if (m != nearest && m.start() == nearest.start() && m.end() == nearest.end()) {
                    actors.addAll(resolve(m, s, mentions, d, earlier));
                }
            }
            actors.addAll(resolve(nearest, s, mentions, d, earlier));
            return actors;
        }
        if (ls > 0 && cues.is(Cue.RELATIVE, s.lower(ls - 1)) || ls > 1 && cues.is(Cue.RELATIVE, s.lower(ls - 2))) {
            int rel = cues.is(Cue.RELATIVE, s.lower(ls - 1)) ? ls - 1 : ls - 2;
            for (int m = mentions.size() - 1; m >= 0; m--) {
                ActorMention candidate = mentions.get(m);
                if (candidate.end() <= rel && candidate.end() >= rel - 6 && candidate.kind() != Kind.PLACE) {
                    return resolve(candidate, s, mentions, d, earlier);
                }
            }
        }
        for (ActorMention m : mentions) { // the sentence's own subject, before any boundary words
            if (m.end() <= i && m.isParticipant() && !m.modifier() && m.start() >= i - WINDOW) {
                return resolve(m, s, mentions, d, earlier);
            }
        }
        return List.of();
    }

    /** The first participant (and any list joined to it with "and") in [from, to). */
    private List<Actor> firstAfter(Sentence s, int from, int to, List<ActorMention> mentions, Discourse d,
                                   List<EventMention> earlier) {
        for (int m = 0; m < mentions.size(); m++) {
            ActorMention mention = mentions.get(m);
            if (mention.start() >= from && mention.start() < Math.min(to, from + WINDOW) && mention.isParticipant()
                    && !isPossessivePronoun(mention) && !isParentheticalSpeaker(s, mention)) {
                List<Actor> actors = new ArrayList<>(resolve(mention, s, mentions, d, earlier));
                if (actors.isEmpty()) {
                    continue; // "troops" with no country known: look further
                }
                int end = mention.end();
                for (int n = m + 1; n < mentions.size(); n++) {
                    ActorMention next = mentions.get(n);
                    if (next.start() == mention.start() && next.end() == mention.end()) {
                        actors.addAll(resolve(next, s, mentions, d, earlier)); // "leaders from Russia and North Korea"
                        continue;
                    }
                    if (!next.isParticipant() || !joined(s, end, next.start())) {
                        break;
                    }
                    actors.addAll(resolve(next, s, mentions, d, earlier));
                    end = next.end();
                }
                return actors;
            }
        }
        return List.of();
    }

    /**
     * The first actors after {@code from} that are not the source's own: "withdraw its troops from
     * Armenian territory" moves the source's units; the target is further on.
     */
    private List<Actor> firstOtherAfter(Sentence s, int from, int to, List<ActorMention> mentions, Discourse d,
                                        List<EventMention> earlier, List<Actor> source) {
        Set<String> own = countries(source);
        int pos = from;
        while (true) {
            List<Actor> found = firstAfter(s, pos, to, mentions, d, earlier);
            if (found.isEmpty() || own.isEmpty() || !own.containsAll(countries(found))
                    || found.stream().anyMatch(EventFinder::isDomesticGroup)) {
                return found;
            }
            int at = pos;
            ActorMention skipped = mentions.stream().filter(m -> m.start() >= at && m.isParticipant() && !isPossessivePronoun(m))
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
    private List<Actor> precedingList(Sentence s, ActorMention mention, List<ActorMention> mentions, Discourse d,
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
            actors.addAll(0, resolve(previous, s, mentions, d, earlier));
            start = previous.start();
        }
        return actors;
    }

    /**
     * "demanded that Bogota withdraw": the one asked is the subject of the "that" clause right after
     * the trigger (its object word, if any, may stand between).
     */
    private List<Actor> complementSubject(Sentence s, Hit hit, List<ActorMention> mentions, Discourse d,
                                          List<EventMention> earlier) {
        int that = hit.end();
        if (that >= s.size() || !s.lower(that).equals("that")) {
            return List.of();
        }
        for (ActorMention m : mentions) {
            if (m.start() > that && m.start() <= that + 2 && m.isParticipant()) {
                return resolve(m, s, mentions, d, earlier);
            }
        }
        return List.of();
    }

    /**
     * The actor whose object the trigger's object word is: its possessor ("summoned China's
     * ambassador", a mention that holds the object word) or a nationality before it ("struck
     * Cambodian positions"); null when the object word has no owner.
     */
    private static ActorMention objectOwner(Sentence s, Hit hit, List<ActorMention> mentions) {
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

    /** Whether tokens [end, start) are only list separators: "and", ",", ", and". */
    /** "his counterpart", "their trade war": a possessive qualifies the noun after it; it is not the participant. */
    /**
     * The owner of the first "its"/"his"/"her" after the verb, where that is the one who reports the
     * verb's clause and not one of {@code source}: "India's army said Pakistani troops had
     * opened fire on its posts".
     */
    private List<Actor> possessedAfter(Sentence s, Hit hit, int ls, int re, List<ActorMention> mentions, Discourse d,
                                       List<EventMention> earlier, List<Actor> source) {
        Set<String> own = countries(source);
        Set<Actor> speakers = mentions.stream().filter(m -> m.actor() != null && m.end() < hit.start()
                        && IntStream.range(m.end(), Math.min(hit.start(), m.end() + 3)).anyMatch(k -> cues.is(Cue.SPEECH, s.lower(k))))
                .map(ActorMention::actor).collect(java.util.stream.Collectors.toSet());
        return mentions.stream().filter(m -> m.start() >= hit.formEnd() && m.start() < re && isPossessivePronoun(m)
                        && !"their".equals(m.reference()))
                .findFirst()
                .map(m -> resolve(m, s, mentions, d, earlier))
                .filter(owners -> owners.size() == 1 && speakers.contains(owners.get(0)) && !own.contains(key(owners.get(0))))
                .orElse(List.of());
    }

    /** Whether a mention's last word is a plural noun ("troops", not "army" or "India"). */
    private static boolean isPlural(Sentence s, ActorMention m) {
        Token head = s.token(m.end() - 1);
        String w = head.lower();
        // the lemmatizer leaves some plurals as they are ("troops"): a final s not of "-ss", "-us", "-is" is one
        return "NOUN".equals(head.tag()) && w.endsWith("s") && (!w.equals(head.lemma())
                || !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"));
    }

    private static boolean isPossessivePronoun(ActorMention m) {
        return m.kind() == Kind.PRONOUN && Set.of("his", "her", "its", "their").contains(m.reference());
    }

    private static boolean joined(Sentence s, int end, int start) {
        if (start <= end || start - end > 5) {
            return false;
        }
        int k = end;
        while (k < start && LIST_SEPARATORS.contains(s.lower(k))) {
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

    /** The actors a mention stands for, resolving pronouns, pairs and group nouns without a country. */
    private List<Actor> resolve(ActorMention m, Sentence s, List<ActorMention> mentions, Discourse d,
                                List<EventMention> earlier) {
        switch (m.kind()) {
            case PRONOUN -> {
                String p = m.reference();
                if (Set.of("he", "she", "his", "her", "him").contains(p)) {
                    for (int k = mentions.indexOf(m) - 1; k >= 0; k--) {
                        if (mentions.get(k).kind() == Kind.PERSON) {
                            return List.of(placedBefore(mentions.get(k).actor(), d));
                        }
                    }
                    return d.focusPerson == null ? List.of() : List.of(placedBefore(d.focusPerson, d));
                }
                if (p.equals("it") || p.equals("its")) {
                    for (int k = mentions.indexOf(m) - 1; k >= 0; k--) {
                        ActorMention c = mentions.get(k);
                        // "Pakistani troops had opened fire on its posts": "its" is no plural's
                        if (c.actor() != null && c.kind() != Kind.PERSON && c.kind() != Kind.ANTI && !c.locative()
                                && !isPlural(s, c)) {
                            return List.of(c.actor());
                        }
                    }
                    return d.focusActor == null ? List.of() : List.of(d.focusActor);
                }
                return pair(m, s, mentions, d, earlier);
            }
            case PAIR -> {
                return pair(m, s, mentions, d, earlier);
            }
            case GROUP -> {
                if (m.actor() != null) {
                    return List.of(m.actor());
                }
                ActorMention owner = mentions.stream()
                        .filter(o -> o.end() == m.start() && isPossessivePronoun(o) && !"their".equals(o.reference()))
                        .findFirst().orElse(null);
                if (owner != null) {
                    // "her government", "its navy": the group of whoever the pronoun stands for
                    List<Actor> owners = resolve(owner, s, mentions, d, earlier);
                    if (owners.size() == 1 && owners.get(0).country() != null) {
                        return List.of(new Actor(s.text(m.start(), m.end()), owners.get(0).country(), null, m.role(), null, null));
                    }
                }
                if (m.start() > 0 && s.lower(m.start() - 1).equals("their")) {
                    // "their coast guards": the groups of the pair the text is about
                    List<Actor> groups = new ArrayList<>();
                    for (String key : countries(pair(m, s, mentions, d, earlier))) {
                        if (Countries.isKnown(key)) {
                            groups.add(new Actor(s.text(m.start(), m.end()), key, null, m.role(), null, null));
                        }
                    }
                    if (groups.size() >= 2) {
                        return groups;
                    }
                }
                String country = speakerCountry(s, m, mentions);
                if (country == null) {
                    country = sentencePlaceCountry(mentions);
                }
                if (country == null) {
                    country = d.lastGroupCountry;
                }
                if (country == null) {
                    return List.of();
                }
                Actor group = new Actor(s.text(m.start(), m.end()), country, null, m.role(), null, null);
                return List.of(group);
            }
            case PERSON -> {
                return m.actor() == null ? List.of() : List.of(placed(m.actor(), s, d));
            }
            default -> {
                return m.actor() == null ? List.of() : List.of(m.actor());
            }
        }
    }

    /**
     * An official no list places speaks for the country the sentence before made its subject:
     * "Chad rejected the allegations. Government spokesman X said ..."; the place sticks to the
     * person for the rest of the article.
     */
    private static Actor placed(Actor person, Sentence s, Discourse d) {
        if (person.country() != null || person.organization() != null) {
            return person;
        }
        String known = d.personCountries.get(person.name());
        if (known == null && d.countrySubject != null && d.countrySubjectSentence == s.index() - 1
                && d.countrySubjectParagraph == s.paragraph()) {
            known = d.countrySubject;
            d.personCountries.put(person.name(), known);
        }
        return known == null ? person : new Actor(person.name(), known, null, person.role(), person.id(), null);
    }

    /** "he", "she": the person as the text has already placed them. */
    private static Actor placedBefore(Actor person, Discourse d) {
        String known = person.country() == null && person.organization() == null ? d.personCountries.get(person.name()) : null;
        return known == null ? person : new Actor(person.name(), known, null, person.role(), person.id(), null);
    }

    /** "both nations", "the two leaders", "they": two participants of an earlier event or mentions. */
    private List<Actor> pair(ActorMention m, Sentence s, List<ActorMention> mentions, Discourse d, List<EventMention> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            List<Actor> both = new ArrayList<>(earlier.get(k).source());
            both.addAll(earlier.get(k).target());
            if (countries(both).size() >= 2) {
                return both;
            }
        }
        Map<String, Actor> byCountry = new LinkedHashMap<>();
        for (ActorMention c : mentions) {
            if (c.start() >= m.start()) {
                break;
            }
            if (c.actor() != null && (c.kind() == Kind.PERSON || c.kind() == Kind.COUNTRY || c.kind() == Kind.GOVERNMENT)
                    && !c.locative() && key(c.actor()) != null) {
                byCountry.putIfAbsent(key(c.actor()), c.actor());
            }
        }
        if (byCountry.size() >= 2) {
            return new ArrayList<>(byCountry.values()).subList(0, 2);
        }
        return d.lastPair;
    }

    /** "Seoul's spokeswoman said the military had ...": a group nobody places in reported speech is the speaker's. */
    private String speakerCountry(Sentence s, ActorMention group, List<ActorMention> mentions) {
        int said = -1;
        for (int k = group.start() - 1; k >= Math.max(0, group.start() - 4) && said < 0; k--) {
            if (cues.is(Cue.SPEECH, s.lower(k))) {
                said = k;
            }
        }
        int at = said;
        return at < 0 ? null : mentions.stream()
                .filter(m -> m.end() == at && m.isParticipant() && m.actor() != null && m.actor().country() != null)
                .findFirst().map(m -> m.actor().country()).orElse(null);
    }

    private static String sentencePlaceCountry(List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.locative() && m.place() != null && m.place().country() != null) {
                return m.place().country();
            }
        }
        return null;
    }

    /**
     * A participant never targets itself, except in domestic events: a government's crackdown on its
     * protesters, or protesters against their own government.
     */
    private static void removeSelfTargets(EventType type, List<Actor> source, List<Actor> target) {
        Set<String> sourceKeys = countries(source);
        boolean groupActs = !source.isEmpty() && source.stream().allMatch(EventFinder::isDomesticGroup);
        target.removeIf(t -> source.contains(t) || sourceKeys.contains(key(t)) && !isDomesticGroup(t) && !groupActs);
    }

    /** Whether the trigger is aimed at an actor: "at", "on" or "against" before one ("fired missiles at Iraqi bases"). */
    private static boolean aimed(Sentence s, Hit hit, List<ActorMention> mentions, int re) {
        for (ActorMention m : mentions) {
            if (m.start() > hit.end() && m.start() < re && m.actor() != null) {
                int p = m.start() - 1;
                if (p > 0 && s.lower(p).equals("the")) {
                    p--;
                }
                if (Set.of("at", "on", "against").contains(s.lower(p))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a mention is the object of a preposition ("on state television", "in Kyiv"). */
    private static boolean afterPreposition(Sentence s, ActorMention m) {
        int p = m.start() - 1;
        while (p >= 0 && ("DET".equals(s.token(p).tag()) || "ADJ".equals(s.token(p).tag()))) {
            p--;
        }
        return p >= 0 && "ADP".equals(s.token(p).tag()) && !s.lower(p).equals("of");
    }

    /** A country as an actor. */
    private static Actor countryActor(String country) {
        return Actor.of(Countries.get(country).name(), country, null);
    }

    /** The governments of the countries of {@code actors} that are not themselves the state. */
    private static List<Actor> ownGovernment(List<Actor> actors) {
        return actors.stream().filter(a -> a.country() != null && isDomesticGroup(a))
                .map(a -> new Actor(Countries.get(a.country()).name(), a.country(), null,
                        org.entente.model.actor.ActorRole.GOV, null, null))
                .distinct().toList();
    }

    /** A group inside a country that its own state can act on: protesters, businesses, the opposition. */
    private static boolean isDomesticGroup(Actor actor) {
        return actor.role() != null && actor.role() != org.entente.model.actor.ActorRole.GOV
                && actor.role() != org.entente.model.actor.ActorRole.MIL;
    }

    private Modality modality(Sentence s, Hit hit, int ls, int re) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean future = false;
        boolean conditional = s.text().contains(" if ") || s.text().startsWith("If ");
        for (int k = hit.start() - 1; k >= Math.max(ls, hit.start() - 6); k--) {
            String w = s.lower(k);
            if (cues.is(Cue.NEGATION, w) || w.equals("no") && (k == hit.start() - 1 || noSubject(s, k, hit.start(), ls))) {
                negated = true;
            } else if (cues.is(Cue.HYPOTHETICAL, w) || w.equals("would") && conditional) {
                hypothetical = true;
            } else if (cues.is(Cue.FUTURE, w) || w.equals("would")) {
                // "set", "plans", "expected" look ahead only with "to": "is set to meet", not "a plan for"
                future = future || !cues.is(Cue.FUTURE_WITH_TO, w) || s.lower(k + 1).equals("to");
            }
        }
        if (hit.trigger().noun()) {
            for (int k = hit.end(); k < re; k++) { // "talks between Serbia and Kosovo were called off"
                if (cues.is(Cue.CANCELLED, s.lower(k))) {
                    negated = true;
                }
            }
        }
        return negated ? Modality.NEGATED : hypothetical ? Modality.HYPOTHETICAL : future ? Modality.FUTURE : Modality.ASSERTED;
    }

    /** Whether the "no" at {@code k} leads the subject of the verb at {@code i} ("no American troops will be deployed"). */
    private static boolean noSubject(Sentence s, int k, int i, int ls) {
        int head = wordBeforeVerbGroup(s, i, ls);
        return head > k && IntStream.rangeClosed(k + 1, head).allMatch(j -> s.token(j).isNominal() || "ADJ".equals(s.token(j).tag()));
    }

    private DateResolver.Found date(Sentence s, Hit hit, int ls, int re, Discourse d, boolean future) {
        List<DateResolver.Found> found = dates.find(s, d.published, future, d.previousDate);
        if (found.isEmpty()) {
            return null;
        }
        int clauseStart = s.token(Math.min(ls, s.size() - 1)).start();
        int clauseEnd = s.token(Math.max(0, Math.min(re, s.size()) - 1)).end();
        int at = s.token(hit.start()).start();
        DateResolver.Found inClause = found.stream()
                .filter(f -> f.start() >= clauseStart && f.end() <= clauseEnd)
                .min(Comparator.comparingInt(f -> Math.abs(f.start() - at)))
                .orElse(null);
        // A sentence's only date also dates a trigger in another clause ("X told reporters on
        // Wednesday that Y had violated ...", "Y, X said on Sunday, will ..."), unless that clause is a
        // relative one, which tells of something else ("... at the summit that saw A and B forge a truce").
        boolean relative = ls > 0 && "PRON".equals(s.token(ls - 1).tag())
                && IntStream.range(Math.max(0, ls - 6), ls - 1).noneMatch(k -> cues.is(Cue.SPEECH, s.lower(k)));
        if (inClause != null || found.size() > 1 || relative) {
            return inClause;
        }
        return found.get(0);
    }

    private boolean isHistorical(Sentence s, int i, int ls, LocalDate date, DatePrecision precision, LocalDate published) {
        for (int k = Math.max(0, i - 8); k < i; k++) {
            if (cues.is(Cue.HISTORY, s.lower(k))) {
                return true;
            }
        }
        if (date == null || published == null) {
            return false;
        }
        return switch (precision) {
            case YEAR -> date.getYear() < published.getYear();
            case MONTH -> date.isBefore(published.minusMonths(1).withDayOfMonth(1));
            case DAY, WEEK -> date.isBefore(published.minusDays(60));
            case UNKNOWN -> false;
        };
    }

    /** The place of the event: a location named after the trigger in its clause, else anywhere in the sentence. */
    private Place place(Sentence s, Hit hit, List<ActorMention> mentions, int re) {
        int ls = leftStart(s, hit.start());
        Place before = null;
        for (ActorMention m : mentions) {
            if (!m.locative() || m.place() == null) {
                continue;
            }
            if (m.start() >= hit.end() && m.start() < re && m.start() - hit.end() <= PLACE_DISTANCE) {
                return m.place();
            }
            if (m.end() <= hit.start() && m.start() >= ls && hit.start() - m.end() <= PLACE_DISTANCE) {
                before = m.place();
            }
        }
        return before;
    }

    /** Who reported the sentence: "according to X", "as reported by X", "X said". */
    private String attribution(Sentence s, List<ActorMention> mentions) {
        Matcher m = ACCORDING_TO.matcher(s.text());
        if (m.find()) {
            return m.group(1).strip();
        }
        for (int k = 1; k < s.size(); k++) {
            if (!cues.is(Cue.SPEECH, s.lower(k))) {
                continue;
            }
            for (ActorMention mention : mentions) {
                if (mention.end() == k && mention.actor() != null) {
                    int start = mention.start() > 0 && s.lower(mention.start() - 1).equals("'s") ? mention.start() : mention.start();
                    return s.text(start, k);
                }
            }
            if (k + 1 < s.size() && s.token(k + 1).isCapitalized() && s.token(k + 1).isWord()) {
                int end = k + 1;
                while (end < s.size() && end - k <= 4 && s.token(end).isCapitalized()) {
                    end++;
                }
                return s.text(k + 1, end); // "..., said Seong-Hyon Lee"
            }
        }
        return null;
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

    /** The other side of the latest earlier event that {@code actors}' countries took part in, or none. */
    private static List<Actor> counterpart(List<Actor> actors, Discourse d) {
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
    private static List<Actor> hostedParties(Sentence s, List<Actor> host, List<EventMention> earlier, Discourse d) {
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

    /** The other side of the latest earlier conflict event that {@code actors}' countries took part in, or none. */
    private static List<Actor> adversary(List<Actor> actors, Discourse d) {
        Set<String> keys = countries(actors);
        for (int k = d.history.size() - 1; k >= 0 && !keys.isEmpty(); k--) {
            EventMention earlier = d.history.get(k);
            List<Actor> other = earlier.trigger().type().quadClass().isCooperation() ? List.of() : otherSide(earlier, keys);
            if (!other.isEmpty()) {
                return other;
            }
        }
        return List.of();
    }

    /** The index of a reply object ("the accusation", "this launch") just after a trigger, or -1. */
    /** The act a relative clause with no object word is about: "move" in "a move Beijing condemned", or -1. */
    private int gapObject(Sentence s, Hit hit, int ls, List<ActorMention> mentions) {
        int head = wordBeforeVerbGroup(s, hit.start(), ls);
        ActorMention subject = mentions.stream().filter(m -> m.end() == head + 1 && m.isParticipant()).findFirst().orElse(null);
        if (subject == null || subject.start() < 2) {
            return -1;
        }
        int o = subject.start() - 1;
        return cues.is(Cue.REPLY_OBJECT, s.lower(o)) && Set.of("a", "the", "this", "that").contains(s.lower(o - 1)) ? o : -1;
    }

    private int anaphoricObject(Sentence s, int from, int to) {
        if (from < s.size() && s.lower(from).equals("it")) {
            // "the launch was an outrageous act ..., and her government condemned it"
            for (int o = from - 1; o > 0; o--) {
                if (cues.is(Cue.REPLY_OBJECT, s.lower(o)) && Set.of("these", "this", "that", "the", "such").contains(s.lower(o - 1))) {
                    return o;
                }
            }
        }
        for (int k = from; k < Math.min(to, from + 4); k++) {
            if (Set.of("these", "this", "that", "the", "such").contains(s.lower(k))) {
                for (int o = k + 1; o <= k + 2; o++) {
                    if (cues.is(Cue.REPLY_OBJECT, s.lower(o))) {
                        return o;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean startsWithPronoun(Sentence s, List<ActorMention> mentions) {
        return !mentions.isEmpty() && mentions.get(0).kind() == Kind.PRONOUN && mentions.get(0).start() <= 1;
    }

    private boolean isPassive(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = s.lower(k);
            if (cues.is(Cue.BE, w)) {
                return s.lower(i).endsWith("ed") || Set.of("held", "met", "struck", "hit", "sent", "seen", "made", "brought",
                        "shot", "given", "banned", "imposed").contains(s.lower(i));
            }
            if (!w.endsWith("ly") && !w.equals("also") && !w.equals("not")) {
                return false;
            }
        }
        return false;
    }

    private static int indexOf(Sentence s, String word, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.lower(k).equals(word)) {
                return k;
            }
        }
        return -1;
    }

    /** The first token of the clause containing token {@code i}. */
    int leftStart(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - WINDOW); k--) {
            if (isBoundary(s, k)) {
                return k + 1;
            }
        }
        return Math.max(0, i - WINDOW);
    }

    /** The token just past the clause that starts at or before {@code i}. */
    int rightEnd(Sentence s, int i) {
        for (int k = i; k < Math.min(s.size(), i + WINDOW); k++) {
            if (isBoundary(s, k)) {
                return k;
            }
        }
        return Math.min(s.size(), i + WINDOW);
    }

    private boolean isBoundary(Sentence s, int k) {
        String w = s.lower(k);
        if (cues.is(Cue.CLAUSE_MARK, w) || cues.is(Cue.CLAUSE_BOUNDARY, w)) {
            return true;
        }
        if (w.equals(",")) {
            String next = s.lower(k + 1);
            return cues.is(Cue.CLAUSE_BOUNDARY, next) || next.endsWith("ing") && next.length() > 5 || next.equals("as");
        }
        return false;
    }

    private static boolean[] quoted(Sentence s) {
        boolean[] quoted = new boolean[s.size()];
        boolean inside = false;
        for (int k = 0; k < s.size(); k++) {
            String w = s.token(k).text();
            if (w.equals("“") || w.equals("\"") && !inside) {
                inside = true;
            } else if (w.equals("”") || w.equals("\"")) {
                inside = false;
            } else {
                quoted[k] = inside;
            }
        }
        return quoted;
    }

    private static List<Actor> dedupe(List<Actor> actors) {
        return actors.stream().distinct().toList();
    }

    /**
     * The country or organisation an actor belongs to: what event keys are made of; for a PETRARCH
     * agent that no actor names, its code ({@code ---GOV}); null for other actors with neither.
     */
    public static String key(Actor actor) {
        return actor.country() != null ? actor.country() : actor.organization() != null ? actor.organization()
                : actor.code().startsWith("---") ? actor.code() : null;
    }

    private static Set<String> countries(List<Actor> actors) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        actors.forEach(a -> {
            if (key(a) != null) {
                keys.add(key(a));
            }
        });
        return keys;
    }

    private static void update(Discourse d, Sentence s, List<ActorMention> mentions, List<EventMention> events) {
        for (ActorMention m : mentions) {
            if (m.kind() == Kind.PERSON && m.actor() != null) {
                d.focusPerson = m.actor();
                break;
            }
        }
        for (ActorMention m : mentions) {
            if (m.actor() != null && m.isParticipant() && m.kind() != Kind.PERSON) {
                d.focusActor = m.actor();
                break;
            }
        }
        for (ActorMention m : mentions) {
            if (m.actor() != null && m.isParticipant()) {
                d.previousSubject = m.actor();
                if (m.kind() != Kind.PERSON && m.actor().country() != null && m.actor().organization() == null) {
                    d.countrySubject = m.actor().country();
                    d.countrySubjectSentence = s.index();
                    d.countrySubjectParagraph = s.paragraph();
                }
                break;
            }
        }
        d.history.addAll(events);
        for (EventMention e : events) {
            List<Actor> both = new ArrayList<>(e.source());
            both.addAll(e.target());
            if (countries(both).size() >= 2) {
                d.lastPair = both;
            }
            for (Actor a : both) {
                if (a.role() == org.entente.model.actor.ActorRole.CVL && a.country() != null) {
                    d.lastGroupCountry = a.country();
                }
            }
        }
        String place = sentencePlaceCountry(mentions);
        if (place != null && mentions.stream().anyMatch(m -> m.kind() == Kind.GROUP)) {
            d.lastGroupCountry = place;
        }
        events.stream().filter(e -> e.date() != null).findFirst().ifPresent(e -> {
            d.previousDate = e.date();
            d.previousPrecision = e.precision();
            d.previousDatedSentence = s.index();
            d.previousDatedParagraph = s.paragraph();
        });
    }
}
