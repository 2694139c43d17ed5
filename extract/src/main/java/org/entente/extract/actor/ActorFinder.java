package org.entente.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.actor.Gazetteer.Match;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.NumberWords;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.model.Place;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;
import org.entente.model.actor.Countries;

/**
 * Third stage: finds the actors, places and references in a sentence. It combines gazetteer hits
 * into larger mentions: a nationality, a title and a name make a person ("Canadian Prime Minister
 * Mark Carney", "Japan's new Prime Minister, Sanae Takaichi") with no list needed; a nationality and
 * a group noun make a group ("North Korea's state media"); a nationality, "company" and a name make
 * a company. Surnames and descriptions ("the South Korean president") resolve through the article's
 * {@link PersonRegistry}. One finder per article; not thread-safe (the registry learns as it goes).
 */
public final class ActorFinder {
    private static final Set<String> PAIR_FIRST = Set.of("both", "the", "all");
    /** A count of members written as one word before a body's noun ("the 15-member council"). */
    private static final Pattern MEMBER_COUNT = Pattern.compile("\\d+-[a-z]+");
    /** Nouns a country name modifies rather than names the actor: "the U.S. ally", "South Korea's economy". */

    private final ActorKnowledge knowledge;
    private final PersonRegistry people;
    private final LocalDate date;
    private final DocumentSalience salience;
    private final Cues cues;

    /**
     * A finder for one article.
     *
     * @param knowledge the knowledge base
     * @param people    the article's person registry
     * @param date      the article's date, for office holders' tenures; may be null
     * @param salience  how often the article names each country, to resolve shared demonyms ("Korean")
     */
    public ActorFinder(ActorKnowledge knowledge, PersonRegistry people, LocalDate date, DocumentSalience salience) {
        this.knowledge = knowledge;
        this.people = people;
        this.date = date;
        this.salience = salience;
        this.cues = knowledge.cues();
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
        nameOrganizationOfficials(sentence, mentions);
        joinCompoundAgents(mentions);
        shareAgentNoun(sentence, mentions);
        if (knowledge.gazetteer().hasDictionaryCodes()) {
            dictionaryCodes(sentence, mentions);
        }
        return mentions;
    }

    /**
     * "Turkish and Armenian special envoys": demonyms joined by "and" share the agent noun after them,
     * one group for each country, joined as a compound.
     */
    private static void shareAgentNoun(Sentence s, List<ActorMention> mentions) {
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

    /**
     * PETRARCH's codes for the mentions its dictionaries name, composed as PETRARCH composes them
     * within a noun phrase: the actor's code, then each agent's code not already part of it ("Gondor's
     * main opposition group": GON + ~MOP = GONMOP; "the Quibbler government newspaper": HGWGOVMED
     * + ~GOVMED stays HGWGOVMED), with a prefix agent's code before it ("MSF Arnor": NGO~ + ARN =
     * NGOARN), a prefix agent right before the mention joining it. A mention without a dictionary
     * actor of its own composes on its country's or organisation's code.
     */
    private void dictionaryCodes(Sentence s, List<ActorMention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention m = mentions.get(k);
            if (m.actor() == null) {
                continue;
            }
            int start = m.start();
            if (k > 0 && mentions.get(k - 1).end() == start && mentions.get(k - 1).actor() == null
                    && mentions.get(k - 1).kind() == Kind.GROUP && codedEntryAt(s, mentions.get(k - 1).start()) != null
                    && codedEntryAt(s, mentions.get(k - 1).start()).isPrefixAgent()) {
                start = mentions.get(k - 1).start();
            }
            String base = null;
            StringBuilder prefixes = new StringBuilder();
            List<String> agents = new ArrayList<>();
            boolean coded = false;
            for (int j = start; j < m.end(); ) {
                Match match = knowledge.gazetteer().longestAt(s, j, date);
                Entry entry = match == null ? null : codedEntry(match);
                if (entry == null) {
                    j++;
                    continue;
                }
                coded = true;
                if (entry.isPrefixAgent()) {
                    prefixes.append(entry.code(), 0, entry.code().length() - 1);
                } else if (entry.code().startsWith("~")) {
                    agents.add(entry.code().substring(1));
                } else if (base == null && (m.actor().country() == null || entry.code().contains(m.actor().country()))) {
                    base = entry.code();
                }
                j += match.length();
            }
            if (!coded) {
                continue;
            }
            Actor actor = m.actor();
            String code = base != null ? base : actor.country() != null ? actor.country()
                    : actor.organization() != null ? org.entente.model.actor.Organizations.get(actor.organization()).cameo()
                    : actor.code();
            for (String agent : agents) {
                if (!code.contains(agent)) {
                    code += agent;
                }
            }
            code = prefixes + code;
            if (start < m.start()) {
                mentions.remove(k - 1);
                k--;
            }
            Actor finer = actor;
            if (!code.equals(actor.code())) {
                try {
                    finer = actor.withCode(code);
                } catch (IllegalArgumentException e) {
                    finer = actor; // a code the model cannot hold (too long): the components stand
                }
            }
            mentions.set(k, new ActorMention(start, m.end(), m.kind(), finer, m.role(), m.place(), m.modifier(), m.locative(),
                    m.reference()));
        }
    }

