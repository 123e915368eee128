package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Investment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the thirty-eighth written set (issue 10), in sentences of our own: a company "has
 * chosen X to supply" something is X's client; a list of backers read as companies must not start
 * inside a longer list that something unreadable broke ("Accel, A*, Elad Gil and Box Group also
 * invested" is no investment in Accel).
 */
class ThirtyEighthSetWordingTest {

    @Test
    void chosenToSupply() {
        List<ClientRelationship> c = Extract.clients("Corvo Motors has chosen Lumen Cell to supply the batteries for every model of its new "
                + "van.");
        assertTrue(c.stream().anyMatch(v -> v.client().name().equals("Corvo Motors") && v.supplier().name().equals("Lumen Cell")),
                c.toString());
    }

    @Test
    void aListOfCompaniesDoesNotStartInsideABrokenList() {
        List<Investment> i = Extract.investments("Halvard, which builds farm robots, has raised $65 million in a Series B round led by "
                + "Orbel Ventures, the company said on Tuesday.\n\nAccel, Q*, Elad Gil and Box Group also invested. Halvard was founded in "
                + "2023 by Ada Brook.");
        assertFalse(i.stream().anyMatch(v -> v.investee().name().equals("Accel")), i.toString());
    }
}
