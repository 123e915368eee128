package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Investment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixty-ninth written set (issue 10: a payments company's cuts, a drug deal, a telecoms data centre, an
 * engine venture's new holder), in sentences of our own: "has completed its purchase of a 10% stake in X"; "A and B each
 * now hold 45% of X"; "Alder-Kobe engine venture" is two companies named on their own elsewhere, not one; "a
 * data centre equipped with about 8,000 Vantor graphics processors" makes Vantor a supplier.
 */
class SixtyNinthSetWordingTest {

    private static final String VENTURE = """
            Qamar Oil completes purchase of 10% of Alder-Kobe engine venture Torvik

            Qamar Oil has completed its purchase of a 10% stake in Torvik Engines, the joint venture set up by Alder and Kobe, \
            the companies said. Alder and Kobe each now hold 45% of Torvik Engines.
            """;

    @Test
    void aStakeBoughtToldAsANounAndTheSameShareForEachHolder() {
        List<Investment> i = Extract.investments(VENTURE);
        assertTrue(Extract.hasStake(i, "Qamar Oil", "Torvik Engines", 10), i.toString());
        assertTrue(Extract.hasStake(i, "Alder", "Torvik Engines", 45), i.toString());
        assertTrue(Extract.hasStake(i, "Kobe", "Torvik Engines", 45), i.toString());
        assertTrue(i.stream().noneMatch(x -> x.investor().name().equals("Alder-Kobe")), i.toString());
    }

    @Test
    void chipsAMachineIsEquippedWithNameTheirMaker() {
        List<ClientRelationship> c = Extract.clients("Nordtel will build an AI data centre in Hamburg equipped with about 8,000 "
                + "Vantor graphics processors, the telecoms group said.");
        assertTrue(Extract.hasClient(c, "Nordtel", "Vantor", ClientStatus.ACTIVE), c.toString());
    }
}
