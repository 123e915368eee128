package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Headcount;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventy-first written set (issue 10: a planemaker's new chief, a coffee chain's corporate cuts), in
 * sentences of our own: a given name, a nickname in quotes and a surname are one person, named by the nickname
 * (William "Bill" Ruddock); "had 9,000 corporate support employees" counts one part of the workforce, not all of it.
 */
class SeventyFirstSetWordingTest {

    @Test
    void aNicknameInQuotesBetweenGivenNameAndSurname() {
        List<Position> p = Extract.positions("""
                Harlow Aerospace names Ruddock chief executive

                Harlow Aerospace on Monday named William "Bill" Ruddock as its next chief executive, effective March 1.
                Ruddock, 58, replaces Anna Feld, who said in October she would retire. Ruddock was previously chief executive \
                of Tessel Avionics.
                """);
        assertTrue(Extract.hasPosition(p, "Bill Ruddock", "Harlow Aerospace", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Anna Feld", "Harlow Aerospace", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Bill Ruddock", "Tessel Avionics", "ceo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aPartOfTheWorkforceIsNoHeadcount() {
        List<Headcount> h = Extract.headcounts("Brewline, the coffee chain, had about 9,000 corporate support employees before the cuts. "
                + "Its rival Cupstone employs 41,000 people.");
        assertTrue(h.stream().noneMatch(x -> x.count() == 9_000), h.toString());
        assertTrue(h.stream().anyMatch(x -> x.count() == 41_000 && x.organization().name().equals("Cupstone")), h.toString());
    }
}
