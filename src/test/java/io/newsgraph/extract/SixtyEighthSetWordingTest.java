package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Investment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixty-eighth written set (issue 10: a headcount shrunk by attrition, a chief ousted, a chipmaker's stake,
 * a consumer-goods takeover, a cloud contract), in sentences of our own: "the computing deals X has struck this year,
 * including with A and B" (each a supplier of X); "A and B, its biggest backer": "its" after a list of companies is the
 * sentence's company, not one of the list.
 */
class SixtyEighthSetWordingTest {

    private static final String TEXT = "The agreement adds to the more than $200 billion of computing deals Quorra AI has struck this "
            + "year, including with Beltline Cloud and Marrow Systems, its biggest backer.";

    @Test
    void eachCompanyOfTheDealsStruckSuppliesIt() {
        List<ClientRelationship> c = Extract.clients(TEXT);
        assertTrue(Extract.hasClient(c, "Quorra AI", "Beltline Cloud", ClientStatus.ACTIVE), c.toString());
        assertTrue(Extract.hasClient(c, "Quorra AI", "Marrow Systems", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void itsAfterAListIsTheSentencesCompany() {
        List<Investment> i = Extract.investments(TEXT);
        assertTrue(Extract.hasInvestment(i, "Marrow Systems", "Quorra AI"), i.toString());
        assertTrue(i.stream().noneMatch(x -> x.investee().name().equals("Beltline Cloud")), i.toString());
    }
}
