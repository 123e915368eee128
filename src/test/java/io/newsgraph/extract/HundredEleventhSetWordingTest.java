package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-eleventh written set (issue 10: voluntary retirements, a closed purchase, a solar stake, a
 * chief from a rival, AI chips bought from a cloud, an interview's headcount), in sentences of our own.
 */
class HundredEleventhSetWordingTest {

    @Test
    void aDealToUseAProductAndWorkMovedAway() {
        List<ClientRelationship> c = Extract.clients("Lumen Health has signed a three-year deal to use Microsoft Azure's "
                + "speech models, moving most of its data away from Oracle Cloud.");
        assertTrue(Extract.hasClient(c, "Lumen Health", "Microsoft Azure", ClientStatus.ACTIVE), c.toString());
        assertTrue(Extract.hasClient(c, "Lumen Health", "Oracle Cloud", ClientStatus.REDUCED), c.toString());
    }

    @Test
    void aHeadlineWhoseBuyerIsUnnamedMovesNothingOfAnothers() {
        List<ClientRelationship> c = Extract.clients("Insurer picks Google Cloud in multiyear deal, moving workloads off Oracle Cloud");
        assertTrue(c.stream().noneMatch(x -> x.client().name().equals("Google Cloud")), c.toString());
    }
}