    /** The dictionary entry with a code at token {@code i}, or null. */
    private Entry codedEntryAt(Sentence s, int i) {
        Match match = knowledge.gazetteer().longestAt(s, i, date);
        return match == null ? null : codedEntry(match);
    }

    private static Entry codedEntry(Match match) {
        Entry entry = preferred(match);
        if (entry.code() != null) {
            return entry;
        }
        return match.entries().stream().filter(e -> e.code() != null).findFirst().orElse(null);
    }

    /**
     * "Pakistan's military media wing": an agent noun with no country of its own right after a
     * named agent is the head of one compound noun, and belongs to that agent's country.
     */
    private static void joinCompoundAgents(List<ActorMention> mentions) {
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
     * "ASEAN's special envoy on Myanmar, former Philippine diplomat Ramon Villacorta": a person in
     * apposition to an unnamed official of an organisation is that official, and acts for the
     * organisation whatever their nationality, here and wherever the text names them again.
     */
    private void nameOrganizationOfficials(Sentence s, List<ActorMention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention official = mentions.get(k);
            if (official.kind() != Kind.PERSON || official.actor() == null || official.actor().organization() == null
                    || official.actor().country() != null || !isUnnamedOfficial(official.actor())) {
                continue;
            }
            int comma = official.end();
            while (comma < s.size() && comma - official.end() < 6 && !s.lower(comma).equals(",")) {
                comma++;
            }
            for (int b = k + 1; b < mentions.size(); b++) {
                ActorMention named = mentions.get(b);
                if (named.start() <= comma) {
                    continue;
                }
                if (named.kind() == Kind.PERSON && named.actor() != null && named.actor().country() != null
                        && named.start() - comma <= 4 && comma < s.size()) {
                    Actor member = people.joinOrganization(named.actor(), official.actor().organization());
                    mentions.set(b, new ActorMention(named.start(), named.end(), named.kind(), member, named.role(),
                            named.place(), named.modifier(), named.locative(), named.reference()));
                }
                break;
            }
        }
    }

