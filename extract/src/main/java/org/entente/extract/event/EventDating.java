package org.entente.extract.event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.entente.extract.syntax.Clause;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.model.DatePrecision;
import org.entente.model.Modality;

/**
 * Dates an event: which of the sentence's dates belongs to the trigger's clause, what a paragraph
 * without dates inherits, and whether the event is background history rather than news.
 * Stateless.
 */
final class EventDating {
    private final Cues cues;
    private final DateResolver dates = new DateResolver();

    /** Dating with the history words of {@code cues}. */
    EventDating(Cues cues) {
        this.cues = cues;
    }

    /** When an event took place, and whether that is background history. */
    record When(LocalDate date, DatePrecision precision, boolean historical) {
    }

    /**
     * The date of the event at {@code hit}: a date of its clause, the sentence's only date, or, for an
     * asserted event in a sentence with no date of its own, the date of the sentence before or of its
     * paragraph. An event told as done (or as not done) in a story that names no time for it at all is
     * dated by the story ({@link DatePrecision#REPORTED}), as event datasets date what a story reports.
     */
    When of(Sentence s, Hit hit, int ls, int re, Discourse d, Modality modality) {
        DateResolver.Found when = date(s, hit, ls, re, d, modality == Modality.FUTURE);
        LocalDate date = when == null ? null : when.date();
        DatePrecision precision = when == null ? DatePrecision.UNKNOWN : when.precision();
        if (date == null && d.previousDate != null
                && (d.previousDatedSentence == s.index() - 1 || d.previousDatedParagraph == s.paragraph())
                && dates(s, d, false).isEmpty() && modality == Modality.ASSERTED
                && (d.published == null || !d.previousDate.isAfter(d.published))) {
            // A sentence with no date of its own goes on with the day of the one before, or of its
            // paragraph: "X accused Y on Tuesday. Y rejected that account." A day still to come is
            // no day of what has happened.
            date = d.previousDate;
            precision = d.previousPrecision;
        }
        boolean historical = isHistorical(s, hit.start(), ls, date, precision, d.published);
        if (date == null && !historical && d.published != null
                && (modality == Modality.ASSERTED || modality == Modality.NEGATED) && !dates.placesInTime(s)) {
            date = d.published;
            precision = DatePrecision.REPORTED;
        }
        return new When(date, precision, historical);
    }

    /** The date in the trigger clause nearest the trigger, else the only date of the sentence, or null. */
    private DateResolver.Found date(Sentence s, Hit hit, int ls, int re, Discourse d, boolean future) {
        List<DateResolver.Found> found = new java.util.ArrayList<>(dates(s, d, future));
        found.removeIf(f -> inOtherRelativeClause(s, f, hit.start(), d.clauses));
        if (found.isEmpty()) {
            return null;
        }
        int clauseStart = s.token(Math.min(ls, s.size() - 1)).start();
        int clauseEnd = s.token(Math.max(0, Math.min(re, s.size()) - 1)).end();
        int at = s.token(hit.start()).start();
        DateResolver.Found inClause = found.stream()
                .filter(f -> f.start() >= clauseStart && f.end() <= clauseEnd)
                .min(Comparator.comparingInt(f -> Math.abs(f.start() - at)))
                .orElse(null);
        // A sentence's only date also dates a trigger in another clause ("X told reporters on
        // Wednesday that Y had violated ...", "Y, X said on Sunday, will ..."), unless that clause is a
        // relative one, which tells of something else ("... at the summit that saw A and B forge a truce").
        boolean relative = d.clauses != null ? inRelativeClause(s, hit.start(), d.clauses)
                : ls > 0 && "PRON".equals(s.token(ls - 1).tag())
                && IntStream.range(Math.max(0, ls - 6), ls - 1).noneMatch(k -> cues.is(Cue.SPEECH, s.lower(k)));
        if (inClause != null || found.size() > 1 || relative) {
            return inClause;
        }
        return found.get(0);
    }

    /**
     * Whether the trigger at {@code i} stands in a relative clause that tells of something else; one
     * opened by "where" or "when" tells what happened at the dated thing before it ("a meeting on
     * Thursday, where the two leaders agreed").
     */
    private boolean inRelativeClause(Sentence s, int i, Clause clauses) {
        Clause at = clauses.innermostAt(i);
        return at != null && at.kind() == Clause.Kind.RELATIVE
                && !(at.marker() >= 0 && cues.is(Cue.SETTING_RELATIVE, s.lower(at.marker())));
    }

    /**
     * Whether {@code date} lies in a relative clause that does not hold the trigger at {@code i}: "the
     * treaty that A and B signed a day earlier" dates the signing, not what is said of the treaty.
     */
    private static boolean inOtherRelativeClause(Sentence s, DateResolver.Found date, int i, Clause clauses) {
        if (clauses == null) {
            return false;
        }
        int token = 0;
        while (token < s.size() - 1 && s.token(token).end() <= date.start()) {
            token++;
        }
        Clause at = clauses.innermostAt(token);
        return at != null && at.kind() == Clause.Kind.RELATIVE && !at.contains(i);
    }

    /** Whether sentence {@code s} names no time of its own ("on Monday", "in 2023", "last week"). */
    boolean undated(Sentence s) {
        return !dates.namesTime(s);
    }

    /** The dates of sentence {@code s}, found once per sentence and reading (each trigger asks). */
    private List<DateResolver.Found> dates(Sentence s, Discourse d, boolean future) {
        if (d.datesSentence != s.index() || !java.util.Objects.equals(d.datesAnchor, d.previousDate)) {
            d.datesSentence = s.index();
            d.datesAnchor = d.previousDate;
            d.datesAsPast = null;
            d.datesAsFuture = null;
        }
        if (future) {
            if (d.datesAsFuture == null) {
                d.datesAsFuture = dates.find(s, d.published, true, d.previousDate);
            }
            return d.datesAsFuture;
        }
        if (d.datesAsPast == null) {
            d.datesAsPast = dates.find(s, d.published, false, d.previousDate);
        }
        return d.datesAsPast;
    }

    /** Whether a history word precedes the trigger, or its date lies well before publication. */
    private boolean isHistorical(Sentence s, int i, int ls, LocalDate date, DatePrecision precision, LocalDate published) {
        for (int k = Math.max(0, i - 8); k < i; k++) {
            if (cues.is(Cue.HISTORY, s.lower(k))) {
                return true;
            }
        }
        if (date == null || published == null) {
            return false;
        }
        return switch (precision) {
            case YEAR -> date.getYear() < published.getYear();
            case MONTH -> date.isBefore(published.minusMonths(1).withDayOfMonth(1));
            case DAY, WEEK, REPORTED -> date.isBefore(published.minusDays(60));
            case UNKNOWN -> false;
        };
    }
}
