package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates given relative to the publication, resolved with the precision their words have (published Tuesday 10 June 2025). */
class RelativeDatesTest {
    private static final String PUB = "2025-06-10";

    @Test
    void yearsMonthsAndDaysAroundThePublication() {
        assertEquals("2024", RelativeDates.find("cut 300 jobs last year", PUB));
        assertEquals("2025", RelativeDates.find("will cut 200 jobs by the end of the year", PUB));
        assertEquals("2026", RelativeDates.find("plans to list next year", PUB));
        assertEquals("2025-05", RelativeDates.find("stepped down last month", PUB));
        assertEquals("2025-06", RelativeDates.find("said earlier this month", PUB));
        assertEquals("2025-06-09", RelativeDates.find("yesterday", PUB));
        assertEquals("2025-06-10", RelativeDates.find("effective immediately", PUB));
    }

    @Test
    void weekdaysAreTheLatestOneUpToThePublicationUnlessNext() {
        assertEquals("2025-06-10", RelativeDates.find("said on tuesday", PUB));
        assertEquals("2025-06-06", RelativeDates.find("announced on friday", PUB));
        assertEquals("2025-06-03", RelativeDates.find("last tuesday", PUB));
        assertEquals("2025-06-16", RelativeDates.find("starts next monday", PUB));
    }

    @Test
    void nothingWithoutAPublicationDateOrAPhrase() {
        assertNull(RelativeDates.find("cut 300 jobs last year", null));
        assertNull(RelativeDates.find("cut 300 jobs", PUB));
    }

    @Test
    void factsCarryTheResolvedDates() {
        List<Layoff> l = Extract.of("Orvane cut 300 jobs last year. Orvane said on Friday it will cut 120 more jobs.", PUB).facts()
                .stream().filter(Layoff.class::isInstance).map(Layoff.class::cast).toList();
        assertEquals("2024", l.stream().filter(x -> x.count() == 300L).findFirst().orElseThrow().date());
        assertEquals("2025-06-06", l.stream().filter(x -> x.count() == 120L).findFirst().orElseThrow().date());
        List<Position> p = Extract.positions("Orvane said its chief executive, Lena Holt, stepped down last month.", PUB);
        Position holt = p.stream().filter(x -> x.person().name().equals("Lena Holt")).findFirst().orElseThrow();
        assertEquals(PositionStatus.FORMER, holt.status());
        assertEquals("2025-05", holt.date());
    }
}
