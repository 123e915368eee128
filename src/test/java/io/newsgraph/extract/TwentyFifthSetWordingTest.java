package io.newsgraph.extract;

import static io.newsgraph.extract.Extract.hasPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the twenty-fifth written set (issue 10), in sentences of our own: a company named
 * like a person that cuts jobs in "its" own unit; a number opening a sentence before a name; a
 * descriptor of two nouns ("the shipping group") and a "whose" clause listing names between a
 * subject and its verb; hyphen-joined nationalities before a name; "its" after ", and" going on
 * about the subject, not a name listed in the clause before; investors "including" a fund, of the
 * company the sentence opens with; a role taken "on an acting basis"; joining "the board of" a
 * company, "a member of the X management board"; an earlier role in a ", formerly ..." aside.
 */
class TwentyFifthSetWordingTest {

    @Test
    void aCompanyNamedLikeAPersonCutsJobsInItsOwnUnit() {
        List<Layoff> l = Extract.layoffs("Hugo Marsh will eliminate about 2,500 further positions at its logistics arm, the family-owned "
                + "retailer said.");
        assertTrue(l.stream().anyMatch(v -> v.organization().name().equals("Hugo Marsh") && v.count() == 2500), l.toString());
        // a person who cuts jobs elsewhere stays a person
        var x = Extract.of("Elon Musk laid off about 3,700 workers at Twitter on Friday, a week after he bought the company.");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Elon Musk") && e.type() == EntityType.PERSON), x.entities().toString());
    }

    @Test
    void aNumberOpeningASentenceCountsTheNounAfterTheName() {
        var x = Extract.of("Orlex Systems said it would cut 200 jobs. Three Orlex directors resigned. Two Sigma said it had sold its stake.");
        Set<String> names = x.entities().stream().map(Entity::name).collect(Collectors.toSet());
        assertTrue(names.contains("Two Sigma") && names.stream().noneMatch(n -> n.startsWith("Three")), names.toString());
    }

    @Test
    void aTwoNounDescriptorAndAWhoseClauseBeforeTheVerb() {
        List<Headcount> h = Extract.headcounts("Kestrel Maritime said its profit rose. The shipping group, whose brands include Polar, "
                + "Tidewater Lines and Harbor Express, employs roughly 41,000 people.");
        assertEquals(1, h.size(), h.toString());
        assertEquals("Kestrel Maritime", h.get(0).organization().name());
        assertEquals(41000, h.get(0).count());
    }

    @Test
    void hyphenJoinedNationalitiesDescribeTheNameAfterThem() {
        List<Acquisition> a = Extract.acquisitions("Kestrel Maritime also bought Italian-American pasta brand Rossi Foods for $300 million.");
        assertTrue(a.stream().anyMatch(v -> v.target().name().equals("Rossi Foods")), a.toString());
        var x = Extract.of("Sino-German battery maker Voltara raised $90 million.");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("German")), x.entities().toString());
    }

    @Test
    void itsAfterAndGoesOnAboutTheSubject() {
        String text = "Velora, the meal-kit company, has faced pressure from activist investors including Elm Street Partners, which "
                + "bought shares in March, and its finance chief Ana Ruiz resigned.";
        assertTrue(hasPosition(Extract.positions(text), "Ana Ruiz", "Velora", "cfo", PositionStatus.FORMER), Extract.positions(text).toString());
        List<Investment> i = Extract.investments(text);
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Elm Street Partners") && v.investee().name().equals("Velora")), i.toString());
    }

    @Test
    void aRoleTakenOnAnActingBasis() {
        List<Position> p = Extract.positions("Dalton Foods said chief executive Mark Ames was replaced by Lisa Chen, a board member, on an "
                + "acting basis.");
        assertTrue(hasPosition(p, "Lisa Chen", "Dalton Foods", "interim ceo", PositionStatus.CURRENT), p.toString());
        assertTrue(hasPosition(p, "Mark Ames", "Dalton Foods", "ceo", PositionStatus.FORMER), p.toString());
        List<Position> q = Extract.positions("Acme said Jane Roe would serve as chief executive on an interim basis.");
        assertTrue(hasPosition(q, "Jane Roe", "Acme", "interim ceo", null), q.toString());
    }

    @Test
    void boardSeatsWithTheCompanyAfterOrInsideTheBoard() {
        assertTrue(hasPosition(Extract.positions("Jane Roe will join the board of Acme Corp."), "Jane Roe", "Acme", "board member",
                PositionStatus.INCOMING));
        List<Position> p = Extract.positions("Ulla Berg, a member of the Hartmann management board, said demand was weak.");
        assertTrue(hasPosition(p, "Ulla Berg", "Hartmann", "board member", PositionStatus.CURRENT), p.toString());
    }

    @Test
    void anEarlierRoleInAFormerlyAside() {
        List<Position> p = Extract.positions("Omar Haddad, formerly Brixton's chief executive, becomes president of Kestrel Maritime.");
        assertTrue(hasPosition(p, "Omar Haddad", "Brixton", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(hasPosition(p, "Omar Haddad", "Kestrel Maritime", "president", PositionStatus.CURRENT), p.toString());
    }
}