    /** Adds the mention starting at token {@code i}, if any, and returns the token after it. */
    private int mentionAt(Sentence s, int i, List<ActorMention> out) {
        Token token = s.token(i);
        String lower = token.lower();
        if (lower.equals("the") && i + 1 < s.size() && !s.token(i + 1).isCapitalized()) {
            // "the council" after "the UN Security Council": the organisation the text named with that word
            Actor named = people.organizationCalled(s.lower(i + 1));
            if (named != null) {
                out.add(participant(s, i, i + 2, Kind.ORGANIZATION, named, null, null));
                return i + 2;
            }
            // "the 15-member council", "the powerful council": one describing word before that word
            boolean describing = "ADJ".equals(s.token(i + 1).tag()) || MEMBER_COUNT.matcher(s.lower(i + 1)).matches();
            named = describing && i + 2 < s.size() && !s.token(i + 2).isCapitalized()
                    ? people.organizationCalled(s.lower(i + 2)) : null;
            if (named != null) {
                out.add(participant(s, i, i + 3, Kind.ORGANIZATION, named, null, null));
                return i + 3;
            }
        }
        if (cues.is(Cue.PRONOUN, lower)) {
            int person = personAt(s, i, out); // "his Turkish counterpart, Hakan Fidan" is a person
            if (person > i) {
                return person;
            }
            out.add(new ActorMention(i, i + 1, Kind.PRONOUN, null, null, null, false, false, lower));
            return i + 1;
        }
        if (PAIR_FIRST.contains(lower)) {
            int len = pairLength(s, i);
            if (len > 0) {
                out.add(new ActorMention(i, i + len, Kind.PAIR, null, null, null, false, false, s.text(i, i + len).toLowerCase()));
                return i + len;
            }
        }
        int hyphen = lower.lastIndexOf('-');
        if (hyphen > 0 && cues.is(Cue.AGENT_PARTICIPLE, lower.substring(hyphen + 1))) {
            // "a U.S.-drafted resolution": the country behind the thing, named as its modifier
            String country = countryOfWord(token.text().substring(0, hyphen));
            if (country != null) {
                out.add(new ActorMention(i, i + 1, Kind.COUNTRY, Actor.of(Countries.get(country).name(), country, null),
                        null, null, true, false, null));
                return i + 1;
            }
        }
        if (lower.startsWith("anti-")) {
            String country = countryOfWord(token.text().substring(5));
            if (country != null) {
                out.add(new ActorMention(i, i + 1, Kind.ANTI, Actor.of(Countries.get(country).name(), country, null),
                        null, null, true, false, null));
                return i + 1;
            }
        }
        int person = personAt(s, i, out);
        if (person > i) {
            return person;
        }
        Match match = knowledge.gazetteer().longestAt(s, i, date);
        if (match != null && preferred(match).kind() == Entry.Kind.COMPANY && !s.heading() && i + match.length() < s.size()
                && s.token(i + match.length()).isCapitalized() && s.token(i + match.length()).isWord()) {
            // "Korean Air Defense Identification Zone": the company name is part of a longer name
            match = match.length() > 1 ? knowledge.gazetteer().longestAt(s, i, date, match.length() - 1) : null;
        }
        if (match == null) {
            Actor bySurname = token.isCapitalized() && token.isWord() && !isFunctionWord(lower)
                    ? people.bySurname(token.text()) : null;
            if (bySurname != null) {
                out.add(participant(s, i, i + 1, Kind.PERSON, bySurname, null, null));
                return i + 1;
            }
            return i + 1;
        }
        Entry entry = preferred(match);
        int end = i + match.length();
        switch (entry.kind()) {
            case COUNTRY, DEMONYM -> {
                String country = entry.country() != null ? entry.country() : salience.choose(entry.countries());
                if (country == null) {
                    return end;
                }
                int after = nationalityPhrase(s, i, end, country, entry.kind() == Entry.Kind.DEMONYM, out);
                if (after == end && entry.from() == null && entry.to() == null) {
                    // A dictionary phrase for several actors at once (PETRARCH's "THE_SHIRE [FRO/BIL/SAM]")
                    match.entries().stream().filter(e -> e != entry && e.kind() == Entry.Kind.COUNTRY && e.name().equals(entry.name())
                                    && e.country() != null && !e.country().equals(country) && e.from() == null && e.to() == null)
                            .map(Entry::country).distinct()
                            .forEach(c -> out.add(participant(s, i, end, Kind.COUNTRY, Actor.of(Countries.get(c).name(), c, null),
                                    null, null)));
                }
                return after;
            }
            case CAPITAL, METONYM -> {
                // a capital a knowledge file lists as an organisation's seat acts for it, where it is
                // no place: "Brussels urged Serbia" is the EU; "talks in Brussels" stay in Belgium
                Entry seat = entry.kind() == Entry.Kind.CAPITAL && !(i > 0 && cues.is(Cue.LOCATIVE, s.lower(i - 1)))
                        ? match.entries().stream().filter(e -> e.kind() == Entry.Kind.METONYM && e.organization() != null)
                                .findFirst().orElse(null) : null;
                Entry acting = seat != null ? seat : entry;
                Actor actor = new Actor(acting.name(), acting.country(), acting.organization(),
                        acting.organization() != null ? acting.role() : acting.role() == null ? ActorRole.GOV : acting.role(), null, null);
                Place place = entry.kind() == Entry.Kind.CAPITAL
                        ? new Place(entry.name(), entry.country(), entry.lat(), entry.lon()) : null;
                int after = groupAfterNationality(s, i, end, entry.country(), out);
                if (after > end) {
                    return after;
                }
                out.add(participant(s, i, end, Kind.GOVERNMENT, actor, null, place));
                return end;
            }
            case ORGANIZATION -> {
                Actor organization = Actor.ofOrganization(entry.name(), entry.organization());
                people.rememberOrganization(organization, s.text(i, end));
                out.add(participant(s, i, end, Kind.ORGANIZATION, organization, null, null));
                return end;
            }
            case PERSON -> {
                out.add(participant(s, i, end, Kind.PERSON, people.remember(entry), null, null));
                return end;
            }
            case COMPANY -> {
                out.add(participant(s, i, end, Kind.COMPANY, new Actor(entry.name(), entry.country(), null, ActorRole.BUS, null, null), null, null));
                return end;
            }
            case PLACE -> {
                out.add(new ActorMention(i, end, Kind.PLACE, null, null,
                        new Place(entry.name(), entry.country(), entry.lat(), entry.lon()), false, true, null));
                return end;
            }
            case GROUP -> {
                if (entry.code() == null && end < s.size() && "ADJ".equals(s.token(end - 1).tag())
                        && ("NOUN".equals(s.token(end).tag()) || "ADJ".equals(s.token(end).tag()))) {
                    return end; // "his first official visit": an adjective, not the officials
                }
                int after = groupFollowedByCountries(s, i, end, entry, out);
                if (after > end) {
                    return after;
                }
                out.add(participant(s, i, end, Kind.GROUP, unattachedAgent(s, i, end, entry), entry.role(), null));
                return end;
            }
            default -> {
                return i + 1; // a title alone ("the president") is handled by personAt
            }
        }
    }

