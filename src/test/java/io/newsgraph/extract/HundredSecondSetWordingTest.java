package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-second written set (issue 10: a fitness company's cuts, a press release's completed deal,
 * a cloud maker's second stake, a chip tester's customer pulling back, a shared chief's role, a carmaker's plant closures),
 * in sentences of our own.
 */
class HundredSecondSetWordingTest {

    @Test
    void foundedByFormerExecutivesOfAnotherCompanyIncludingItsChief() {
        List<Position> p = Extract.positions("Veritas Bio was founded in 2020 by former Genmark researchers including chief executive "
                + "Lior Adams.");
        assertTrue(Extract.hasPosition(p, "Lior Adams", "Veritas Bio", "co-founder", null), p.toString());
        assertTrue(Extract.hasPosition(p, "Lior Adams", "Veritas Bio", "ceo", null), p.toString());
        p = Extract.positions("Tidewater Robotics was started by former Kestrel executives including Maya Chen.");
        assertTrue(Extract.hasPosition(p, "Maya Chen", "Kestrel", "executive", PositionStatus.FORMER), p.toString());
    }

    @Test
    void aSharedRoleIsHeldByTheOneAlongside() {
        List<Position> p = Extract.positions("Fennel Foods has named Rosa Vance, its finance chief, as co-CEO alongside founder Ari "
                + "Blum.");
        assertTrue(Extract.hasPosition(p, "Rosa Vance", "Fennel Foods", "co-ceo", null), p.toString());
        assertTrue(Extract.hasPosition(p, "Ari Blum", "Fennel Foods", "co-ceo", PositionStatus.CURRENT), p.toString());
        // a role of one holder is not shared by the one named beside
        p = Extract.positions("Fennel Foods has named Rosa Vance as chief executive alongside founder Ari Blum, who becomes chairman.");
        assertTrue(p.stream().noneMatch(v -> v.person().name().equals("Ari Blum") && v.title().equals("ceo")), p.toString());
    }
}
