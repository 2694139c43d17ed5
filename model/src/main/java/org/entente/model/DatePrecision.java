package org.entente.model;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * How precisely an event's date is known. The constants run from the most to the least precise;
 * where mentions of one event disagree, the most precise date wins.
 *
 * @since 0.1
 */
public enum DatePrecision {
    /** The day is known ("on Saturday", "Nov. 1"). */
    DAY,
    /** Only the week is known ("last week", "earlier this week"); the date is the Monday of that ISO week. */
    WEEK,
    /** Only the month is known ("in June"); the date is the first of the month. */
    MONTH,
    /** Only the year is known ("in 2016"); the date is the first of January. */
    YEAR,
    /**
     * The text names no time for the event; the date is the day the story was published, as event
     * datasets date what a story reports (ICEWS, Phoenix). The event happened on that day or shortly
     * before it.
     *
     * @since 0.2
     */
    REPORTED,
    /** No date could be determined. */
    UNKNOWN;

    /**
     * {@code date} reduced to this precision (the Monday of its ISO week, the first of its month or
     * year); null for UNKNOWN.
     */
    public LocalDate truncate(LocalDate date) {
        return switch (this) {
            case DAY, REPORTED -> date;
            case WEEK -> date.with(DayOfWeek.MONDAY);
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
            case UNKNOWN -> null;
        };
    }
}