    /**
     * A PETRARCH agent that no actor names ("a senior official said"): PETRARCH codes it with "---"
     * for the country ({@code ---GOV}), where Entente's own group nouns take their country from the
     * context. Null for Entente's group nouns and for agents without a role.
     */
    private static Actor unattachedAgent(Sentence s, int i, int end, Entry entry) {
        if (entry.code() == null || !entry.code().startsWith("~") || entry.role() == null) {
            return null;
        }
        return new Actor(s.text(i, end), null, null, entry.role(), null, "---" + entry.code().substring(1));
    }

    /** A country or demonym at [i, end): possibly the start of a longer mention. */
    private int nationalityPhrase(Sentence s, int i, int end, String country, boolean demonym, List<ActorMention> out) {
        int company = companyAfterNationality(s, end, country, out, i);
        if (company > end) {
            return company;
        }
        // "China and South Korea leaders": countries joined by "and" that share a group noun.
        int after = groupAfterNationality(s, i, end, country, out);
        if (after > end) {
            return after;
        }
        if (cues.is(Cue.EPITHET, s.lower(end))) {
            return end + 1; // "the U.S. ally" names someone else, by a relation to the U.S.
        }
        Actor actor = Actor.of(Countries.get(country).name(), country, null);
        Place place = new Place(Countries.get(country).name(), country, null, null);
        ActorMention mention = participant(s, i, end, Kind.COUNTRY, actor, null, place);
        if (demonym && !isPeople(s, i, end) || isModifierPosition(s, end)) {
            mention = mention.asModifier();
        }
        out.add(mention);
        return end;
    }

