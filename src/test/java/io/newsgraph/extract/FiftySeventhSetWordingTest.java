package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fifty-seventh written set (issue 10), in sentences of our own: a company named by digits and one
 * capital ("4M will cut", "4M's chief"), never a thing such as "5G"; a firm named like a person whose workforce is "its";
 * a person unknown to the given-name list, told by a career in a "who" clause or by the one a new chief "took over
 * from"; "joined X in 2019 as"; "stepped down as chief executive and from its board".
 */
class FiftySeventhSetWordingTest {

    @Test
    void digitsAndOneCapitalNameACompanyThatActs() {
        List<Layoff> l = Extract.layoffs("7K will cut about 1,200 jobs, the adhesives maker said on Tuesday.");
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("7K") && Long.valueOf(1200L).equals(x.count())), l.toString());
        List<Position> p = Extract.positions("7K's chief executive Dana Holt said demand was weak.");
        assertTrue(Extract.hasPosition(p, "Dana Holt", "7K", "ceo", PositionStatus.CURRENT), p.toString());
        // a technology, not a company
        l = Extract.layoffs("Verlo Telecom will cut 300 jobs as 5G spending slows.");
        assertTrue(l.stream().allMatch(x -> x.organization().name().equals("Verlo Telecom")), l.toString());
    }

    @Test
    void aFirmNamedLikeAPersonWhoseWorkforceIsIts() {
        List<Layoff> l = Extract.layoffs("Hugo Brandt plans to reduce its corporate workforce by 12% this year, the fashion house said.");
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Hugo Brandt")), l.toString());
    }

    @Test
    void aCareerInAWhoClauseAndTheOneTakenOverFrom() {
        List<Position> p = Extract.positions("Corvel Systems named Zubin Tarapore, who headed its payments business, as its new chief "
                + "executive.");
        assertTrue(Extract.hasPosition(p, "Zubin Tarapore", "Corvel Systems", "ceo", PositionStatus.CURRENT)
                || Extract.hasPosition(p, "Zubin Tarapore", "Corvel Systems", "ceo", PositionStatus.INCOMING), p.toString());
        p = Extract.positions("Marlow Foods chief executive Ines Vidal, who took over from Dax Kettering on Monday, said the plan "
                + "was on track.");
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Dax Kettering")), p.toString());
        assertTrue(Extract.hasPosition(p, "Ines Vidal", "Marlow Foods", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void joinedInAYearAsATitle() {
        List<Position> p = Extract.positions("Priya Nandakumar joined Oxley Networks in 2019 as chief financial officer.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Priya Nandakumar") && x.organization().name().equals("Oxley Networks")
                && x.title().equals("cfo")), p.toString());
    }

    @Test
    void steppedDownAsChiefAndFromItsBoard() {
        List<Position> p = Extract.positions("Tarn Logistics said Maren Aalto had stepped down as chief executive and from its board, "
                + "effective immediately.");
        assertTrue(Extract.hasPosition(p, "Maren Aalto", "Tarn Logistics", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Maren Aalto", "Tarn Logistics", "board member", PositionStatus.FORMER), p.toString());
    }
}
