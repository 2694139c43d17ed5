package org.entente.extract.actor;

import static org.entente.extract.actor.MentionContext.preferred;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.actor.Gazetteer.Match;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;
import org.entente.model.actor.Countries;

/**
 * Group nouns that start a mention ("officials", "lawmakers", "a senior official"): alone, they
 * take their country from the context later; followed by the countries they belong to ("leaders
 * from Russia and North Korea"), they make one group for each country. A group noun after a
 * nationality is read by the {@link NationalityFinder} instead.
 */
final class GroupFinder {
    private final MentionContext context;

    GroupFinder(MentionContext context) {
        this.context = context;
    }

    /** A group noun {@code entry} at [i, end), possibly followed by its countries. Returns the token after the mention. */
    int groupAt(Sentence s, int i, int end, Entry entry, List<ActorMention> out) {
        if (entry.code() == null && end < s.size() && "ADJ".equals(s.token(end - 1).tag())
                && ("NOUN".equals(s.token(end).tag()) || "ADJ".equals(s.token(end).tag()))) {
            return end; // "his first official visit": an adjective, not the officials
        }
        int after = groupFollowedByCountries(s, i, end, entry, out);
        if (after > end) {
            return after;
        }
        out.add(context.participant(s, i, end, Kind.GROUP, unattachedAgent(s, i, end, entry), entry.role(), null));
        return end;
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

    /** "leaders from Russia and North Korea", "lawmakers in Fornost": a group noun followed by the countries it belongs to. */
    private int groupFollowedByCountries(Sentence s, int i, int end, Entry group, List<ActorMention> out) {
        if (!(s.lower(end).equals("from") || s.lower(end).equals("of") || s.lower(end).equals("in"))) {
            return end;
        }
        if (i > 0 && context.cues.is(Cue.POSSESSIVE_DETERMINER, s.lower(i - 1))) {
            return end; // "withdrew its forces from Togo": whose they are, "its" says; Togo is where they were
        }
        int j = end + 1;
        List<String> countries = new ArrayList<>();
        int last = end;
        while (j < s.size()) {
            if (s.lower(j).equals("the")) {
                j++;
                continue;
            }
            Match match = context.longestAt(s, j);
            Entry entry = match == null ? null : preferred(match);
            String country = entry == null ? null : switch (entry.kind()) {
                case COUNTRY, COMPANY -> entry.country();
                case DEMONYM -> context.countryOf(entry);
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
            out.add(context.participant(s, i, last, Kind.GROUP,
                    new Actor(Countries.get(country).name() + " " + group.name(), country, null, group.role(), null, null),
                    group.role(), null));
        }
        return last;
    }
}