    /** "North Korea's state media", "Chinese military", "the Chinese government": nationality + group noun. */
    private int groupAfterNationality(Sentence s, int i, int end, String country, List<ActorMention> out) {
        if (country == null) {
            return end;
        }
        int j = end;
        if (s.lower(j).equals("'s")) {
            j++;
        }
        while (j < s.size() && cues.is(Cue.TITLE_MODIFIER, s.lower(j))) {
            j++;
        }
        if (j >= s.size()) {
            return end;
        }
        Match match = knowledge.gazetteer().longestAt(s, j, date);
        if (match == null && j > end) {
            // "Ithilen's awful and evil minister": adjectives the list above does not know
            int k = j;
            while (k < s.size() && ("ADJ".equals(s.token(k).tag()) || s.lower(k).equals("and") && k > j)) {
                k++;
            }
            match = k > j && k < s.size() && !s.lower(k - 1).equals("and") ? knowledge.gazetteer().longestAt(s, k, date) : null;
            if (match != null && preferred(match).kind() == Entry.Kind.GROUP) {
                j = k;
            }
        }
        if (match != null && preferred(match).kind() == Entry.Kind.GROUP) {
            Entry group = preferred(match);
            Actor actor = new Actor(Countries.get(country).name() + " " + group.name(), country, null, group.role(), null, null);
            // Earlier countries in a list share the group noun: "China and South Korea leaders".
            shareGroupWithPrecedingList(s, i, group, out);
            int groupEnd = nameAfterOffice(s, j + match.length(), group);
            out.add(participant(s, i, groupEnd, Kind.GROUP, actor, group.role(), null));
            // "Danish media and government": a group noun joined to it shares the nationality
            if (s.lower(groupEnd).equals("and") && groupEnd + 1 < s.size()) {
                Match next = knowledge.gazetteer().longestAt(s, groupEnd + 1, date);
                if (next != null && preferred(next).kind() == Entry.Kind.GROUP) {
                    Entry second = preferred(next);
                    int secondEnd = groupEnd + 1 + next.length();
                    out.add(participant(s, groupEnd + 1, secondEnd, Kind.GROUP,
                            new Actor(Countries.get(country).name() + " " + second.name(), country, null, second.role(), null, null),
                            second.role(), null));
                    return secondEnd;
                }
            }
            return groupEnd;
        }
        return end;
    }

    /**
     * After a nationality and an office ("Bree prime minister"), the office holder's name when a
     * dictionary knows it only by a code of its own ("Romendacil [BRE]"): the name is part of the
     * mention, which keeps the office's country and role. Returns the end of the mention.
     */
    private int nameAfterOffice(Sentence s, int end, Entry group) {
        if (group.role() != ActorRole.GOV || end >= s.size() || !s.token(end).isCapitalized()) {
            return end;
        }
        Match name = knowledge.gazetteer().longestAt(s, end, date);
        if (name == null || name.length() != 1) {
            return end;
        }
        Entry entry = preferred(name);
        boolean named = (entry.kind() == Entry.Kind.COUNTRY || entry.kind() == Entry.Kind.METONYM
                || entry.kind() == Entry.Kind.PERSON) && entry.organization() == null;
        String next = s.lower(end + 1);
        return named && !next.equals("and") && !next.equals(",") && !next.equals("'s") ? end + 1 : end;
    }

    private void shareGroupWithPrecedingList(Sentence s, int i, Entry group, List<ActorMention> out) {
        int k = out.size() - 1;
        int expect = i - 1;
        while (k >= 0 && expect >= 0 && (s.lower(expect).equals("and") || s.lower(expect).equals(","))) {
            ActorMention previous = out.get(k);
            if (previous.end() != expect || previous.kind() != Kind.COUNTRY) {
                return;
            }
            String country = previous.actor().country();
            out.set(k, new ActorMention(previous.start(), previous.end(), Kind.GROUP,
                    new Actor(Countries.get(country).name() + " " + group.name(), country, null, group.role(), null, null),
                    group.role(), null, false, false, null));
            expect = previous.start() - 1;
            k--;
        }
    }

    /** "the South Korean company Hanwha Ocean": nationality + company noun + name, learnt without a list. */
    private int companyAfterNationality(Sentence s, int end, String country, List<ActorMention> out, int start) {
        int j = end;
        while (j < s.size() && cues.is(Cue.TITLE_MODIFIER, s.lower(j))) {
            j++;
        }
        if (j >= s.size() || !cues.is(Cue.COMPANY_NOUN, s.lower(j))) {
            return end;
        }
        int nameEnd = nameEnd(s, j + 1);
        if (nameEnd == j + 1) {
            return end;
        }
        Actor company = new Actor(s.text(j + 1, nameEnd), country, null, ActorRole.BUS, null, null);
        out.add(participant(s, start, nameEnd, Kind.COMPANY, company, null, null));
        return nameEnd;
    }

