package io.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a sentence gives relative to the article's publication ("last year", "earlier this month",
 * "on Tuesday", "by the end of the year", "effective immediately"), resolved to an ISO date of the
 * precision the words have: a year ("2024"), a month ("2025-03") or a day ("2025-06-10").
 */
final class RelativeDates {
    private static final Pattern PHRASE = Pattern.compile(
            "\\b(?:(?<year>(?:(?:earlier|later) )?this year|last year|next year|the previous year|the year before|by the end of (?:the|this) year|"
                    + "by year-end|by year end)"
                    + "|(?<month>(?:(?:earlier|later) )?this month|last month|next month|the previous month)"
                    + "|(?<day>yesterday|today|effective immediately|with immediate effect)"
                    + "|(?<when>on |last |next |this )?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");

    private RelativeDates() {
    }

    /** The first relative date in {@code text} (lower case, as sentence views are), or null; null too without a publication date. */
    static String find(String text, String publishedIso) {
        LocalDate pub = date(publishedIso);
        if (pub == null || text == null) {
            return null;
        }
        Matcher m = PHRASE.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        if (m.group("year") != null) {
            String y = m.group("year");
            int shift = y.startsWith("last") || y.startsWith("the previous") || y.startsWith("the year before") ? -1 : y.startsWith("next") ? 1 : 0;
            return Integer.toString(pub.getYear() + shift);
        }
        if (m.group("month") != null) {
            String w = m.group("month");
            int shift = w.startsWith("last") || w.startsWith("the previous") ? -1 : w.startsWith("next") ? 1 : 0;
            return pub.plusMonths(shift).toString().substring(0, 7);
        }
        if (m.group("day") != null) {
            return (m.group("day").equals("yesterday") ? pub.minusDays(1) : pub).toString();
        }
        DayOfWeek d = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        String when = m.group("when") == null ? "" : m.group("when").strip();
        // news tells what happened: "on Tuesday" is the latest Tuesday up to the publication; "next Tuesday" the one after
        LocalDate day = when.equals("next") ? pub.with(TemporalAdjusters.next(d))
                : when.equals("last") ? pub.with(TemporalAdjusters.previous(d)) : pub.with(TemporalAdjusters.previousOrSame(d));
        return day.toString();
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
