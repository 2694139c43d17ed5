package org.entente.extract.actor;

import java.time.LocalDate;
import java.util.List;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.actor.Gazetteer.Match;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.model.Place;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;

/**
 * What every part of the {@link ActorFinder} reads for one article: the knowledge, the article's
 * person registry, date and country salience, and the few readings they all share (the gazetteer
 * match at a token, the entry it prefers, a name's end, whether a mention is a place or a modifier).
 * One per article, like the finder; it holds no state of its own beyond the registry's.
 */
final class MentionContext {
    final ActorKnowledge knowledge;
    final PersonRegistry people;
    final LocalDate date;
    final DocumentSalience salience;
    final Cues cues;

    MentionContext(ActorKnowledge knowledge, PersonRegistry people, LocalDate date, DocumentSalience salience) {
        this.knowledge = knowledge;
        this.people = people;
        this.date = date;
        this.salience = salience;
        this.cues = knowledge.cues();
    }

    /** The longest gazetteer match at token {@code i} that holds on the article's date, or null. */
    Match longestAt(Sentence s, int i) {
        return knowledge.gazetteer().longestAt(s, i, date);
    }

    /** The country a country or demonym entry names: its own, or the likelier of those it shares ("Korean"). */
    String countryOf(Entry entry) {
        return entry.country() != null ? entry.country() : salience.choose(entry.countries());
    }

    /** A mention of an actor or place, a place after a locative word, a modifier before a possessed noun. */
    ActorMention participant(Sentence s, int start, int end, Kind kind, Actor actor, ActorRole role, Place place) {
        boolean locative = start > 0 && cues.is(Cue.LOCATIVE, s.lower(start - 1));
        if (start > 1 && s.lower(start - 1).equals("the") && cues.is(Cue.LOCATIVE, s.lower(start - 2))) {
            // "in the United States", "outside the Chinese embassy": a place; "with the Chinese" is not
            locative = kind == Kind.COUNTRY || kind == Kind.GOVERNMENT || kind == Kind.GROUP;
        }
        boolean modifier = isModifierPosition(s, end) && kind != Kind.PERSON && kind != Kind.GROUP && kind != Kind.COMPANY;
        return new ActorMention(start, end, kind, actor, role, place, modifier, locative, null);
    }

    /** Whether a name ending before token {@code end} modifies what follows: "'s", or a head noun. */
    boolean isModifierPosition(Sentence s, int end) {
        return s.lower(end).equals("'s") || cues.is(Cue.POSSESSED_NOUN, s.lower(end));
    }

    /** The end of a personal or company name starting at {@code j}: up to four capitalised words. */
    int nameEnd(Sentence s, int j) {
        int k = j;
        while (k < s.size() && k - j < 4) {
            Token t = s.token(k);
            if (!t.isCapitalized() || !t.isWord() || t.text().contains(".") && t.text().length() <= 4) {
                break;
            }
            Match match = longestAt(s, k);
            if (match != null && match.entries().stream().anyMatch(e -> e.kind() != Entry.Kind.PERSON
                    && e.kind() != Entry.Kind.COMPANY)) {
                break;
            }
            k++;
        }
        return k;
    }

    /** The entry a match stands for when it has several. */
    static Entry preferred(Match match) {
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
}