    /** "leaders from Russia and North Korea", "lawmakers in Fornost": a group noun followed by the countries it belongs to. */
    private int groupFollowedByCountries(Sentence s, int i, int end, Entry group, List<ActorMention> out) {
        if (!(s.lower(end).equals("from") || s.lower(end).equals("of") || s.lower(end).equals("in"))) {
            return end;
        }
        int j = end + 1;
        List<String> countries = new ArrayList<>();
        int last = end;
        while (j < s.size()) {
            if (s.lower(j).equals("the")) {
                j++;
                continue;
            }
            Match match = knowledge.gazetteer().longestAt(s, j, date);
            Entry entry = match == null ? null : preferred(match);
            String country = entry == null ? null : switch (entry.kind()) {
                case COUNTRY, COMPANY -> entry.country();
                case DEMONYM -> entry.country() != null ? entry.country() : salience.choose(entry.countries());
                default -> null;
            };
            if (country == null) {
                break;
            }
            countries.add(country);
            j += match.length();
            last = j;
            if (s.lower(j).equals("and") || s.lower(j).equals(",")) {
                j++;
            } else {
                break;
            }
        }
        if (countries.isEmpty()) {
            return end;
        }
        // "Lawmakers and officials in Fornost and Gondor": a dictionary's agent joined to this one shares its countries
        ActorMention before = out.isEmpty() ? null : out.get(out.size() - 1);
        if (before != null && group.code() != null && before.kind() == Kind.GROUP && before.role() != null && i > 0
                && before.end() == i - 1 && s.lower(i - 1).equals("and") && (before.actor() == null
                || before.actor().country() == null && before.actor().organization() == null)) {
            out.remove(out.size() - 1);
            String name = s.text(before.start(), before.end());
            for (String country : countries) {
                out.add(new ActorMention(before.start(), before.end(), Kind.GROUP,
                        new Actor(Countries.get(country).name() + " " + name, country, null, before.role(), null, null),
                        before.role(), null, false, false, null));
            }
        }
        for (String country : countries) {
            out.add(participant(s, i, last, Kind.GROUP,
                    new Actor(Countries.get(country).name() + " " + group.name(), country, null, group.role(), null, null),
                    group.role(), null));
        }
        return last;
    }

    /**
     * A person introduced or described by title: [the|his|her] [nationality ['s]] [adjectives]
     * title [,] [Name]. Returns the token after the mention, or {@code i} if there is none.
     */
    private int personAt(Sentence s, int i, List<ActorMention> out) {
        int j = i;
        if (Set.of("the", "his", "her", "their", "its").contains(s.lower(j))) {
            j++;
        }
        String country = null;
        org.entente.model.actor.Organization organization = null;
        if (j < s.size()) {
            Match nationality = knowledge.gazetteer().longestAt(s, j, date);
            Entry entry = nationality == null ? null : preferred(nationality);
            if (entry != null && (entry.kind() == Entry.Kind.COUNTRY || entry.kind() == Entry.Kind.DEMONYM)) {
                country = entry.country() != null ? entry.country() : salience.choose(entry.countries());
                j += nationality.length();
                if (s.lower(j).equals("'s")) {
                    j++;
                }
            } else if (entry != null && entry.kind() == Entry.Kind.ORGANIZATION) {
                // "ASEAN's special envoy", "the UN envoy": an official acts for the organisation
                organization = org.entente.model.actor.Organizations.find(entry.organization()).orElse(null);
                j += nationality.length();
                if (s.lower(j).equals("'s")) {
                    j++;
                }
            } else if (entry == null && s.token(j).text().equals(s.token(j).text().toUpperCase(java.util.Locale.ROOT))
                    && isTitleAt(s, j + 1)) {
                // "AU chair Youssouf": a code too ambiguous to stand alone ("AU") is the organisation before a title
                organization = org.entente.model.actor.Organizations.find(s.token(j).text()).orElse(null);
                j += organization != null ? 1 : 0;
            }
        }
        while (j < s.size() && cues.is(Cue.TITLE_MODIFIER, s.lower(j)) && !s.lower(j).equals("the")) {
            j++;
        }
        if (country != null) {
            j = skipInstitution(s, j); // "French National Assembly president Laurent Fabius"
        }
        String title = null;
        while (j < s.size()) {
            Match match = knowledge.gazetteer().longestAt(s, j, date);
            if (match == null || match.entries().stream().noneMatch(e -> e.kind() == Entry.Kind.TITLE)) {
                break;
            }
            Entry t = match.entries().stream().filter(e -> e.kind() == Entry.Kind.TITLE).findFirst().orElseThrow();
            title = String.join(" ", t.tokens());
            j += match.length();
        }
        if (title == null) {
            return i;
        }
        if (organization != null) {
            return organizationMember(s, i, j, organization, title, out);
        }
        ActorRole role = knowledge.title(title) != null ? knowledge.title(title).role() : ActorRole.GOV;
        int nameStart = s.lower(j).equals(",") ? j + 1 : j;
        int nameEnd = nameEnd(s, nameStart);
        if (nameEnd > nameStart) {
            String name = s.text(nameStart, nameEnd);
            Match known = knowledge.gazetteer().longestAt(s, nameStart, date);
            Actor actor;
            if (known != null && preferred(known).kind() == Entry.Kind.PERSON && nameStart + known.length() == nameEnd) {
                actor = people.remember(preferred(known));
            } else {
                actor = people.introduce(name, country, title, role);
            }
            out.add(participant(s, i, nameEnd, Kind.PERSON, actor, null, null));
            return nameEnd;
        }
        if (country != null) {
            Actor described = people.byDescription(country, title);
            if (described == null) {
                described = new Actor(Countries.get(country).name() + " " + title, country, null, role, null, null);
            }
            out.add(participant(s, i, j, Kind.PERSON, described, null, null));
            return j;
        }
        return i;
    }

