package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PositionRulesTest {

    private static Optional<Position> find(List<Position> ps, String person, String org, String title) {
        return ps.stream().filter(p -> p.person().name().equals(person) && p.organization().name().equals(org)
                && p.title().equals(title)).findFirst();
    }

    private static Position expect(String text, String person, String org, String title) {
        List<Position> ps = Extract.positions(text);
        return find(ps, person, org, title).orElseThrow(() -> new AssertionError(
                "no " + title + " " + person + "@" + org + " in: " + text + "\n got " + ps));
    }

    @Test
    void readsOrganizationTitlePerson() {
        Position p = expect("Google hired Windsurf CEO Varun Mohan last week.", "Varun Mohan", "Windsurf", "ceo");
        assertEquals("Varun Mohan", p.person().name());
    }

    @Test
    void readsAppositionWithTitleAtOrganization() {
        expect("\"We are growing,\" said Priya Raman, vice president of sales at Northwind Grocers.",
                "Priya Raman", "Northwind Grocers", "vice president of sales");
    }

    @Test
    void readsInterimTitles() {
        Position p = expect("The job cuts were announced by Scale AI's interim CEO Jason Droege in a memo.",
                "Jason Droege", "Scale AI", "interim ceo");
        assertEquals(PositionStatus.CURRENT, p.status());
    }

    @Test
    void readsFormerFromTheTitle() {
        Position p = expect("The lab hired Scale AI's former CEO, Alexandr Wang, in June.", "Alexandr Wang", "Scale AI", "ceo");
        assertEquals(PositionStatus.FORMER, p.status());
    }

    @Test
    void aPersonWithTwoRolesGetsTwoPositions() {
        List<Position> ps = Extract.positions("Meta hired away Scale AI's co-founder and CEO, Alexandr Wang.");
        assertTrue(find(ps, "Alexandr Wang", "Scale AI", "co-founder").isPresent(), ps::toString);
        assertTrue(find(ps, "Alexandr Wang", "Scale AI", "ceo").isPresent(), ps::toString);
    }

    @Test
    void readsFoundersFromFoundedBy() {
        Position p = expect("Anthropic was founded in 2021 by Dario Amodei, a former OpenAI executive.",
                "Dario Amodei", "Anthropic", "founder");
        assertNull(p.status(), "founding says nothing about whether the founder is still there");
        expect("Maria Okafor co-founded Brightline Robotics in 2019.", "Maria Okafor", "Brightline Robotics", "co-founder");
    }

    @Test
    void readsJoinedAsTitle() {
        Position p = expect("Droege stepped in after Alexandr Wang joined Meta as its Chief AI Officer.",
                "Alexandr Wang", "Meta", "chief ai officer");
        assertEquals(PositionStatus.CURRENT, p.status());
    }

    @Test
    void readsIncomingRoles() {
        Position p = expect("Acme Robotics said Laura Chen will become its CFO in March.", "Laura Chen", "Acme Robotics", "cfo");
        assertEquals(PositionStatus.INCOMING, p.status());
    }

    @Test
    void findsPeopleNoListKnowsFromSpeechAndTitles() {
        expect("\"We have to grow more carefully,\" said Ngozi Adebayo-Okafor, Brightline's chief executive.",
                "Ngozi Adebayo-Okafor", "Brightline", "ceo");
    }

    @Test
    void aFounderWhoLeftIsAFormerFounderButFormerColleaguesAreNot() {
        Position left = expect("The cuts followed the departure of co-founder Ana Ruiz to join a rival, Acme Labs said.",
                "Ana Ruiz", "Acme Labs", "co-founder");
        assertEquals(PositionStatus.FORMER, left.status());
        Position founder = expect("Quanta Forge was founded in 2021 by former Nvidia engineer Ravi Menon.", "Ravi Menon", "Quanta Forge", "founder");
        assertNull(founder.status());
    }
}
