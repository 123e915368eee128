package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Investment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the twenty-seventh written set (issue 10), in sentences of our own: a company named
 * after its family beside a member of that family; a family's short name that does not make a second
 * company of the same family the first; "would combine with X in a deal that values X at $N"; "holds
 * the other 45% of"; "will end up owning about 15% of"; a regulator that "cleared its planned purchase"
 * is not the buyer "its" stands for; "the startup" after the subject's "is one of" is another company,
 * and "its" after a semicolon the company named last; "X plants" bought are not X.
 */
class TwentySeventhSetWordingTest {

    @Test
    void aCompanyNamedAfterItsFamilyIsNotItsChairman() {
        var x = Extract.of("Swiss chocolatier Lindqvist, the family-owned maker of Polar bars, agreed to buy Brambles Bakery. Erik "
                + "Lindqvist is the group's chairman.");
        List<Acquisition> a = Extract.facts("Swiss chocolatier Lindqvist, the family-owned maker of Polar bars, agreed to buy Brambles "
                + "Bakery. Erik Lindqvist is the group's chairman.", Acquisition.class);
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Lindqvist") && v.target().name().equals("Brambles Bakery")), a.toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Erik Lindqvist")), x.entities().toString());
        // "the group" beside the buyer and its target: the family's company, named as the chairman's surname
        var p = Extract.positions("Swiss chocolatier Lindqvist, the family-owned maker of Polar bars, agreed to buy Brambles Bakery. Erik "
                + "Lindqvist is the group's chairman.");
        assertTrue(Extract.hasPosition(p, "Erik Lindqvist", "Lindqvist", "chairman", null), p.toString());
    }

    @Test
    void aFamilysShortNameJoinsNoSecondCompany() {
        List<Investment> i = Extract.investments("Halden Cable is a cable company controlled by the Halden family. Halden Holdings will own "
                + "23% of Halden Cable.");
        assertTrue(Extract.hasStake(i, "Halden Holdings", "Halden Cable", 23), i.toString());
    }

    @Test
    void aCombinationThatValuesTheOtherCompany() {
        List<Acquisition> a = Extract.acquisitions("Brightwave said it would combine with Telnor Cable in a deal that values Telnor at "
                + "$12 billion.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Brightwave") && v.target().name().equals("Telnor Cable")
                && v.amount() != null && Math.abs(v.amount().value().doubleValue() - 12e9) < 1), a.toString());
    }

    @Test
    void theOtherShareAndAShareOneEndsUpOwning() {
        List<Investment> i = Extract.investments("Orland Bank, which holds the other 45% of Paymate, will receive cash. Crane Equity will "
                + "end up owning about 15% of Paymate.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Orland Bank") && v.stakePercent() != null && v.stakePercent() == 45),
                i.toString());
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Crane Equity") && v.stakePercent() != null && v.stakePercent() == 15),
                i.toString());
    }

    @Test
    void aRegulatorClearsTheBuyersPurchase() {
        List<Acquisition> a = Extract.acquisitions("Airspan Group said the Federal Trade Commission had cleared its planned $2 billion "
                + "purchase of Nordic Wings.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Airspan Group") && v.target().name().equals("Nordic Wings")), a.toString());
        assertTrue(a.stream().noneMatch(v -> v.acquirer().name().contains("Commission")), a.toString());
    }

    @Test
    void brandsWhichACompanyBoughtFromOthersAreItsAcquisitions() {
        String text = "Ardent Foods already owns a string of brands, including Crumblix and Vestaro, which it bought from Halden "
                + "Foods and Marrow Group.";
        List<Acquisition> a = Extract.acquisitions(text);
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Ardent Foods") && v.target().name().equals("Crumblix")), a.toString());
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Ardent Foods") && v.target().name().equals("Vestaro")), a.toString());
        assertTrue(Extract.clients(text).isEmpty(), Extract.clients(text).toString());
        // products a company buys from another still make it a client
        assertTrue(Extract.clients("The chips, which Nordel Labs buys from Kestrel Foundry, power its servers.").stream()
                .anyMatch(c -> c.client().name().equals("Nordel Labs") && c.supplier().name().equals("Kestrel Foundry")));
    }

    @Test
    void aTitleHeldCurrentlyInAnApposition() {
        var p = Extract.positions("Target Corp will cut 1,800 jobs. Michael Fiddelke, currently chief operating officer, takes over on Feb. 1.");
        assertTrue(Extract.hasPosition(p, "Michael Fiddelke", "Target", "coo", io.newsgraph.model.PositionStatus.CURRENT), p.toString());
    }

    @Test
    void theStartupAfterTheSubjectsCopulaAndItsAfterASemicolon() {
        List<Investment> i = Extract.investments("Kestrel Cloud, which has invested about $2 billion in Nimbus Labs, is one of the "
                + "startup's two main cloud providers; the other is Arcadia Systems, its largest backer with $5 billion invested.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Arcadia Systems") && v.investee().name().equals("Nimbus Labs")), i.toString());
        assertTrue(i.stream().noneMatch(v -> v.investee().name().equals("Kestrel Cloud")), i.toString());
    }

    @Test
    void plantsOfACompanyBoughtAreNotTheCompany() {
        List<Acquisition> a = Extract.acquisitions("Vantor Aero agreed last year to take over Halden Structures plants that make parts "
                + "for its jets.");
        assertTrue(a.stream().noneMatch(v -> v.target().name().equals("Halden Structures")), a.toString());
    }
}
