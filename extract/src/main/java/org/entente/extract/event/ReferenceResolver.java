package org.entente.extract.event;

import static org.entente.extract.event.ActorLists.countries;
import static org.entente.extract.event.ActorLists.key;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.NumberWords;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.model.actor.Actor;
import org.entente.model.actor.Countries;

/**
 * Turns a mention into the actors it stands for: "he" and "it" through the sentence and the
 * {@link Discourse}, "both nations" and "they" into the pair the text is about, "the military"
 * into the group of the country the sentence places it in. The one place where references are
 * resolved, so that every role reads them alike. Stateless.
 */
final class ReferenceResolver {
    private final Cues cues;

    /** A resolver reading speakers with the cue words of {@code cues}. */
    ReferenceResolver(Cues cues) {
        this.cues = cues;
    }

    /** The actors a mention stands for, resolving pronouns, pairs and group nouns without a country. */
    List<Actor> resolve(ActorMention m, Sentence s, List<ActorMention> mentions, Discourse d,
                                List<EventMention> earlier) {
        switch (m.kind()) {
            case PRONOUN -> {
                String p = m.reference();
                if (cues.is(Cue.PERSON_PRONOUN, p)) {
                    for (int k = mentions.indexOf(m) - 1; k >= 0; k--) {
                        if (mentions.get(k).kind() == Kind.PERSON) {
                            // "Spokeswoman X said she had demanded ...": placed as the person is
                            return List.of(placed(placedBefore(mentions.get(k).actor(), d), s, d));
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
                if (p.equals("they")) {
                    for (int k = mentions.indexOf(m) - 1; k > 0; k--) {
                        ActorMention second = mentions.get(k);
                        ActorMention first = mentions.get(k - 1);
                        // "China and Russia have blocked new steps since they vetoed ...": the pair just named
                        if (first.end() + 1 == second.start() && s.lower(first.end()).equals("and")
                                && isNamedSide(first) && isNamedSide(second)) {
                            return List.of(first.actor(), second.actor());
                        }
                    }
                    for (int k = mentions.indexOf(m) - 1; k >= 0; k--) {
                        ActorMention c = mentions.get(k);
                        // "the Revolutionary Guards announced that they would ...": one body with a plural name
                        if (c.actor() != null && c.actor().role() != null && c.kind() != Kind.PERSON && !c.locative()
                                && pluralName(s, c)) {
                            return List.of(c.actor());
                        }
                    }
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
                ActorMention organization = mentions.stream()
                        .filter(o -> o.end() == m.start() && o.kind() == Kind.ORGANIZATION && o.actor() != null)
                        .findFirst().orElse(null);
                if (organization != null) {
                    return List.of(organization.actor()); // "ECOWAS leaders": the organisation acting
                }
                ActorMention owner = mentions.stream()
                        .filter(o -> ownsGroup(s, o, m) && isPossessivePronoun(o) && !"their".equals(o.reference()))
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
                String country = placedAfter(s, m, mentions);
                if (country == null) {
                    country = speakerCountry(s, m, mentions, d, earlier);
                }
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
                if (m.actor() == null) {
                    return List.of();
                }
                Actor institution = m.actor().country() == null && m.actor().organization() == null
                        ? mentions.stream().filter(o -> o.end() == m.start() && !o.locative()
                                && (o.kind() == Kind.GOVERNMENT || o.kind() == Kind.ORGANIZATION || o.kind() == Kind.GROUP))
                        .flatMap(o -> resolve(o, s, mentions, d, earlier).stream()).findFirst().orElse(null) : null;
                if (institution != null && (institution.country() != null || institution.organization() != null)) {
                    // "a State Department spokesman, John Smith": the official of the institution before the title
                    if (institution.country() != null) {
                        d.personCountries.put(m.actor().name(), institution.country());
                    }
                    return List.of(new Actor(m.actor().name(), institution.country(), institution.organization(),
                            m.actor().role(), m.actor().id(), null));
                }
                return List.of(placed(m.actor(), s, d));
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
        if (known == null && d.countrySubject != null && d.countrySubjectSentence == s.index() - 1) {
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
        int sides = sides(m);
        if (sides > 2) {
            return parties(sides, earlier, d);
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            if (countries(earlier.get(k).target()).size() >= 2) {
                return earlier.get(k).target(); // "offered to mediate between A and B ... both countries": A and B
            }
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

    /** Whether {@code owner} ends right before {@code group} or before its modifiers ("its irrigation ministry"). */
    private static boolean ownsGroup(Sentence s, ActorMention owner, ActorMention group) {
        if (owner.end() > group.start() || group.start() - owner.end() > 2) {
            return false;
        }
        for (int k = owner.end(); k < group.start(); k++) {
            if (!s.token(k).isNominal() && !"ADJ".equals(s.token(k).tag())) {
                return false;
            }
        }
        return true;
    }

    /** How many sides a reference counts: three in "the three countries", else two. */
    private int sides(ActorMention m) {
        if (m.reference() == null || m.kind() != Kind.PAIR) {
            return 2;
        }
        String[] words = m.reference().split(" ");
        return words.length > 1 ? Math.max(2, NumberWords.valueOf(words[1])) : 2;
    }

    /** The parties of the latest event, this sentence's or earlier, with {@code sides} countries among them. */
    private static List<Actor> parties(int sides, List<EventMention> earlier, Discourse d) {
        List<EventMention> all = new ArrayList<>(d.history);
        all.addAll(earlier);
        for (int k = all.size() - 1; k >= 0; k--) {
            Map<String, Actor> byCountry = new LinkedHashMap<>();
            for (Actor a : all.get(k).source()) {
                byCountry.putIfAbsent(key(a), a);
            }
            for (Actor a : all.get(k).target()) {
                byCountry.putIfAbsent(key(a), a);
            }
            byCountry.remove(null);
            if (byCountry.size() == sides) {
                return new ArrayList<>(byCountry.values());
            }
        }
        return List.of();
    }

    /** "Seoul's spokeswoman said the military had ...": a group nobody places in reported speech is the speaker's. */
    private String speakerCountry(Sentence s, ActorMention group, List<ActorMention> mentions, Discourse d,
                                  List<EventMention> earlier) {
        int said = -1;
        for (int k = group.start() - 1; k >= Math.max(0, group.start() - 4) && said < 0; k--) {
            if (cues.is(Cue.SPEECH, s.lower(k))) {
                said = k;
            }
        }
        int at = said;
        // "presidential spokeswoman X said the military ...": the speaker as the text has placed them
        return at < 0 ? null : mentions.stream()
                .filter(m -> m.end() == at && m.isParticipant() && m.actor() != null && m.kind() != Kind.GROUP)
                .flatMap(m -> resolve(m, s, mentions, d, earlier).stream())
                .map(Actor::country).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** The country of the first place the sentence names as a location, or null. */
    /**
     * The country of a place that a preposition of place puts a group in, in its own noun phrase:
     * "cartel drug laboratories inside Mexico", "rebels in eastern Congo"; or null.
     */
    private String placedAfter(Sentence s, ActorMention group, List<ActorMention> mentions) {
        for (int k = group.end(); k < Math.min(s.size(), group.end() + 4); k++) {
            if (cues.is(Cue.LOCATIVE, s.lower(k))) {
                int at = k + 1;
                return mentions.stream().filter(m -> m.start() >= at && m.start() <= at + 2 && m.locative()
                                && m.place() != null && m.place().country() != null)
                        .findFirst().map(m -> m.place().country()).orElse(null);
            }
            if (!s.token(k).isNominal()) {
                return null;
            }
        }
        return null;
    }

    static String sentencePlaceCountry(List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.locative() && m.place() != null && m.place().country() != null) {
                return m.place().country();
            }
        }
        return null;
    }

    /**
     * Whether a mention names the parties after a preposition such as "between" ("matters between
     * China and the Philippines"), directly or as a later member of the list: neither a subject nor
     * what "it" stands for.
     */
    boolean namesParties(Sentence s, ActorMention m, List<ActorMention> mentions) {
        int p = m.start() - 1;
        if (p >= 0 && "DET".equals(s.token(p).tag())) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        if (cues.is(Cue.PARTIES_PREPOSITION, s.lower(p))) {
            return true;
        }
        if (cues.is(Cue.COORDINATOR, s.lower(p)) || s.lower(p).equals(",")) {
            int end = p;
            return mentions.stream().filter(o -> o.end() == end).findFirst()
                    .map(o -> namesParties(s, o, mentions)).orElse(false);
        }
        return false;
    }

    /** Whether a mention names a country or government that can act ("China", "Beijing"), not a place or a modifier. */
    private static boolean isNamedSide(ActorMention m) {
        return m.actor() != null && m.actor().country() != null && !m.locative() && !m.modifier()
                && (m.kind() == Kind.COUNTRY || m.kind() == Kind.GOVERNMENT);
    }

    /** Whether a mention's head is a plural noun ("troops", "Chinese refineries"; not "army" or "India"). */
    private static boolean isPlural(Sentence s, ActorMention m) {
        int h = m.end() - 1;
        // "Chinese refineries ... it": a modifier names what its noun is, and that noun is the head
        for (int k = m.end(); m.modifier() && k < Math.min(s.size(), m.end() + 3); k++) {
            if ("NOUN".equals(s.token(k).tag())) {
                h = k;
                if (k + 1 >= s.size() || !"NOUN".equals(s.token(k + 1).tag())) {
                    break;
                }
            }
        }
        Token head = s.token(h);
        String w = head.lower();
        // the lemmatizer leaves some plurals as they are ("troops"): a final s not of "-ss", "-us", "-is" is one
        return "NOUN".equals(head.tag()) && w.endsWith("s") && (!w.equals(head.lemma())
                || !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"));
    }

    /** Whether a mention's last word is a plural noun or name ("troops", "Revolutionary Guards"). */
    private static boolean pluralName(Sentence s, ActorMention m) {
        Token head = s.token(m.end() - 1);
        String w = head.lower();
        return ("NOUN".equals(head.tag()) || "PROPN".equals(head.tag())) && w.endsWith("s")
                && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /** "his counterpart", "their trade war": a possessive qualifies the noun after it; it is not the participant. */
    boolean isPossessivePronoun(ActorMention m) {
        return m.kind() == Kind.PRONOUN && cues.is(Cue.POSSESSIVE_PRONOUN, m.reference());
    }
}
