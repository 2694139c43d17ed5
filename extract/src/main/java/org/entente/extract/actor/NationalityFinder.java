package org.entente.extract.actor;

import static org.entente.extract.actor.MentionContext.preferred;

import java.util.List;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.actor.Gazetteer.Match;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.model.Place;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;
import org.entente.model.actor.Countries;

/**
 * Countries and demonyms, alone or composed with what follows them: a group noun ("North Korea's
 * state media", "China and South Korea leaders"), a company ("the South Korean company Hanwha
 * Ocean"), or a hyphenated word ("a U.S.-drafted resolution", "anti-American"). Kept apart because
 * these compositions make actors no list names, from a nationality and the words after it.
 */
final class NationalityFinder {
    private final MentionContext context;

    NationalityFinder(MentionContext context) {
        this.context = context;
    }

    /**
     * A country named as the modifier of one hyphenated word at token {@code i} ("U.S.-drafted",
     * "anti-American"). Returns the token after it, or {@code i} if there is none.
     */
    int countryModifierAt(Sentence s, int i, List<ActorMention> out) {
        Token token = s.token(i);
        String lower = token.lower();
        int hyphen = lower.lastIndexOf('-');
        if (hyphen > 0 && context.cues.is(Cue.AGENT_PARTICIPLE, lower.substring(hyphen + 1))) {
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
        return i;
    }

    /**
     * A country or demonym {@code entry} matched at [i, i + match length): the country, or the longer
     * mention it starts. Returns the token after the mention.
     */
    int countryAt(Sentence s, int i, Match match, Entry entry, List<ActorMention> out) {
        int end = i + match.length();
        String country = context.countryOf(entry);
        if (country == null) {
            return end;
        }
        int after = nationalityPhrase(s, i, end, country, entry.kind() == Entry.Kind.DEMONYM, out);
        if (after == end && entry.from() == null && entry.to() == null) {
            // A dictionary phrase for several actors at once (PETRARCH's "THE_SHIRE [FRO/BIL/SAM]")
            match.entries().stream().filter(e -> e != entry && e.kind() == Entry.Kind.COUNTRY && e.name().equals(entry.name())
                            && e.country() != null && !e.country().equals(country) && e.from() == null && e.to() == null)
                    .map(Entry::country).distinct()
                    .forEach(c -> out.add(context.participant(s, i, end, Kind.COUNTRY, Actor.of(Countries.get(c).name(), c, null),
                            null, null)));
        }
        return after;
    }

    /** "North Korea's state media", "Chinese military", "the Chinese government": nationality + group noun. */
    int groupAfterNationality(Sentence s, int i, int end, String country, List<ActorMention> out) {
        if (country == null) {
            return end;
        }
        int j = end;
        if (s.lower(j).equals("'s")) {
            j++;
        }
        while (j < s.size() && context.cues.is(Cue.TITLE_MODIFIER, s.lower(j))) {
            j++;
        }
        if (j >= s.size()) {
            return end;
        }
        Match match = context.longestAt(s, j);
        if (match == null && j > end) {
            // "Ithilen's awful and evil minister": adjectives the list above does not know; after "'s"
            // one name may stand for the party in office ("Nicaragua's Sandinista government")
            int k = j;
            boolean possessive = s.lower(end).equals("'s");
            while (k < s.size() && ("ADJ".equals(s.token(k).tag()) || s.lower(k).equals("and") && k > j
                    || k == j && possessive && "PROPN".equals(s.token(k).tag()))) {
                k++;
            }
            match = k > j && k < s.size() && !s.lower(k - 1).equals("and") ? context.longestAt(s, k) : null;
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
            out.add(context.participant(s, i, groupEnd, Kind.GROUP, actor, group.role(), null));
            // "Danish media and government": a group noun joined to it shares the nationality
            if (s.lower(groupEnd).equals("and") && groupEnd + 1 < s.size()) {
                Match next = context.longestAt(s, groupEnd + 1);
                if (next != null && preferred(next).kind() == Entry.Kind.GROUP) {
                    Entry second = preferred(next);
                    int secondEnd = groupEnd + 1 + next.length();
                    out.add(context.participant(s, groupEnd + 1, secondEnd, Kind.GROUP,
                            new Actor(Countries.get(country).name() + " " + second.name(), country, null, second.role(), null, null),
                            second.role(), null));
                    return secondEnd;
                }
            }
            return groupEnd;
        }
        return end;
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
        if (context.cues.is(Cue.EPITHET, s.lower(end))) {
            return end + 1; // "the U.S. ally" names someone else, by a relation to the U.S.
        }
        Actor actor = Actor.of(Countries.get(country).name(), country, null);
        Place place = new Place(Countries.get(country).name(), country, null, null);
        ActorMention mention = context.participant(s, i, end, Kind.COUNTRY, actor, null, place);
        if (demonym && !isPeople(s, i, end) || context.isModifierPosition(s, end)) {
            mention = mention.asModifier();
        }
        out.add(mention);
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
        Match name = context.longestAt(s, end);
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
        while (j < s.size() && context.cues.is(Cue.TITLE_MODIFIER, s.lower(j))) {
            j++;
        }
        if (j >= s.size() || !context.cues.is(Cue.COMPANY_NOUN, s.lower(j))) {
            return end;
        }
        int nameEnd = context.nameEnd(s, j + 1);
        if (nameEnd == j + 1) {
            return end;
        }
        Actor company = new Actor(s.text(j + 1, nameEnd), country, null, ActorRole.BUS, null, null);
        out.add(context.participant(s, start, nameEnd, Kind.COMPANY, company, null, null));
        return nameEnd;
    }

    /** "Palestinians blamed ...": a plural demonym that heads its phrase names the people, who can act. */
    private static boolean isPeople(Sentence s, int start, int end) {
        return end - start == 1 && s.lower(start).endsWith("s") && (end >= s.size()
                || !s.token(end).isNominal() && !"ADJ".equals(s.token(end).tag()));
    }

    /** The country a single word names as a country or demonym ("U.S." in "U.S.-drafted"), or null. */
    private String countryOfWord(String word) {
        Sentence one = new Sentence(0, 0, word.length(), word, List.of(Token.of(word, 0)), 0, false);
        Match match = context.knowledge.gazetteer().longestAt(one, 0, context.date, 1);
        if (match == null) {
            return null;
        }
        for (Entry entry : match.entries()) {
            if (entry.kind() == Entry.Kind.COUNTRY || entry.kind() == Entry.Kind.DEMONYM) {
                return context.countryOf(entry);
            }
        }
        return null;
    }
}
