package org.entente.extract.actor;

import java.util.List;
import java.util.regex.Pattern;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;
import org.entente.model.actor.Organizations;

/**
 * Organisations and their bodies: a named organisation ("the UN Security Council"), the body named
 * again by its head noun ("the council", "the 15-member council"), and the person in apposition to
 * an organisation's unnamed official, who then acts for it. Kept together because all three go
 * through what the {@link PersonRegistry} remembers of the article's organisations.
 */
final class OrganizationFinder {
    /** A count of members written as one word before a body's noun ("the 15-member council"). */
    private static final Pattern MEMBER_COUNT = Pattern.compile("\\d+-[a-z]+");

    private final MentionContext context;

    OrganizationFinder(MentionContext context) {
        this.context = context;
    }

    /**
     * A body the text has named, named again by its noun after "the" at token {@code i}. Returns the
     * token after the mention, or {@code i} if there is none.
     */
    int bodyAt(Sentence s, int i, List<ActorMention> out) {
        if (s.lower(i).equals("the") && i + 1 < s.size() && !s.token(i + 1).isCapitalized()) {
            // "the council" after "the UN Security Council": the organisation the text named with that word
            Actor named = context.people.organizationCalled(s.lower(i + 1));
            if (named != null) {
                out.add(context.participant(s, i, i + 2, Kind.ORGANIZATION, named, null, null));
                return i + 2;
            }
            // "the 15-member council", "the powerful council": one describing word before that word
            boolean describing = "ADJ".equals(s.token(i + 1).tag()) || MEMBER_COUNT.matcher(s.lower(i + 1)).matches();
            named = describing && i + 2 < s.size() && !s.token(i + 2).isCapitalized()
                    ? context.people.organizationCalled(s.lower(i + 2)) : null;
            if (named != null) {
                out.add(context.participant(s, i, i + 3, Kind.ORGANIZATION, named, null, null));
                return i + 3;
            }
        }
        return i;
    }

    /** A listed organisation at [i, end), remembered under the words that named it. */
    void organizationAt(Sentence s, int i, int end, Entry entry, List<ActorMention> out) {
        Actor organization = Actor.ofOrganization(entry.name(), entry.organization());
        context.people.rememberOrganization(organization, s.text(i, end));
        out.add(context.participant(s, i, end, Kind.ORGANIZATION, organization, null, null));
    }

    /**
     * "ASEAN's special envoy on Myanmar, former Philippine diplomat Ramon Villacorta": a person in
     * apposition to an unnamed official of an organisation is that official, and acts for the
     * organisation whatever their nationality, here and wherever the text names them again.
     */
    void nameOrganizationOfficials(Sentence s, List<ActorMention> mentions) {
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
                    Actor member = context.people.joinOrganization(named.actor(), official.actor().organization());
                    mentions.set(b, new ActorMention(named.start(), named.end(), named.kind(), member, named.role(),
                            named.place(), named.modifier(), named.locative(), named.reference()));
                }
                break;
            }
        }
    }

    /** Whether an organisation's official is known only by office ("Association of Southeast Asian Nations special envoy"). */
    private static boolean isUnnamedOfficial(Actor official) {
        return Organizations.find(official.organization())
                .map(o -> official.name().startsWith(o.name() + " ")).orElse(false);
    }
}
