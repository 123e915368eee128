package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixty-fifth written set (issue 10: a government stake, a rail merger, carmakers' cuts, a parcel
 * carrier's biggest customer, a licensed battery design), in sentences of our own: a company that builds "using technology
 * licensed from" another is that one's customer.
 */
class SixtyFifthSetWordingTest {

    @Test
    void technologyLicensedFromACompanyMakesItsCustomer() {
        List<ClientRelationship> c = Extract.clients("Harwick Motors will spend $2 billion on a plant in Ohio to make cheaper "
                + "batteries, using technology licensed from Korea's Daesan Cells, the country's largest battery maker.");
        assertTrue(Extract.hasClient(c, "Harwick Motors", "Daesan Cells", ClientStatus.ACTIVE), c.toString());
        List<ClientRelationship> none = Extract.clients("Harwick Motors will spend $2 billion on a plant in Ohio, using money "
                + "borrowed from Daesan Bank.");
        assertTrue(none.isEmpty(), none.toString());
    }
}
