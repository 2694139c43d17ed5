package org.entente.extract.actor;

import java.util.List;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.actor.Gazetteer.Match;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Sentence;
import org.entente.model.Place;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;

/**
 * Places, and the places that act: a capital or metonym stands for its government ("Moscow said",
 * "the Kremlin") or, as an organisation's seat, for the organisation ("Brussels urged Serbia"), and
 * keeps its place; any other listed place is only where something happens. Kept apart because
 * these are the mentions that carry a {@link Place} of their own.
 */
final class PlaceNameFinder {
    private final MentionContext context;
    private final NationalityFinder nationalities;

    PlaceNameFinder(MentionContext context, NationalityFinder nationalities) {
        this.context = context;
        this.nationalities = nationalities;
    }

    /** A capital or metonym {@code entry} matched at [i, i + match length). Returns the token after the mention. */
    int seatAt(Sentence s, int i, Match match, Entry entry, List<ActorMention> out) {
        int end = i + match.length();
        // a capital a knowledge file lists as an organisation's seat acts for it, where it is
        // no place: "Brussels urged Serbia" is the EU; "talks in Brussels" stay in Belgium
        Entry seat = entry.kind() == Entry.Kind.CAPITAL && !(i > 0 && context.cues.is(Cue.LOCATIVE, s.lower(i - 1)))
                ? match.entries().stream().filter(e -> e.kind() == Entry.Kind.METONYM && e.organization() != null)
                        .findFirst().orElse(null) : null;
        Entry acting = seat != null ? seat : entry;
        Actor actor = new Actor(acting.name(), acting.country(), acting.organization(),
                acting.organization() != null ? acting.role() : acting.role() == null ? ActorRole.GOV : acting.role(), null, null);
        Place place = entry.kind() == Entry.Kind.CAPITAL
                ? new Place(entry.name(), entry.country(), entry.lat(), entry.lon()) : null;
        int after = nationalities.groupAfterNationality(s, i, end, entry.country(), out);
        if (after > end) {
            return after;
        }
        out.add(context.participant(s, i, end, Kind.GOVERNMENT, actor, null, place));
        return end;
    }

    /** A listed place at [i, end): where something happens, never who acts. */
    void placeAt(int i, int end, Entry entry, List<ActorMention> out) {
        out.add(new ActorMention(i, end, Kind.PLACE, null, null,
                new Place(entry.name(), entry.country(), entry.lat(), entry.lon()), false, true, null));
    }
}
