package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundredth written set (issue 10: a truck maker bought in euros with its defence unit sold first, a
 * software maker's cuts, an airline's suppliers, a stake bought in rupees, an airline chief promoted, a bid voted down), in
 * sentences of our own.
 */
class HundredthSetWordingTest {

    @Test
    void aUnitNamedInAnAppositionIsWhatIsSold() {
        List<Acquisition> a = Extract.acquisitions("Before the merger closes, Valdor will sell its rail business, Valdor Transit "
                + "Systems, to Hanseatic Works for 900 million euros.");
        assertTrue(Extract.hasAcquisition(a, "Hanseatic Works", "Valdor Transit Systems"), a.toString());
    }

    @Test
    void aClientAmongASuppliersBiggestCustomersAfterAnotherVerb() {
        List<ClientRelationship> c = Extract.clients("Nordair also runs a fleet of Embraer jets and is one of Embraer's largest "
                + "customers in Europe.");
        assertTrue(Extract.hasClient(c, "Nordair", "Embraer", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void aHoldingWithoutItsCompanyIsInTheCompanyLastInvestedIn() {
        List<Investment> i = Extract.investments("Alder Capital has agreed to buy a 12% stake in Sunrise Clinics, a chain of "
                + "eye hospitals, for about 900 crore rupees ($108 million). Pelham Partners, which owns roughly 20%, is not "
                + "selling.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Alder Capital") && v.investee().name().equals("Sunrise Clinics")
                && v.amount() != null && v.amount().usd() != null && v.amount().usd().doubleValue() == 108e6 && v.stakePercent() == 12.0),
                i.toString());
        assertTrue(Extract.hasStake(i, "Pelham Partners", "Sunrise Clinics", 20), i.toString());
    }

    @Test
    void aRoleLeftForAPromotionAndYearsAtTheHelm() {
        List<Position> p = Extract.positions("Brantley Foods has promoted Omar Feld, 49, to chief executive from chief financial "
                + "officer, as co-founder Ines Roth moves to the role of executive chairman after 12 years at the helm. Feld will "
                + "take over on March 1.");
        assertTrue(Extract.hasPosition(p, "Omar Feld", "Brantley Foods", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Omar Feld", "Brantley Foods", "cfo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Ines Roth", "Brantley Foods", "executive chairman", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Ines Roth", "Brantley Foods", "ceo", PositionStatus.FORMER), p.toString());
    }

    @Test
    void crorePriceWithItsDollarFigure() {
        List<Investment> i = Extract.investments("Kaveri Foods will invest 2,500 crore rupees ($300 million) in Tamra Dairy.");
        assertEquals(1, i.size(), i.toString());
        assertEquals(300e6, i.get(0).amount().usd().doubleValue(), 1);
    }
}
