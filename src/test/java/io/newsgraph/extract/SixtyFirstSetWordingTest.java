package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixty-first written set (issue 10: Asian and Australian business press), in sentences of our own: money
 * "in X as part of a funding round led by" another (the round is X's, not the article's main company's); a lower-case
 * "group chief executive" after "co-founder and"; "the Osaka-headquartered company"; "had a headcount of 41,200"; "has
 * bagged a deal worth $900 million from" a client; a given name before "Global" ("Liberty Global"); a chief who will
 * retire, "handing the top job to" a successor in a participle after the clause.
 */
class SixtyFirstSetWordingTest {

    @Test
    void aRoundNamedInTheSentenceIsThatCompanysNotTheTopics() {
        List<Investment> i = Extract.investments("Harbor Lane picks up a stake in Kestrel Pay. Harbor Lane will put $120 million into "
                + "Kestrel Pay as part of a funding round led by the payments firm's parent Orvale Group, Kestrel Pay said.");
        assertTrue(Extract.hasInvestment(i, "Harbor Lane", "Kestrel Pay"), i.toString());
        assertTrue(i.stream().noneMatch(x -> x.investee().name().equals("Harbor Lane")), i.toString());
    }

    @Test
    void aLowerCaseGroupTitleAfterCoFounder() {
        List<Position> p = Extract.positions("Tarvo Logistics is cutting 600 jobs. In a memo, co-founder and group chief executive "
                + "Daniel Okafor said the company had hired too fast.");
        assertTrue(Extract.hasPosition(p, "Daniel Okafor", "Tarvo Logistics", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Daniel Okafor") && x.title().equals("co-founder")), p.toString());
    }

    @Test
    void aHeadquarteredDescriptorAndAHeadcountOf() {
        List<Headcount> h = Extract.headcounts("Minato Robotics will shed 300 jobs. The Osaka-headquartered company had about 4,100 "
                + "full-time staff before the cuts.");
        assertTrue(h.stream().anyMatch(x -> x.organization().name().equals("Minato Robotics") && x.count() == 4100), h.toString());
        List<Headcount> k = Extract.headcounts("Rival Pellion Software had a headcount of 41,200 at the end of March.");
        assertEquals(1, k.size(), k.toString());
        assertEquals(41200, k.get(0).count());
    }

    @Test
    void aDealWorthAnAmountFromAClient() {
        List<ClientRelationship> c = Extract.clients("Outsourcing firm Calder Services said it has bagged a deal worth about "
                + "$900 million from Danish shipping group Nordhavn Lines to run its booking systems for seven years.");
        assertTrue(Extract.hasClient(c, "Nordhavn Lines", "Calder Services", ClientStatus.ACTIVE), c.toString());
        assertEquals(900e6, c.get(0).value().usd().doubleValue(), 1e6, c.toString());
    }

    @Test
    void aGivenNameBeforeGlobalIsACompany() {
        List<ClientRelationship> c = Extract.clients("Calder Services won a contract from cable operator Liberty Global.");
        assertTrue(Extract.hasClient(c, "Liberty Global", "Calder Services", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void handingTheTopJobInAParticipleAfterTheClause() {
        List<Position> p = Extract.positions("Corvane Air chief executive Peter Lund will retire a month early, the carrier said on "
                + "Monday, handing the top job to chief operating officer Grace Obi with immediate effect.");
        assertTrue(Extract.hasPosition(p, "Grace Obi", "Corvane Air", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Peter Lund", "Corvane Air", "ceo", PositionStatus.FORMER), p.toString());
    }
}