    /** Whether an organisation's official is known only by office ("Association of Southeast Asian Nations special envoy"). */
    private static boolean isUnnamedOfficial(Actor official) {
        return org.entente.model.actor.Organizations.find(official.organization())
                .map(o -> official.name().startsWith(o.name() + " ")).orElse(false);
    }

    /** An organisation's official by title, with a name after it (skipping an apposition) or without. */
    private boolean isTitleAt(Sentence s, int j) {
        Match match = j < s.size() ? knowledge.gazetteer().longestAt(s, j, date) : null;
        return match != null && match.entries().stream().anyMatch(e -> e.kind() == Entry.Kind.TITLE);
    }

    private int organizationMember(Sentence s, int i, int j, org.entente.model.actor.Organization organization, String title,
                                   List<ActorMention> out) {
        int nameStart = s.lower(j).equals(",") ? j + 1 : j;
        int nameEnd = nameEnd(s, nameStart);
        Actor actor;
        int end;
        if (nameEnd > nameStart) {
            actor = people.introduceMember(s.text(nameStart, nameEnd), organization.code(), title);
            end = nameEnd;
        } else {
            actor = Actor.ofOrganization(organization.name() + " " + title, organization.code());
            end = j;
        }
        out.add(participant(s, i, end, Kind.PERSON, actor, null, null));
        return end;
    }

    /** Up to three capitalised words naming an institution before a lower-case title, or {@code j} unchanged. */
    private int skipInstitution(Sentence s, int j) {
        int k = j;
        while (k < s.size() && k - j < 3 && s.token(k).isCapitalized() && s.token(k).isWord()
                && isInstitutionWord(knowledge.gazetteer().longestAt(s, k, date))) {
            k++;
        }
        if (k > j && k < s.size() && !s.token(k).isCapitalized()) {
            Match title = knowledge.gazetteer().longestAt(s, k, date);
            if (title != null && title.entries().stream().anyMatch(e -> e.kind() == Entry.Kind.TITLE)) {
                return k;
            }
        }
        return j;
    }

    /** Whether a capitalised word can be part of an institution's name: unknown, or a body such as "Senate". */
    private static boolean isInstitutionWord(Match match) {
        return match == null || match.entries().stream().allMatch(e -> e.kind() == Entry.Kind.GROUP);
    }

