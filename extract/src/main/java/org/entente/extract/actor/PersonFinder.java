package org.entente.extract.actor;

import static org.entente.extract.actor.MentionContext.preferred;

import java.util.List;
import java.util.Locale;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.actor.Gazetteer.Match;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;
import org.entente.model.actor.Countries;
import org.entente.model.actor.Organization;
import org.entente.model.actor.Organizations;

/**
 * People: a person introduced or described by a title ("Canadian Prime Minister Mark Carney", "the
 * South Korean president", "ASEAN's special envoy"), a listed person, or a surname the article has
 * already introduced. Kept apart because it is the one part that teaches the {@link PersonRegistry}
 * whom later sentences name by surname or description.
 */
final class PersonFinder {
    private final MentionContext context;

    PersonFinder(MentionContext context) {
        this.context = context;
    }

    /**
     * A person introduced or described by title: [the|his|her] [nationality ['s]] [adjectives]
     * title [,] [Name]. Returns the token after the mention, or {@code i} if there is none.
     */
    int personAt(Sentence s, int i, List<ActorMention> out) {
        int j = i;
        if (context.cues.is(Cue.TITLE_DETERMINER, s.lower(j))) {
            j++;
        }
        String country = null;
        Organization organization = null;
        if (j < s.size()) {
            Match nationality = context.longestAt(s, j);
            Entry entry = nationality == null ? null : preferred(nationality);
            if (entry != null && (entry.kind() == Entry.Kind.COUNTRY || entry.kind() == Entry.Kind.DEMONYM)) {
                country = context.countryOf(entry);
                j += nationality.length();
                if (s.lower(j).equals("'s")) {
                    j++;
                }
            } else if (entry != null && entry.kind() == Entry.Kind.ORGANIZATION) {
                // "ASEAN's special envoy", "the UN envoy": an official acts for the organisation
                organization = Organizations.find(entry.organization()).orElse(null);
                j += nationality.length();
                if (s.lower(j).equals("'s")) {
                    j++;
                }
            } else if (entry == null && s.token(j).text().equals(s.token(j).text().toUpperCase(Locale.ROOT))
                    && isTitleAt(s, j + 1)) {
                // "AU chair Youssouf": a code too ambiguous to stand alone ("AU") is the organisation before a title
                organization = Organizations.find(s.token(j).text()).orElse(null);
                j += organization != null ? 1 : 0;
            }
        }
        // a modifier that starts a title of its own stays: "the EU foreign policy chief"
        while (j < s.size() && context.cues.is(Cue.TITLE_MODIFIER, s.lower(j)) && !s.lower(j).equals("the") && !isTitleAt(s, j)) {
            j++;
        }
        if (country != null) {
            j = skipInstitution(s, j); // "French National Assembly president Laurent Fabius"
        }
        String title = null;
        while (j < s.size()) {
            Match match = context.longestAt(s, j);
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
        ActorRole role = context.knowledge.title(title) != null ? context.knowledge.title(title).role() : ActorRole.GOV;
        int nameStart = s.lower(j).equals(",") ? j + 1 : j;
        int nameEnd = context.nameEnd(s, nameStart);
        if (nameEnd > nameStart) {
            String name = s.text(nameStart, nameEnd);
            Match known = context.longestAt(s, nameStart);
            Actor actor;
            if (known != null && preferred(known).kind() == Entry.Kind.PERSON && nameStart + known.length() == nameEnd) {
                actor = context.people.remember(preferred(known));
            } else {
                actor = context.people.introduce(name, country, title, role);
            }
            out.add(context.participant(s, i, nameEnd, Kind.PERSON, actor, null, null));
            return nameEnd;
        }
        if (country != null) {
            Actor described = context.people.byDescription(country, title);
            if (described == null) {
                described = new Actor(Countries.get(country).name() + " " + title, country, null, role, null, null);
            }
            out.add(context.participant(s, i, j, Kind.PERSON, described, null, null));
            return j;
        }
        // a listed title that begins with its body's code ("the EU foreign policy chief"); a bare
        // "the ambassador" is nobody in particular
        Actor holder = Organizations.find(title.split(" ")[0].toUpperCase(Locale.ROOT)).isPresent()
                ? context.people.byTitle(title) : null;
        if (holder != null) {
            out.add(context.participant(s, i, j, Kind.PERSON, holder, null, null));
            return j;
        }
        return i;
    }

    /** A listed person at [i, end), remembered so that later sentences can name them by surname. */
    void knownPerson(Sentence s, int i, int end, Entry entry, List<ActorMention> out) {
        out.add(context.participant(s, i, end, Kind.PERSON, context.people.remember(entry), null, null));
    }

    /** A capitalised word at {@code i} that no list knows: the person the article introduced with that surname, if any. */
    void surnameAt(Sentence s, int i, List<ActorMention> out) {
        Token token = s.token(i);
        Actor bySurname = token.isCapitalized() && token.isWord() && !context.cues.is(Cue.FUNCTION_WORD, token.lower())
                ? context.people.bySurname(token.text()) : null;
        if (bySurname != null) {
            out.add(context.participant(s, i, i + 1, Kind.PERSON, bySurname, null, null));
        }
    }

    /** Whether a title starts at token {@code j}. */
    private boolean isTitleAt(Sentence s, int j) {
        Match match = j < s.size() ? context.longestAt(s, j) : null;
        return match != null && match.entries().stream().anyMatch(e -> e.kind() == Entry.Kind.TITLE);
    }

    /** An organisation's official by title, with a name after it (skipping an apposition) or without. */
    private int organizationMember(Sentence s, int i, int j, Organization organization, String title,
                                   List<ActorMention> out) {
        int nameStart = s.lower(j).equals(",") ? j + 1 : j;
        int nameEnd = context.nameEnd(s, nameStart);
        Actor actor;
        int end;
        if (nameEnd > nameStart) {
            actor = context.people.introduceMember(s.text(nameStart, nameEnd), organization.code(), title);
            end = nameEnd;
        } else {
            actor = Actor.ofOrganization(organization.name() + " " + title, organization.code());
            end = j;
        }
        out.add(context.participant(s, i, end, Kind.PERSON, actor, null, null));
        return end;
    }

    /** Up to three capitalised words naming an institution before a lower-case title, or {@code j} unchanged. */
    private int skipInstitution(Sentence s, int j) {
        int k = j;
        while (k < s.size() && k - j < 3 && s.token(k).isCapitalized() && s.token(k).isWord()
                && isInstitutionWord(context.longestAt(s, k))) {
            k++;
        }
        if (k > j && k < s.size() && !s.token(k).isCapitalized()) {
            Match title = context.longestAt(s, k);
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
}
