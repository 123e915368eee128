package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the forty-eighth written set (issue 10), in sentences of our own: a person "who also
 * runs" another company keeps the bare title at the company the story is about.
 */
class FortyEighthSetWordingTest {

    @Test
    void aSecondRoleLeavesTheBareTitleWithTheStorysCompany() {
        List<Position> p = Extract.positions("Kelder Motors plans to cut 900 jobs. Kelder Motors, which is controlled by Orrin Group, "
                + "employs about 12,000 people. Chief executive Ana Ferris, who also runs Orrin Group, said costs must fall.");
        assertTrue(Extract.hasPosition(p, "Ana Ferris", "Kelder Motors", "ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(Extract.hasPosition(p, "Ana Ferris", "Orrin Group", "head", PositionStatus.CURRENT), p.toString());
    }
}
