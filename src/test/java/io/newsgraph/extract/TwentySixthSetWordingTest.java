package io.newsgraph.extract;

import static io.newsgraph.extract.Extract.hasPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the twenty-sixth written set (issue 10), in sentences of our own: a company taken
 * private "by a consortium of" several buyers; a founding told in the company's apposition ("a
 * startup founded in 2023 by former Stripe engineers A and B"); two people who "will lead the
 * company as interim co-CEOs"; a person "who owns about 12% of X's shares"; a warrant for a share
 * of a company; a name ending in its own 's used as a possessive ("McDonald's largest shareholder
 * with a stake of about 5%").
 */
class TwentySixthSetWordingTest {

    @Test
    void eachMemberOfAConsortiumBuysTheCompany() {
        List<Acquisition> a = Extract.acquisitions("Harbor Games agreed to be taken private by a consortium of Blue Ridge Capital, Orion "
                + "Partners and Solace Fund.");
        Set<String> buyers = a.stream().filter(v -> v.target().name().equals("Harbor Games")).map(v -> v.acquirer().name())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Blue Ridge Capital", "Orion Partners", "Solace Fund"), buyers, a.toString());
    }

    @Test
    void aFoundingToldInTheCompanysApposition() {
        List<Position> p = Extract.positions("Quillon, a startup founded in 2023 by former Stripe engineers Ana Costa and Ben Ito, has "
                + "raised $40 million.");
        assertTrue(hasPosition(p, "Ana Costa", "Quillon", "co-founder", null), p.toString());
        assertTrue(hasPosition(p, "Ben Ito", "Quillon", "co-founder", null), p.toString());
    }

    @Test
    void twoPeopleWillLeadTheCompanyAsInterimCoChiefs() {
        List<Position> p = Extract.positions("Marlow Retail said its chief executive would leave. Finance chief Ada Lin and chief "
                + "operating officer Raj Patel will lead the company as interim co-CEOs.");
        assertTrue(hasPosition(p, "Ada Lin", "Marlow Retail", "interim co-ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(hasPosition(p, "Raj Patel", "Marlow Retail", "interim co-ceo", PositionStatus.INCOMING), p.toString());
    }

    @Test
    void aPersonWhoOwnsAShareOfTheCompany() {
        List<Investment> i = Extract.investments("Founder Jim Bale, who owns about 12% of Tessara's shares, opposes the plan.");
        assertTrue(Extract.hasStake(i, "Jim Bale", "Tessara", 12), i.toString());
    }

    @Test
    void aWarrantForAShareOfTheCompany() {
        List<Investment> i = Extract.investments("Voltline issued Cargo Air a warrant for up to 5 million shares, or about 4% of the "
                + "battery maker.");
        assertTrue(Extract.hasStake(i, "Cargo Air", "Voltline", 4), i.toString());
    }

    @Test
    void aNameEndingInItsOwnPossessiveOwnsWhatFollows() {
        List<Investment> i = Extract.investments("Crestline Partners, McDonald's largest shareholder with a stake of about 5%, backed "
                + "the plan.");
        assertTrue(Extract.hasStake(i, "Crestline Partners", "McDonald's", 5), i.toString());
    }
}
