package org.entente.extract.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publication dates that pages print: "Friday, October 31, 2025", "31 Oct 2025", "2025-10-31". */
final class PrintedDates {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "^" + WEEKDAY + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^" + WEEKDAY + "(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?$");

    private PrintedDates() {
    }

    /** The date a whole line states, if the line is nothing but a date. */
    static Optional<LocalDate> parseLine(String line) {
        String s = line.strip();
        if (s.length() > 40) {
            return Optional.empty();
        }
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "February 31, 2025": not a date
        }
        return Optional.empty();
    }

    /** The month named by an English month name or abbreviation. */
    static Month month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(key.length() >= 3 ? key.substring(0, 3) : key)) {
                return month;
            }
        }
        throw new DateTimeException("Not a month: " + name);
    }
}
