package org.entente.model;

import java.time.LocalDate;

/**
 * How precisely an event's date is known.
 *
 * @since 0.1
 */
public enum DatePrecision {
    /** The day is known ("on Saturday", "Nov. 1"). */
    DAY,
    /** Only the month is known ("in June"); the date is the first of the month. */
    MONTH,
    /** Only the year is known ("in 2016"); the date is the first of January. */
    YEAR,
    /** No date could be determined. */
    UNKNOWN;

    /** {@code date} reduced to this precision (the first of the month or year); null for UNKNOWN. */
    public LocalDate truncate(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
            case UNKNOWN -> null;
        };
    }
}
