package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-fourth written set (issue 10: a retailer's cuts by share, a target agreeing to be bought
 * after a failed sale, a bank's cloud switch, a drone round, an ousted brewer's chief, a forwarder's completed deal), in
 * sentences of our own.
 */
class HundredFourthSetWordingTest {

    @Test
    void aCutAtAUnitNamedInApposition() {
        List<Layoff> l = Extract.layoffs("Corvane also plans to reduce headcount at its software unit, Corvane Labs, by about 250 "
                + "through attrition.");
        assertTrue(l.stream().anyMatch(v -> v.organization().name().equals("Corvane Labs") && v.count() != null && v.count() == 250),
                l.toString());
    }

    @Test
    void aCompanyThatAgreedToSellItself() {
        List<Acquisition> a = Extract.acquisitions("Tessaly had agreed to sell itself to buyout firm Harrow Capital in 2023, but "
                + "that deal collapsed.");
        assertTrue(Extract.hasAcquisition(a, "Harrow Capital", "Tessaly"), a.toString());
    }

    @Test
    void workloadsMovedOffOneCloudAndKeptOnAnother() {
        List<ClientRelationship> c = Extract.clients("Pellow Bank has picked Nimbus Cloud as its main provider and will move most of "
                + "its workloads off Stratus over two years. Pellow Bank will keep some systems on Cirrus.");
        assertTrue(Extract.hasClient(c, "Pellow Bank", "Stratus", ClientStatus.REDUCED), c.toString());
        assertTrue(Extract.hasClient(c, "Pellow Bank", "Cirrus", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void aLeadTakenAndOthersFollowingOn() {
        List<Investment> i = Extract.investments("Quillon has closed a $60 million Series B, with Aster Capital taking the lead and "
                + "Bluefin Partners, Norfield and the venture arm of Corvex following on.");
        for (String backer : List.of("Aster Capital", "Bluefin Partners", "Norfield", "Corvex")) {
            assertTrue(Extract.hasInvestment(i, backer, "Quillon"), backer + " " + i);
        }
    }

    @Test
    void aNewlyCreatedRoleAndAStakeAfterAnotherPersonsStory() {
        List<Position> p = Extract.positions("Pellow Bank named Ana Ruiz to the newly created role of chief data officer.");
        assertTrue(Extract.hasPosition(p, "Ana Ruiz", "Pellow Bank", "chief data officer", null), p.toString());
        List<Investment> i = Extract.investments("Brantley Foods removed its chief executive on Monday. Omar Feld, who joined Brantley "
                + "from Nestle in 2019, had been under pressure from activist investor Corsair Partners, which holds a 6% stake.");
        assertTrue(Extract.hasStake(i, "Corsair Partners", "Brantley Foods", 6), i.toString());
    }
}
