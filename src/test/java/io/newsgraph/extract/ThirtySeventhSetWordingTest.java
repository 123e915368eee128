package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Investment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-seventh written set (issue 10) scored 0.98 unseen; its one class, in sentences of our
 * own: a list of backers read as people must not start inside a list of companies ("Nvidia, Founders
 * Fund and Fidelity also took part" is three backers of the round, not Fidelity backing Nvidia).
 */
class ThirtySeventhSetWordingTest {

    @Test
    void aListOfPeopleDoesNotStartInsideAListOfCompanies() {
        List<Investment> i = Extract.investments("Halvard, which builds robots for farms, has raised $300 million in a funding round co-led "
                + "by Orbel Ventures and Crane Capital.\n\nNvidia, Sequel Partners and Fidelity also took part in the round. Halvard chief "
                + "executive Ada Brook said the money would fund new plants.");
        assertFalse(i.stream().anyMatch(v -> v.investee().name().equals("Nvidia")), i.toString());
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Fidelity") && v.investee().name().equals("Halvard")), i.toString());
    }
}
