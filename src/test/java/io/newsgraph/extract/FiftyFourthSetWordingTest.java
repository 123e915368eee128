package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the fifty-fourth written set (issue 10), in sentences of our own: a firm named with a slash or with
 * surnames and an ampersand; holders "which together own" part of a company; a board seat for the bought company's chief
 * after a takeover; a remaining stake sold to a group "led by" two firms.
 */
class FiftyFourthSetWordingTest {

    @Test
    void aFirmNamedWithASlash() {
        List<Acquisition> a = Extract.acquisitions("Private equity firm Hale/Ridge Partners agreed to buy Corbel Networks for $900 million.");
        assertTrue(Extract.hasAcquisition(a, "Hale/Ridge Partners", "Corbel Networks"), a.toString());
    }

    @Test
    void aFirmNamedWithSurnamesAndAnAmpersand() {
        List<Acquisition> a = Extract.acquisitions("Lintel Health agreed to be acquired by Hawes, Merriman & Cole for $1.2 billion.");
        assertTrue(Extract.hasAcquisition(a, "Hawes, Merriman & Cole", "Lintel Health"), a.toString());
    }

    @Test
    void holdersWhichTogetherOwnPartOfACompany() {
        List<Investment> i = Extract.investments("Pine Hill Partners and Osprey Capital, which jointly hold about 40% of Merrow Foods, "
                + "backed the sale.");
        assertTrue(Extract.hasInvestment(i, "Pine Hill Partners", "Merrow Foods"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Osprey Capital", "Merrow Foods"), i.toString());
    }

    @Test
    void theBoughtCompanysChiefJoinsTheBuyersBoard() {
        List<Position> p = Extract.positions("Dalton Tools agreed to buy Fenwick Hardware for $300 million. Fenwick Hardware chief "
                + "executive Ana Ruiz will join the board.");
        assertTrue(Extract.hasPosition(p, "Ana Ruiz", "Dalton Tools", "board member", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Ana Ruiz", "Fenwick Hardware", "ceo", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void aRemainingStakeSoldToAGroupLedByTwoFirms() {
        List<Acquisition> a = Extract.acquisitions("Harlow Bank agreed to sell its remaining stake in Harlow Payments to a "
                + "consortium led by Ridgeway Capital and Norland Partners.");
        assertTrue(Extract.hasAcquisition(a, "Ridgeway Capital", "Harlow Payments"), a.toString());
        assertTrue(Extract.hasAcquisition(a, "Norland Partners", "Harlow Payments"), a.toString());
    }
}
