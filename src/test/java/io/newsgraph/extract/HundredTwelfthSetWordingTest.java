package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-twelfth written set (issue 10: a second round of cuts, a telehealth purchase, a telecom
 * operator's suppliers; three articles), in sentences of our own.
 */
class HundredTwelfthSetWordingTest {

    @Test
    void aContractExtendedIsNoContractEnded() {
        // "extended" ends in "ended": the cue for an ended contract is a word of its own
        List<ClientRelationship> c = Extract.clients("Norvik Rail has extended its contract with Siemens Mobility to maintain its "
                + "trains through 2031.");
        assertTrue(Extract.hasClient(c, "Norvik Rail", "Siemens Mobility", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void aDealRenewedAndAClauseThatSharesTheSubject() {
        // ", and will stop buying ... from Y" goes on about the sentence's subject, not the company named just before it
        List<ClientRelationship> c = Extract.clients("Norvik Rail renewed its deal with Alstom, and will stop buying spare parts "
                + "from Talgo Services next year.");
        assertTrue(Extract.hasClient(c, "Norvik Rail", "Alstom", ClientStatus.ACTIVE), c.toString());
        assertTrue(Extract.hasClient(c, "Norvik Rail", "Talgo Services", ClientStatus.ENDED), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.client().name().equals("Alstom")), c.toString());
    }

    @Test
    void aSupplierTheSentencesCompanyStopsBuyingFrom() {
        List<ClientRelationship> c = Extract.clients("Norvik Rail has extended its contract with Alstom to maintain its trains, "
                + "and will stop buying spare parts from Talgo Services next year.");
        assertTrue(Extract.hasClient(c, "Norvik Rail", "Talgo Services", ClientStatus.ENDED), c.toString());
        assertTrue(Extract.hasClient(c, "Norvik Rail", "Alstom", ClientStatus.ACTIVE), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.client().name().equals("Alstom")), c.toString());
    }
}
