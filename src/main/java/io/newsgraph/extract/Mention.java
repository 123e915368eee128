package io.newsgraph.extract;

import io.newsgraph.model.Money;
import io.newsgraph.model.PositionStatus;
import io.newsgraph.model.WorkerType;

/**
 * A span of a sentence that means something to the rules: an amount, a percentage, a count of
 * workers, a date, a job title, a name, or an organization descriptor ("the startup").
 * Offsets are into the sentence text. Only the fields of its kind are set.
 */
public record Mention(Kind kind, int begin, int end, String text,
                      Money money, Double number, WorkerType workers, String title, PositionStatus titleStatus,
                      String date) {

    /** What a mention is. */
    public enum Kind { MONEY, PERCENT, STAFF, NUMBER, DATE, TITLE, NAME, DESCRIPTOR }

    static Mention of(Kind kind, int begin, int end, String text) {
        return new Mention(kind, begin, end, text, null, null, null, null, null, null);
    }

    static Mention money(int begin, int end, String text, Money money) {
        return new Mention(Kind.MONEY, begin, end, text, money, null, null, null, null, null);
    }

    static Mention number(Kind kind, int begin, int end, String text, Double value, WorkerType workers) {
        return new Mention(kind, begin, end, text, null, value, workers, null, null, null);
    }

    static Mention title(int begin, int end, String text, String title, PositionStatus status) {
        return new Mention(Kind.TITLE, begin, end, text, null, null, null, title, status, null);
    }

    static Mention date(int begin, int end, String text, String iso) {
        return new Mention(Kind.DATE, begin, end, text, null, null, null, null, null, iso);
    }

    boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }
}
