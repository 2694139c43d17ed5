package org.entente.extract.event;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.actor.Actor;

/**
 * What the article has established so far, for resolving references in the next sentence: who
 * "he" and "it" are, who "both nations" are, the country of unnamed protesters, the date a
 * continuing paragraph inherits. One per extraction; not thread-safe.
 */
public final class Discourse {
    final LocalDate published;
    Actor focusPerson;
    Actor focusActor;
    Actor previousSubject;
    List<Actor> lastPair = List.of();
    /** The event mentions of the sentences read so far, in text order. */
    final List<EventMention> history = new java.util.ArrayList<>();
    String lastGroupCountry;
    /** The dates found in sentence {@link #datesSentence} from {@link #datesAnchor}, as past and as future (null until asked). */
    int datesSentence = -1;
    LocalDate datesAnchor;
    List<DateResolver.Found> datesAsPast;
    List<DateResolver.Found> datesAsFuture;
    /** The clauses of the sentence being read, or null when the pipeline has no clause layer. */
    org.entente.extract.syntax.Clause clauses;
    /** The country that was the subject of a sentence, and where that sentence is. */
    String countrySubject;
    int countrySubjectSentence = -2;
    /** Officials no list places, by name, with the country the text gave them. */
    final java.util.Map<String, String> personCountries = new java.util.HashMap<>();
    LocalDate previousDate;
    org.entente.model.DatePrecision previousPrecision;
    /** The index of the sentence that gave {@link #previousDate}. */
    int previousDatedSentence = -2;
    /** The paragraph of that sentence. */
    int previousDatedParagraph = -2;

    /** A discourse for an article published on {@code published} (may be null). */
    public Discourse(LocalDate published) {
        this.published = published;
    }
}
