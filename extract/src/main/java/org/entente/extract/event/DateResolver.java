package org.entente.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.text.Sentence;
import org.entente.model.DatePrecision;

/**
 * Finds the temporal expressions of a sentence and resolves them against the publication date:
 * "on Saturday", "yesterday", "last week", "in June", "October 31, 2025", "in 2016", "the 2017
 * deployment". A week ("last week", "earlier this week") resolves to its Monday. Ranges and
 * durations ("since 2016", "in 11 years", "for decades", "in recent weeks", "over the last week")
 * are not event dates and are skipped, except a start ahead ("will close the border from Friday").
 * Expressions that count from another date ("later that night", "two days later", "a day after X
 * did Y") resolve from the sentence's own date or the day the story has reached. Without a
 * publication date only absolute dates resolve.
 * Thread-safe.
 */
public final class DateResolver {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final Pattern EXPRESSION = Pattern.compile(
            "(?<since>\\b(?:since|from|until|through)\\s+)?"
            + "(?:(?<md>\\b(?:" + MONTHS + ")\\s+(?<mdday>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<mdyear>(?:19|20)\\d{2}))?\\b)"
            + "|(?<dm>\\b(?<dmday>\\d{1,2})\\s+(?<dmmonth>" + MONTHS + ")(?:,?\\s+(?<dmyear>(?:19|20)\\d{2}))?\\b)"
            + "|(?<my>\\b(?<mymonth>" + MONTHS + ")(?:\\s+(?<myyear>(?:19|20)\\d{2}))?\\b)"
            + "|(?<weekday>\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)"
            + "|(?<rel>\\b(?:today|yesterday|tomorrow|tonight)\\b)"
            // "last week", "later this week", but not "over the last week", a span
            + "|(?<![Tt]he\\s)(?<week>\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+this|[Tt]his|[Ll]ast|[Nn]ext)\\s+week\\b)"
            // "last month", "earlier this year", but not "over the last month"
            + "|(?<![Tt]he\\s)(?<period>\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+this|[Tt]his|[Ll]ast|[Nn]ext)\\s+(?<unit>month|year)\\b)"
            + "|(?<year>\\b(?:[Ii]n|[Tt]he|of|during)\\s+(?<yearnum>(?:19|20)\\d{2})\\b))");
    private static final String COUNT = "a|one|two|three|four|five|six|seven|\\d{1,2}";
    /**
     * Expressions that date an event from another date rather than from the publication date: the
     * day the story has reached ("the same day", "later that night"), a day counted from it ("the
     * next day", "two days later") and a clause counted back from the sentence's own date ("on
     * Wednesday, a day after the government endorsed ...").
     */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?<same>\\b(?:[Tt]he same day|(?:[Ll]ater |[Ee]arlier )?that (?<time>day|night|evening|morning|afternoon)|[Hh]ours later)\\b)"
            + "|(?<later>\\b(?:[Tt]he (?:next|following) day|(?<laterN>" + COUNT + ") days? later)\\b)"
            + "|(?<earlier>\\b(?:[Tt]he (?:previous|preceding) day|(?<earlierN>" + COUNT + ") days? earlier)\\b)"
            + "|(?<offset>\\b(?<offsetN>" + COUNT + ") days? (?<direction>after|before)\\b)");

    /** Times that date nothing but still place an event in time: spans and distances ("since 2016", "for weeks", "two years ago"). */
    private static final Pattern SPAN = Pattern.compile(
            "\\b(?:(?:19|20)\\d{2}|ago|(?:for|over|in|during|throughout|past|recent|last|coming|several|few)\\s+(?:the\\s+)?"
            + "(?:past\\s+|last\\s+|recent\\s+|coming\\s+|next\\s+|few\\s+|several\\s+)?(?:days?|weeks?|months?|years?|decades?))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A temporal expression found in a sentence. */
    public record Found(int start, int end, LocalDate date, DatePrecision precision) {
    }

    /**
     * The resolvable temporal expressions of {@code sentence}; offsets are into the cleaned text.
     *
     * @param published the publication date, or null
     * @param future    whether the events of the sentence lie ahead (for "on Saturday", "in June")
     */
    public List<Found> find(Sentence sentence, LocalDate published, boolean future) {
        return find(sentence, published, future, null);
    }

    /**
     * As {@link #find(Sentence, LocalDate, boolean)}, and also the expressions that count from
     * another date: from the sentence's own date where it has one ("on Wednesday, a day after ..."),
     * else from {@code storyDate}, the day the story has reached (may be null: then they are skipped).
     */
    public List<Found> find(Sentence sentence, LocalDate published, boolean future, LocalDate storyDate) {
        List<Found> found = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(sentence.text());
        while (m.find()) {
            boolean startsFrom = future && m.group("since") != null && m.group("since").trim().equalsIgnoreCase("from");
            if (!startsFrom && (m.group("since") != null || inSinceClause(sentence.text(), m.start()))) {
                continue; // "since 2016", "since Lee took office in June": where a span starts, not when
            } // but "will close the border from Friday" happens on Friday
            Found resolved = resolve(m, published, future, sentence.start());
            if (resolved != null) {
                found.add(resolved);
            }
        }
        List<Found> absolute = List.copyOf(found);
        Matcher a = ANAPHORIC.matcher(sentence.text());
        while (a.find()) {
            int start = sentence.start() + a.start();
            Found own = absolute.stream().filter(f -> f.precision() == DatePrecision.DAY)
                    .min(java.util.Comparator.comparingInt(f -> Math.abs(f.start() - start))).orElse(null);
            LocalDate from = a.group("same") == null && own != null ? own.date() : storyDate;
            if (from == null) {
                continue;
            }
            LocalDate date = a.group("same") != null ? from
                    : a.group("later") != null ? from.plusDays(count(a.group("laterN")))
                    : a.group("earlier") != null ? from.minusDays(count(a.group("earlierN")))
                    : a.group("direction").equals("after") ? from.minusDays(count(a.group("offsetN")))
                    : from.plusDays(count(a.group("offsetN")));
            int end = sentence.start() + a.end();
            // "a day after X did Y" dates the clause it opens, which starts after "after"
            found.add(a.group("offset") != null ? new Found(end + 1, end + 1, date, DatePrecision.DAY)
                    : new Found(a.group("time") != null ? sentence.start() + a.start("time") : start, end, date,
                            DatePrecision.DAY)); // "that" opens no clause in "later that night"
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static int count(String word) {
        if (word == null) {
            return 1; // "the next day"
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            default -> Integer.parseInt(word);
        };
    }

    /** Whether {@code sentence} holds a temporal expression of any kind, resolvable or not. */
    public boolean namesTime(Sentence sentence) {
        return EXPRESSION.matcher(sentence.text()).find() || ANAPHORIC.matcher(sentence.text()).find();
    }

    /** Whether {@code sentence} places anything in time: a temporal expression, a span or a distance ("for weeks", "two years ago"). */
    public boolean placesInTime(Sentence sentence) {
        return namesTime(sentence) || SPAN.matcher(sentence.text()).find();
    }

    private static boolean inSinceClause(String text, int at) {
        int since = text.lastIndexOf("since ", at);
        if (since < 0 || at - since > 60) {
            return false;
        }
        String between = text.substring(since, at);
        return between.indexOf(',') < 0 && between.indexOf(';') < 0;
    }

    private static Found resolve(Matcher m, LocalDate published, boolean future, int offset) {
        int start = offset + m.start();
        int end = offset + m.end();
        try {
            if (m.group("md") != null) {
                return day(month(m.group("md").split("\\s+")[0]), Integer.parseInt(m.group("mdday")), m.group("mdyear"), published, future, start, end);
            }
            if (m.group("dm") != null) {
                return day(month(m.group("dmmonth")), Integer.parseInt(m.group("dmday")), m.group("dmyear"), published, future, start, end);
            }
            if (m.group("my") != null) {
                if (m.group("mymonth").equals("May") && m.group("myyear") == null) {
                    return null; // "may" as a modal verb is common; a bare "May" is too ambiguous
                }
                Month month = month(m.group("mymonth"));
                if (m.group("myyear") != null) {
                    return new Found(start, end, LocalDate.of(Integer.parseInt(m.group("myyear")), month, 1), DatePrecision.MONTH);
                }
                if (published == null) {
                    return null;
                }
                LocalDate candidate = LocalDate.of(published.getYear(), month, 1);
                if (future && candidate.isBefore(published.withDayOfMonth(1))) {
                    candidate = candidate.plusYears(1);
                } else if (!future && candidate.isAfter(published)) {
                    candidate = candidate.minusYears(1);
                }
                return new Found(start, end, candidate, DatePrecision.MONTH);
            }
            if (m.group("weekday") != null) {
                if (published == null) {
                    return null;
                }
                DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
                LocalDate date = future ? published.with(TemporalAdjusters.nextOrSame(day))
                        : published.with(TemporalAdjusters.previousOrSame(day));
                return new Found(start, end, date, DatePrecision.DAY);
            }
            if (m.group("rel") != null) {
                if (published == null) {
                    return null;
                }
                return switch (m.group("rel").toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> new Found(start, end, published.minusDays(1), DatePrecision.DAY);
                    case "tomorrow" -> new Found(start, end, published.plusDays(1), DatePrecision.DAY);
                    default -> new Found(start, end, published, DatePrecision.DAY);
                };
            }
            if (m.group("week") != null) {
                if (published == null) {
                    return null;
                }
                String which = m.group("week").toLowerCase(Locale.ROOT);
                LocalDate week = which.startsWith("last") ? published.minusWeeks(1)
                        : which.startsWith("next") ? published.plusWeeks(1) : published;
                return new Found(start, end, week.with(DayOfWeek.MONDAY), DatePrecision.WEEK);
            }
            if (m.group("period") != null) {
                if (published == null) {
                    return null;
                }
                String which = m.group("period").toLowerCase(Locale.ROOT);
                int step = which.startsWith("last") ? -1 : which.startsWith("next") ? 1 : 0;
                return m.group("unit").equals("month")
                        ? new Found(start, end, published.plusMonths(step).withDayOfMonth(1), DatePrecision.MONTH)
                        : new Found(start, end, published.plusYears(step).withDayOfYear(1), DatePrecision.YEAR);
            }
            if (m.group("year") != null) {
                return new Found(start + m.group("year").indexOf(m.group("yearnum")), end,
                        LocalDate.of(Integer.parseInt(m.group("yearnum")), 1, 1), DatePrecision.YEAR);
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return null; // "February 30": not a date
        }
        return null;
    }

    private static Found day(Month month, int day, String year, LocalDate published, boolean future, int start, int end) {
        if (year != null) {
            return new Found(start, end, LocalDate.of(Integer.parseInt(year), month, day), DatePrecision.DAY);
        }
        if (published == null) {
            return null;
        }
        LocalDate candidate = LocalDate.of(published.getYear(), month, day);
        if (future && candidate.isBefore(published)) {
            candidate = candidate.plusYears(1);
        } else if (!future && candidate.isAfter(published.plusDays(7))) {
            candidate = candidate.minusYears(1);
        }
        return new Found(start, end, candidate, DatePrecision.DAY);
    }

    private static Month month(String name) {
        String key = name.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(key)) {
                return month;
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }
}
