package org.entente.extract.actor;

import static org.entente.extract.actor.MentionContext.preferred;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.actor.Gazetteer.Match;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;

/**
 * Third stage: finds the actors, places and references in a sentence. It combines gazetteer hits
 * into larger mentions: a nationality, a title and a name make a person ("Canadian Prime Minister
 * Mark Carney", "Japan's new Prime Minister, Sanae Takaichi") with no list needed; a nationality and
 * a group noun make a group ("North Korea's state media"); a nationality, "company" and a name make
 * a company. Surnames and descriptions ("the South Korean president") resolve through the article's
 * {@link PersonRegistry}. One finder per article; not thread-safe (the registry learns as it goes).
 *
 * <p>The finder only scans and dispatches: references ({@link ReferenceFinder}), people
 * ({@link PersonFinder}), organisations ({@link OrganizationFinder}), nationalities
 * ({@link NationalityFinder}), groups ({@link GroupFinder}) and places ({@link PlaceNameFinder}) read
 * the mention at a token; {@link CompoundAgents} and {@link DictionaryCodes} then rework the
 * sentence's mentions as a whole.
 */
public final class ActorFinder {
    private final MentionContext context;
    private final ReferenceFinder references;
    private final PersonFinder persons;
    private final OrganizationFinder organizations;
    private final NationalityFinder nationalities;
    private final GroupFinder groups;
    private final PlaceNameFinder places;
    private final DictionaryCodes dictionaryCodes;

    /**
     * A finder for one article.
     *
     * @param knowledge the knowledge base
     * @param people    the article's person registry
     * @param date      the article's date, for office holders' tenures; may be null
     * @param salience  how often the article names each country, to resolve shared demonyms ("Korean")
     */
    public ActorFinder(ActorKnowledge knowledge, PersonRegistry people, LocalDate date, DocumentSalience salience) {
        this.context = new MentionContext(knowledge, people, date, salience);
        this.persons = new PersonFinder(context);
        this.references = new ReferenceFinder(context, persons);
        this.organizations = new OrganizationFinder(context);
        this.nationalities = new NationalityFinder(context);
        this.groups = new GroupFinder(context);
        this.places = new PlaceNameFinder(context, nationalities);
        this.dictionaryCodes = new DictionaryCodes(context);
    }

    /** The mentions in {@code sentence}, in text order, without overlaps. */
    public List<ActorMention> find(Sentence sentence) {
        List<ActorMention> mentions = new ArrayList<>();
        int n = sentence.size();
        int i = 0;
        while (i < n) {
            int next = mentionAt(sentence, i, mentions);
            i = next > i ? next : i + 1;
        }
        organizations.nameOrganizationOfficials(sentence, mentions);
        CompoundAgents.joinCompoundAgents(mentions);
        CompoundAgents.shareAgentNoun(sentence, mentions);
        if (context.knowledge.gazetteer().hasDictionaryCodes()) {
            dictionaryCodes.compose(sentence, mentions);
        }
        return mentions;
    }

    /** Adds the mention starting at token {@code i}, if any, and returns the token after it. */
    private int mentionAt(Sentence s, int i, List<ActorMention> out) {
        int body = organizations.bodyAt(s, i, out); // "the council" after "the UN Security Council"
        if (body > i) {
            return body;
        }
        if (references.isPronoun(s, i)) {
            return references.pronounAt(s, i, out);
        }
        int pair = references.pairAt(s, i, out);
        if (pair > i) {
            return pair;
        }
        int modifier = nationalities.countryModifierAt(s, i, out); // "U.S.-drafted", "anti-American"
        if (modifier > i) {
            return modifier;
        }
        int person = persons.personAt(s, i, out);
        if (person > i) {
            return person;
        }
        Match match = context.longestAt(s, i);
        if (match != null && preferred(match).kind() == Entry.Kind.COMPANY && !s.heading() && i + match.length() < s.size()
                && s.token(i + match.length()).isCapitalized() && s.token(i + match.length()).isWord()) {
            // "Korean Air Defense Identification Zone": the company name is part of a longer name
            match = match.length() > 1 ? context.knowledge.gazetteer().longestAt(s, i, context.date, match.length() - 1) : null;
        }
        if (match == null) {
            persons.surnameAt(s, i, out);
            return i + 1;
        }
        Entry entry = preferred(match);
        int end = i + match.length();
        switch (entry.kind()) {
            case COUNTRY, DEMONYM -> {
                return nationalities.countryAt(s, i, match, entry, out);
            }
            case CAPITAL, METONYM -> {
                return places.seatAt(s, i, match, entry, out);
            }
            case ORGANIZATION -> {
                organizations.organizationAt(s, i, end, entry, out);
                return end;
            }
            case PERSON -> {
                persons.knownPerson(s, i, end, entry, out);
                return end;
            }
            case COMPANY -> {
                out.add(context.participant(s, i, end, Kind.COMPANY, new Actor(entry.name(), entry.country(), null, ActorRole.BUS, null, null), null, null));
                return end;
            }
            case PLACE -> {
                places.placeAt(i, end, entry, out);
                return end;
            }
            case GROUP -> {
                return groups.groupAt(s, i, end, entry, out);
            }
            default -> {
                return i + 1; // a title alone ("the president") is handled by personAt
            }
        }
    }
}