    /** The end of a personal or company name starting at {@code j}: up to four capitalised words. */
    private int nameEnd(Sentence s, int j) {
        int k = j;
        while (k < s.size() && k - j < 4) {
            Token t = s.token(k);
            if (!t.isCapitalized() || !t.isWord() || t.text().contains(".") && t.text().length() <= 4) {
                break;
            }
            Match match = knowledge.gazetteer().longestAt(s, k, date);
            if (match != null && match.entries().stream().anyMatch(e -> e.kind() != Entry.Kind.PERSON
                    && e.kind() != Entry.Kind.COMPANY)) {
                break;
            }
            k++;
        }
        return k;
    }

    /** "both nations", "the two leaders", "the three countries", "all four governments": returns its length in tokens, or 0. */
    private int pairLength(Sentence s, int i) {
        boolean counted = s.lower(i).equals("the") || s.lower(i).equals("all");
        int head = s.lower(i).equals("both") ? i + 1
                : counted && NumberWords.valueOf(s.lower(i + 1)) >= 2 ? i + 2 : -1;
        if (head < 0) {
            return 0;
        }
        if (!cues.is(Cue.PAIR_NOUN, s.lower(head)) && cues.is(Cue.PAIR_NOUN, s.lower(head + 1))) {
            head++; // "the two chief negotiators", "both foreign ministers"
        }
        return cues.is(Cue.PAIR_NOUN, s.lower(head)) ? head + 1 - i : 0;
    }

    private ActorMention participant(Sentence s, int start, int end, Kind kind, Actor actor, ActorRole role, Place place) {
        boolean locative = start > 0 && cues.is(Cue.LOCATIVE, s.lower(start - 1));
        if (start > 1 && s.lower(start - 1).equals("the") && cues.is(Cue.LOCATIVE, s.lower(start - 2))) {
            // "in the United States", "outside the Chinese embassy": a place; "with the Chinese" is not
            locative = kind == Kind.COUNTRY || kind == Kind.GOVERNMENT || kind == Kind.GROUP;
        }
        boolean modifier = isModifierPosition(s, end) && kind != Kind.PERSON && kind != Kind.GROUP && kind != Kind.COMPANY;
        return new ActorMention(start, end, kind, actor, role, place, modifier, locative, null);
    }

    /** "Palestinians blamed ...": a plural demonym that heads its phrase names the people, who can act. */
    private static boolean isPeople(Sentence s, int start, int end) {
        return end - start == 1 && s.lower(start).endsWith("s") && (end >= s.size()
                || !s.token(end).isNominal() && !"ADJ".equals(s.token(end).tag()));
    }

    /** Whether a name ending before token {@code end} modifies what follows: "'s", or a head noun. */
    private boolean isModifierPosition(Sentence s, int end) {
        return s.lower(end).equals("'s") || cues.is(Cue.POSSESSED_NOUN, s.lower(end));
    }

    private String countryOfWord(String word) {
        Sentence one = new Sentence(0, 0, word.length(), word, List.of(Token.of(word, 0)), 0, false);
        Match match = knowledge.gazetteer().longestAt(one, 0, date, 1);
        if (match == null) {
            return null;
        }
        for (Entry entry : match.entries()) {
            if (entry.kind() == Entry.Kind.COUNTRY || entry.kind() == Entry.Kind.DEMONYM) {
                return entry.country() != null ? entry.country() : salience.choose(entry.countries());
            }
        }
        return null;
    }

    private static Entry preferred(Match match) {
        List<Entry> all = match.entries();
        if (all.size() == 1) {
            return all.get(0);
        }
        // A dictionary's code for a phrase that holds on the article's date overrides the phrase's
        // undated default (PETRARCH's "GOLLUM [HOB] [HOBGOV 950601-990815]").
        List<Entry> dated = all.stream().filter(e -> (e.from() != null || e.to() != null)
                && all.stream().anyMatch(u -> u.from() == null && u.to() == null && u.name().equals(e.name()))).toList();
        if (!dated.isEmpty()) {
            return dated.get(0); // the first restriction that holds, as the dictionary lists them
        }
        // A phrase can be several things ("Georgia"); prefer what acts: countries, then the rest in kind order.
        return all.stream().min((a, b) -> Integer.compare(a.kind().ordinal(), b.kind().ordinal())).orElseThrow();
    }

    private boolean isFunctionWord(String lower) {
        return cues.is(Cue.FUNCTION_WORD, lower);
    }
}
