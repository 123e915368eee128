package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fifty-eighth written set (issue 10), and the class set 56 left, in sentences of our own: a
 * headcount "before the cuts" (no second cut); "the Brooklyn, New York-based company"; "a former executive at A and B";
 * an "agreement to buy mines from" a company (a purchase of assets, not a supplier); the buyer a company is "sold to"
 * as a company, and "the Milan-based developer" as the company the article introduced as Italian.
 */
class FiftyEighthSetWordingTest {

    @Test
    void aHeadcountBeforeTheCutsIsNoSecondCut() {
        String text = "Quarry Lane is cutting 140 jobs, about 9% of its workforce. The Portland, Oregon-based company had about "
                + "1,550 employees before the cuts.";
        List<Layoff> l = Extract.layoffs(text);
        assertEquals(1, l.size(), l.toString());
        assertEquals(140L, l.get(0).count());
        List<Headcount> h = Extract.headcounts(text);
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Quarry Lane") && x.count() == 1550), h.toString());
    }

    @Test
    void aTownAndATwoWordStateBeforeBased() {
        List<Headcount> h = Extract.headcounts("Quarry Lane reported a loss. The Trenton, New Jersey-based company employs about 800 people.");
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Quarry Lane") && x.count() == 800), h.toString());
    }

    @Test
    void aFormerExecutiveAtTwoCompanies() {
        List<Position> p = Extract.positions("Board member Lena Ortiz, a former executive at Brightline Media and Korvo Labs, was named "
                + "interim chief executive of Astera.");
        for (String org : List.of("Brightline Media", "Korvo Labs")) {
            assertTrue(Extract.hasPosition(p, "Lena Ortiz", org, "executive", PositionStatus.FORMER), org + " " + p);
        }
    }

    @Test
    void anAgreementToBuyAssetsIsNoSupply() {
        List<ClientRelationship> c = Extract.clients("Harlan Coal said it had terminated its agreement to buy a package of copper mines "
                + "from Westmark Resources for up to $2 billion.");
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void theBuyerOfASaleAndTheCityDescriptorThatNamesIt() {
        List<Position> p = Extract.positions("Orbis Media to sell Quillfeather to Italy's Palazzo Apps for $400 million. "
                + "Orbis Media has agreed to sell Quillfeather, the recipe site, to Palazzo Apps for $400 million. "
                + "The Milan-based app developer, whose portfolio includes several photo apps, has grown by buying brands. "
                + "Its chief executive, Sara Volpe, said Quillfeather had a loyal audience.");
        assertTrue(Extract.hasPosition(p, "Sara Volpe", "Palazzo Apps", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Orbis Media")), p.toString());
    }

    @Test
    void aTwoWordCityAndSeoulNameTheCompanyOfTheirCountry() {
        List<Position> p = Extract.positions("Harrow Capital agreed to sell Lumen Maps to Israel's Daliya Systems for $300 million. "
                + "The Tel Aviv-based software maker, whose products guide delivery fleets, has grown by buying rivals. "
                + "Its chief executive, Noa Peretz, said the deal would close in the spring.");
        assertTrue(Extract.hasPosition(p, "Noa Peretz", "Daliya Systems", "ceo", PositionStatus.CURRENT), p.toString());
        List<Position> k = Extract.positions("Harrow Capital agreed to sell Lumen Maps to South Korea's Hanbit Works for $300 million. "
                + "The Seoul-based software maker, whose products guide delivery fleets, has grown by buying rivals. "
                + "Its chief executive, Park Ji-ho, said the deal would close in the spring.");
        assertTrue(k.stream().anyMatch(x -> x.organization().name().equals("Hanbit Works") && x.title().equals("ceo")), k.toString());
    }
}
