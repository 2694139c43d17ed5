package org.entente.extract.event;

import static org.entente.extract.event.ClauseBounds.WINDOW;
import static org.entente.extract.event.ClauseBounds.quoted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Inflections;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.model.plover.EventType;

/**
 * Finds the triggers of a sentence in the lexicon: which entry a word starts, whether its object
 * word or its PETRARCH pattern is there, and which triggers only elaborate another one. What a
 * trigger is, apart from who took part in it. Stateless.
 */
final class TriggerMatcher {
    /** Tags of words that are no verb whatever their spelling: an adverb or preposition ("back", "down"). */
    private static final Set<String> PARTICLE_TAGS = Set.of("ADV", "ADP");
    /** Tags of the words of an object noun phrase. */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "ADP", "ADV");
    private static final int OBJECT_WINDOW = 8;

    /** Tags of a word that opens a noun phrase after "to": a preposition's object, not an infinitive's verb. */
    private static final Set<String> OPENS_NOUN_PHRASE = Set.of("DET", "PRON", "PROPN", "NUM");

    private final TriggerIndex lexicon;
    private final Cues cues;
    private final ClauseBounds bounds;
    private final PatternMatcher patterns;

    /** A matcher of the entries of {@code lexicon}, reading nouns with the cue words of {@code cues}. */
    TriggerMatcher(TriggerIndex lexicon, Cues cues, ClauseBounds bounds) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.bounds = bounds;
        this.patterns = new PatternMatcher(cues);
    }

    /**
     * The triggers of {@code s} in text order, given its actor mentions: none inside an actor's name,
     * none inside quotation marks but an obligation ("'Japan should stop ...', Mao said"), and no
     * token in two triggers.
     */
    List<Hit> hits(Sentence s, List<ActorMention> mentions) {
        boolean[] quoted = quoted(s);
        boolean[] inMention = new boolean[s.size()];
        for (ActorMention m : mentions) {
            for (int k = m.start(); k < m.end(); k++) {
                inMention[k] = m.kind() != Kind.PAIR && m.kind() != Kind.PRONOUN && !isStagedEvent(s, m);
            }
        }
        List<Hit> hits = new ArrayList<>();
        boolean[] consumed = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            if (inMention[i] || consumed[i]) {
                continue;
            }
            Hit best = best(s, i, consumed, mentions);
            if (best != null && quoted[i] && !best.trigger().has("obligation")) {
                continue; // what a quotation says happened is the speaker's claim; what it says must happen is a demand
            }
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
     * Whether a one-word group mention is the event its people hold, after a light verb ("staged mass
     * demonstrations"), rather than those people ("a crackdown on demonstrations").
     */
    private boolean isStagedEvent(Sentence s, ActorMention m) {
        if (m.kind() != Kind.GROUP || m.end() - m.start() != 1) {
            return false;
        }
        int k = m.start() - 1;
        while (k > 0 && k >= m.start() - 2 && ("ADJ".equals(s.token(k).tag()) || "DET".equals(s.token(k).tag()))) {
            k--;
        }
        return k >= 0 && cues.is(Cue.LIGHT_VERB, s.lower(k));
    }

    /**
     * Where the particle of a two-word verb form stands when an object separates it from the verb
     * ("pulled its warships back", "called the talks off"): the form's second word, a particle cue,
     * within a few words, with only noun-phrase words between; -1 if the form is not split so.
     */
    private int splitParticle(Sentence s, int i, TriggerIndex.Form form) {
        if (form.tokens().size() != 2 || form.trigger().noun() || !cues.is(Cue.PARTICLE, form.tokens().get(1))
                || !form.surfaces().get(0).contains(s.lower(i)) && !s.token(i).lemma().equals(form.tokens().get(0))) {
            return -1;
        }
        for (int j = i + 1; j < Math.min(s.size(), i + 7); j++) {
            Token w = s.token(j);
            if (j > i + 1 && w.lower().equals(form.tokens().get(1))) {
                return j;
            }
            if (w.tag() == null || !NOUN_PHRASE_TAGS.contains(w.tag())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a verb entry's base word stands where the tagger reads an adverb or preposition: "back"
     * in "get relations back on track". An inflected form ("shot down", "abused") is a verb whatever
     * the tag.
     */
    private static boolean isParticle(Token token, Trigger t) {
        return !t.noun() && t.pattern() == null && token.tag() != null && PARTICLE_TAGS.contains(token.tag())
                && !t.forms().isEmpty() && t.forms().get(0).get(0).equals(token.lower());
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
        int clauseEnd = bounds.rightEnd(s, i + 1);
        // "in March", "the Peace Rally party": a name written capitalised inside a sentence is no trigger noun
        boolean name = i > 0 && !s.heading() && token.isCapitalized() && "PROPN".equals(token.tag());
        boolean passive = bounds.isPassive(s, i);
        for (TriggerIndex.Form form : forms) {
            int n = form.tokens().size();
            Trigger t = form.trigger();
            boolean afterSubject = t.pattern() != null && verbAfterSubject(s, i, n, mentions);
            // "pulled most of its warships back": a verb and its particle around the object
            int particle = form.matchesAt(s, i) ? -1 : splitParticle(s, i, form);
            if (particle > 0) {
                n = 1;
            }
            // "the army shot down 40 drones": a verb and its particle are a verb whatever the tagger read
            boolean phrasalVerb = !t.noun() && n >= 2 && cues.is(Cue.PARTICLE, form.tokens().get(1)) && form.matchesAt(s, i);
            if (!form.matchesAt(s, i) && particle < 0
                    || (t.noun() ? !s.mayBeNoun(i) || name : !s.mayBeVerb(i) && !afterSubject && !phrasalVerb)
                    || isParticle(token, t) // "get relations back on track"
                    || t.has("not-before-to") && s.lower(i + n).equals("to")) { // "seeks to maintain" is trying
                continue;
            }
            if (t.pattern() != null) {
                if (!afterSubject && IntStream.range(i, i + n).allMatch(k -> s.token(k).isNominal() && !s.lower(k).endsWith("s"))) {
                    continue; // PETRARCH codes verbs only: "an anti- Gondor parade" is none
                }
                PatternMatcher.Match match = patterns.match(s, i, i + n, t.pattern(), mentions, WINDOW);
                if (match != null) {
                    Hit hit = new Hit(i, i + n, -1, t, match);
                    patternOrder = patternOrder != null ? patternOrder : patternOrder(s);
                    if (pattern == null || patternOrder.compare(hit, pattern) > 0) {
                        pattern = hit;
                    }
                }
                continue;
            }
            if (t.objects().isEmpty() || particle > 0 && t.pattern() != null) {
                if (particle < 0) {
                    plain.add(new Hit(i, i + n, -1, t));
                }
                continue;
            }
            boolean found = false;
            int objectsEnd = particle > 0 ? particle : Math.min(clauseEnd, i + n + OBJECT_WINDOW);
            for (int o = i + n; o < objectsEnd; o++) {
                if (cues.is(Cue.MODAL, s.lower(o))) {
                    break; // "announced it would prohibit all aid": the object belongs to the next verb group
                }
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
                int ls = bounds.leftStart(s, i);
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
        // "state visit" is a noun; "heads of state urged" a past-tense verb whatever stands before it
        boolean pastVerb = "VERB".equals(token.tag()) && token.lower().endsWith("ed") && i > 0
                && "NOUN".equals(s.token(i - 1).tag());
        boolean nounContext = i > 0 && cues.is(Cue.NOUN_CONTEXT, s.lower(i - 1)) && !pastVerb;
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

    /** Whether token {@code o} is one of the object words that license {@code t}. */
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
     * Whether hit {@code h} is only part of what another trigger says: in the infinitive after an
     * earlier trigger of the clause ("invitation to visit China", "urged Xi to help revive talks"),
     * or after "in"/"on" and a gerund ("a role in restarting talks").
     */
    boolean isEmbedded(Sentence s, List<Hit> hits, int h) {
        Hit hit = hits.get(h);
        int i = hit.start();
        if (i >= 2 && s.lower(i - 1).endsWith("ing") && cues.is(Cue.GERUND_PREPOSITION, s.lower(i - 2))) {
            return true;
        }
        Token verb = s.token(i);
        if (i >= 1 && cues.is(Cue.COORDINATOR, s.lower(i - 1)) && !hit.trigger().noun() && !verb.lower().equals(verb.lemma())) {
            return false; // "had no right to interfere ... and accused Manila": a finite verb joined to the clause, not the infinitive
        }
        if (insideContentClause(s, hits, h)) {
            return true;
        }
        for (int g = h - 1; g >= 0; g--) {
            Hit earlier = hits.get(g);
            if (earlier.trigger().has("negates-next")) {
                continue;
            }
            boolean infinitive = false;
            // from the earlier form when its object lies past this trigger: "protested to demand reforms"
            // is licensed by "reforms"; "agreed to a ceasefire brokered by X" is not "to broker"
            int from = earlier.object() > i ? earlier.formEnd() : earlier.end();
            for (int k = from; k < i; k++) {
                if (bounds.isBoundary(s, k)) {
                    return false;
                }
                // "to" before a verb ("urged Xi to help"), not the preposition of "a threat to its sovereignty"
                if (s.lower(k).equals("to") && k + 1 < s.size() && !opensNounPhrase(s.token(k + 1))
                        || s.lower(k).equals("in") && s.lower(k + 1).endsWith("ing")) {
                    infinitive = true;
                }
            }
            return infinitive && i - from <= 12;
        }
        return false;
    }

    /**
     * Whether hit {@code h} is in the "that" clause of an earlier demand or allegation: what is asked or
     * alleged, not an event of its own ("demanded that Israel ease restrictions", "an allegation that
     * the rebels had taken over the city").
     */
    private boolean insideContentClause(Sentence s, List<Hit> hits, int h) {
        int i = hits.get(h).start();
        for (int g = h - 1; g >= 0; g--) {
            Hit earlier = hits.get(g);
            EventType type = earlier.trigger().type();
            int that = ClauseBounds.contentClause(s, earlier);
            if (that < 0 || that >= i || !(type == EventType.REQUEST || type == EventType.ACCUSE && earlier.trigger().noun())) {
                continue;
            }
            for (int k = that + 1; k < i; k++) {
                if (bounds.isBoundary(s, k)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean opensNounPhrase(Token token) {
        return token.tag() != null && OPENS_NOUN_PHRASE.contains(token.tag()); // untagged text: read as before
    }
}
