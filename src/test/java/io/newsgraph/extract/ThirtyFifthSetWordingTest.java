package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the thirty-fifth written set (issue 10), in sentences of our own: a nationality and
 * "Air" as one name ("Nordic Air"); buying a number of a maker's aircraft in an order valued at $N;
 * a company founded "by researchers from" an institute has no founders named; a stake raised "to 35%
 * from 14.7%"; backers that joined "along with" others; the name of a combined business ("Brakke
 * Lindt") is neither company.
 */
class ThirtyFifthSetWordingTest {

    @Test
    void aNationalityAndAirAreOneName() {
        var x = Extract.of("Nordic Air has agreed to buy 40 Vantor jets, the airline said.");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Nordic Air")), x.entities().toString());
    }

    @Test
    void buyingAMakersAircraftInAnOrderWorthAnAmount() {
        List<ClientRelationship> c = Extract.clients("Nordic Air has agreed to buy 40 Vantor aircraft in an order valued at about $6 billion "
                + "at list prices.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Nordic Air") && v.supplier().name().equals("Vantor")
                && v.value() != null && Math.abs(v.value().value().doubleValue() - 6e9) < 1), c.toString());
    }

    @Test
    void foundedByResearchersFromAnInstituteNamesNoFounder() {
        List<Position> p = Extract.positions("Kestrel Robotics, founded in 2012 by researchers from the Nordland Institute of Science and "
                + "Technology, makes warehouse robots.");
        assertFalse(p.stream().anyMatch(v -> v.title().endsWith("founder")), p.toString());
    }

    @Test
    void aStakeRaisedToOnePercentageFromAnother() {
        List<Investment> i = Extract.investments("Halden Electronics will raise its stake in Kestrel Robotics to 35% from 14.7%, becoming its "
                + "largest shareholder.");
        assertTrue(Extract.hasStake(i, "Halden Electronics", "Kestrel Robotics", 35), i.toString());
    }

    @Test
    void backersThatJoinedAlongWithOthers() {
        List<Investment> i = Extract.investments("Tessel Labs raised $80 million. New investors Orbel Ventures and Crane Capital joined the round, "
                + "along with existing backers Sequel Partners and Lindqvist Growth.");
        for (String investor : List.of("Orbel Ventures", "Crane Capital", "Sequel Partners", "Lindqvist Growth")) {
            assertTrue(i.stream().anyMatch(v -> v.investor().name().equals(investor) && v.investee().name().equals("Tessel Labs")), investor + " " + i);
        }
    }

    @Test
    void aCombinedBusinessNamedAfterBothIsNeither() {
        List<Acquisition> a = Extract.acquisitions("Brakke has completed its acquisition of Lindt Drinks. The combined business will be "
                + "called Brakke Lindt in Britain, chief executive Ole Dahl said.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Brakke") && v.target().name().equals("Lindt Drinks")), a.toString());
    }
}
