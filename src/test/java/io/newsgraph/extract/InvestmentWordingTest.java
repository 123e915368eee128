package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Investment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Funding rounds and stakes as business journalists write them: rounds whose company is only the
 * article's subject, lists ending in "and others", investors with their own amounts, stakes in
 * teams and companies bought, sold and held, people as investors. Articles written by us.
 */
class InvestmentWordingTest {

    private static Map<String, Investment> byInvestor(List<Investment> all) {
        return all.stream().collect(Collectors.toMap(i -> i.investor().name(), i -> i, (a, b) -> a));
    }

    @Test
    void roundLedByInvestorsOfTheArticlesCompany() {
        List<Investment> inv = Extract.investments("""
                Helioform raises $310 million to build grid batteries

                Helioform, a battery maker in Reno, has raised $310 million in new funding. The round was led by \
                Cinder Peak Capital, the growth fund run by Maya Okafor, with participation from investors including \
                Alder Street Ventures, Brightmoor Partners and Quarry Lane Capital. Other backers include Tessaro Energy, \
                which put in about $40 million, and Norrland Power, which invested $25 million. The financing also included \
                Fenwick Growth, Olsen Capital and others.
                """);
        Map<String, Investment> m = byInvestor(inv);
        assertEquals(Set.of("Cinder Peak Capital", "Alder Street Ventures", "Brightmoor Partners", "Quarry Lane Capital",
                "Tessaro Energy", "Norrland Power", "Fenwick Growth", "Olsen Capital"), m.keySet());
        inv.forEach(i -> assertEquals("Helioform", i.investee().name()));
        assertEquals(40e6, m.get("Tessaro Energy").amount().value().doubleValue(), 1);
        assertEquals(25e6, m.get("Norrland Power").amount().value().doubleValue(), 1);
    }

    @Test
    void coLedPossessiveRound() {
        List<Investment> inv = Extract.investments("Larchmont Ventures and Teal Harbor Capital co-led Quillfeather Bio's "
                + "$180 million Series C round.");
        assertEquals(2, inv.size(), inv.toString());
        inv.forEach(i -> {
            assertEquals("Quillfeather Bio", i.investee().name());
            assertEquals(180e6, i.amount().value().doubleValue(), 1);
        });
    }

    @Test
    void stakesBoughtSoldAndHeld() {
        List<Investment> inv = Extract.investments("""
                The Portland Pioneers sold a minority share of the club to Granite Arch Partners. Granite Arch is buying \
                roughly 12% of the Pioneers, people familiar with the deal said. Meridian Sports Capital, meanwhile, has \
                acquired a piece of the Hartford Wolves.
                """);
        Map<String, Investment> m = byInvestor(inv);
        assertEquals("Portland Pioneers", m.get("Granite Arch Partners").investee().name());
        assertEquals(12.0, m.get("Granite Arch Partners").stakePercent());
        assertEquals("Hartford Wolves", m.get("Meridian Sports Capital").investee().name());
    }

    @Test
    void stakesHeldInSeveralCompanies() {
        List<Investment> inv = Extract.investments("Boston-based Calder Row already holds minority stakes in hockey teams, "
                + "including the Halifax Storm and the Quebec Comets. Calder Row has previously invested in Brixton Rovers, "
                + "Lyon Athletique and Porto Azul.");
        Set<String> investees = inv.stream().map(i -> i.investee().name()).collect(Collectors.toSet());
        assertEquals(Set.of("Halifax Storm", "Quebec Comets", "Brixton Rovers", "Lyon Athletique", "Porto Azul"), investees);
        inv.forEach(i -> assertEquals("Calder Row", i.investor().name()));
    }

    @Test
    void peopleAsInvestorsAndStakesInWords() {
        List<Investment> inv = Extract.investments("""
                Several executives are also acquiring separate stakes in the Wolves, including Dana Whitlock, managing \
                partner of Ferrous Capital, and former players Marcus Oyelaran and Theo Brandt. Founder Ingrid Solberg holds \
                roughly eleven percent of Nordvik shares.
                """);
        Map<String, Investment> m = byInvestor(inv);
        assertTrue(m.keySet().containsAll(Set.of("Dana Whitlock", "Marcus Oyelaran", "Theo Brandt")), m.toString());
        assertTrue(m.values().stream().noneMatch(i -> i.investor().name().equals("Ferrous Capital")), m.toString());
        assertEquals(EntityType.PERSON, m.get("Theo Brandt").investor().type());
        Investment solberg = m.get("Ingrid Solberg");
        assertNotNull(solberg, m.toString());
        assertEquals("Nordvik", solberg.investee().name());
        assertEquals(11.0, solberg.stakePercent());
    }

    @Test
    void backersNamedInCompounds() {
        Map<String, Investment> m = byInvestor(Extract.investments("Shares of SoftBank-backed Arvo Chips rose 5%. An Orion Peak "
                + "Partners-led investor group is acquiring a minority stake in the Denver Comets."));
        assertEquals("Arvo Chips", m.get("SoftBank").investee().name());
        assertEquals("Denver Comets", m.get("Orion Peak Partners").investee().name());
    }

    @Test
    void peopleJoiningAnOwnershipGroupOrNamedAsInvestors() {
        List<Investment> inv = Extract.investments("""
                The deal brings Tennis Champions Ana Ruiz and Mara Lind into the Harbor Kings' ownership group, and \
                Lakeside Nets owners Joe Park and Oliver Weiss as investors in the Bergen Vikings.
                """);
        java.util.Set<String> pairs = inv.stream().map(x -> x.investor().name() + ">" + x.investee().name())
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(pairs.containsAll(java.util.Set.of("Ana Ruiz>Harbor Kings", "Mara Lind>Harbor Kings",
                "Joe Park>Bergen Vikings", "Oliver Weiss>Bergen Vikings")), pairs.toString());
        List<io.newsgraph.model.Position> p = Extract.positions("""
                The deal brings Lakeside Nets owners Joe Park and Oliver Weiss in as investors. Cape Town Stars \
                co-founders Thabo Nkosi and Lerato Dube stay on.
                """);
        assertTrue(p.stream().filter(x -> x.title().equals("owner") && x.organization().name().equals("Lakeside Nets")).count() == 2,
                p.toString());
        assertTrue(p.stream().filter(x -> x.title().equals("co-founder") && x.organization().name().equals("Cape Town Stars")).count() == 2,
                p.toString());
    }

    @Test
    void amountsInWordsWithoutAFigure() {
        Map<String, Investment> byInvestor = Extract.investments("""
                Northwind invested a little less than a billion in Velda. Orion put half a billion dollars into Velda. \
                Velda now has a million users.
                """).stream().collect(Collectors.toMap(x -> x.investor().name(), x -> x));
        assertEquals(1e9, byInvestor.get("Northwind").amount().usd().doubleValue(), 1);
        assertTrue(byInvestor.get("Northwind").amount().approximate());
        assertEquals(5e8, byInvestor.get("Orion").amount().usd().doubleValue(), 1);
        assertEquals(2, byInvestor.size(), byInvestor.toString());
    }

    @Test
    void aBackersShareOfTheRoundGivenWithoutTheCompany() {
        Map<String, Investment> byInvestor = Extract.investments("""
                Velda Systems raised $3 billion in a round led by Hale Capital, which put in $1.2 billion. \
                Longtime backer Orion Partners invested a little less than a billion.
                """).stream().collect(Collectors.toMap(x -> x.investor().name(), x -> x));
        assertEquals("Velda Systems", byInvestor.get("Orion Partners").investee().name());
        assertEquals(1e9, byInvestor.get("Orion Partners").amount().usd().doubleValue(), 1);
    }

    @Test
    void aLeadInvestorsRoundWithItsAmountAndTheFirmsThatJoined() {
        Map<String, Investment> byInvestor = Extract.investments(
                "Quillon Capital led a $30 million Series A in Lumio, joined by Pine Street Partners.")
                .stream().collect(Collectors.toMap(x -> x.investor().name(), x -> x));
        assertEquals(3e7, byInvestor.get("Quillon Capital").amount().usd().doubleValue(), 1);
        assertEquals("Lumio", byInvestor.get("Pine Street Partners").investee().name());
    }

    @Test
    void coInvestorsInAnAbsoluteClause() {
        List<io.newsgraph.model.Investment> inv = Extract.investments(
                "Marrow Bio raised $45 million in a round led by Fenwick Partners, with Quay Capital and Larchmont Ventures participating.");
        for (String investor : List.of("Fenwick Partners", "Quay Capital", "Larchmont Ventures")) {
            assertTrue(inv.stream().anyMatch(x -> x.investor().name().equals(investor) && x.investee().name().equals("Marrow Bio")),
                    investor + " in " + inv);
        }
    }

    @Test
    void peopleLeadAndJoinRounds() {
        List<Investment> inv = Extract.investments("""
                Tallow, a legal-research startup, said Wednesday it has raised $28 million in a round led by Priya Raman, \
                the former chief technology officer of Ledgerline. Other participants in the round include Marco Bellini, \
                Fernhill Partners and Ledgerline co-founder Oskar Lindqvist, as well as existing backers Kestrel Ventures \
                and Ana Duarte. Tallow has 40 employees.
                """);
        Map<String, Investment> m = byInvestor(inv);
        assertEquals(Set.of("Priya Raman", "Marco Bellini", "Fernhill Partners", "Oskar Lindqvist", "Kestrel Ventures", "Ana Duarte"),
                m.keySet(), inv.toString());
        assertEquals(EntityType.PERSON, m.get("Priya Raman").investor().type());
        assertEquals(28e6, m.get("Priya Raman").amount().value().doubleValue(), 1);
        inv.forEach(i -> assertEquals("Tallow", i.investee().name()));
    }

    @Test
    void investorsAfterAsDidAndARoundWithAnApposition() {
        List<Investment> inv = Extract.investments("""
                Corvane Bio has closed a $90 million financing. The round, which was split between equity and debt, was \
                led by Halden Capital. Existing investors Brook Lane Partners also took part, as did drugmaker Osterra \
                and Danish lender Vestbank.
                """);
        assertEquals(Set.of("Halden Capital", "Brook Lane Partners", "Osterra", "Vestbank"), byInvestor(inv).keySet(), inv.toString());
        inv.forEach(i -> assertEquals("Corvane Bio", i.investee().name()));
    }

    @Test
    void aLeadInvestorWithoutTheCompanyAndARoundThatDrewOthers() {
        List<Investment> inv = Extract.investments("""
                Orrin Data, a data-storage startup, said on Monday it has raised $900 million in a Series F round that \
                values Orrin Data at $12 billion. Halyard Partners led the round, \
                which also drew new investors Pell Street Capital, Moreau Asset Management & Research Company and \
                Sheikh Faisal bin Hamad, the company said in a blog post. Existing investor Tidewater Growth also participated.
                """);
        assertEquals(Set.of("Halyard Partners", "Pell Street Capital", "Moreau Asset Management & Research Company",
                "Sheikh Faisal bin Hamad", "Tidewater Growth"), byInvestor(inv).keySet(), inv.toString());
        inv.forEach(i -> assertEquals("Orrin Data", i.investee().name()));
    }

    @Test
    void aCappedCommitmentIsNoHypothesisAndAShareholderNamedAsSuch() {
        List<Investment> inv = Extract.investments("Brannock Motors will invest up to $2 billion in Quill Mobility, the companies "
                + "said. Quill Mobility, which counts Harbor Freightways as its largest customer and shareholder, has struggled.");
        assertEquals(2e9, byInvestor(inv).get("Brannock Motors").amount().value().doubleValue(), 1, inv.toString());
        assertEquals("Quill Mobility", byInvestor(inv).get("Harbor Freightways").investee().name());
    }

    @Test
    void coLeadersAreNotTheCompanyAndParticipantsTakingPart() {
        List<Investment> inv = Extract.investments("""
                Sorell Health has raised $300 million in a round that values the company at $4 billion, Sorell Health said. \
                Brightline Growth and Ossian Capital co-led the financing, with participation from Tamber and Veld Partners. \
                Norse Ventures and Halcrow are also taking part in the round.
                """);
        assertEquals(Set.of("Brightline Growth", "Ossian Capital", "Tamber", "Veld Partners", "Norse Ventures", "Halcrow"),
                byInvestor(inv).keySet(), inv.toString());
        inv.forEach(i -> assertEquals("Sorell Health", i.investee().name()));
        assertEquals(List.of(), Extract.investments("Known for its loans, Pellam has previously invested in Quorn Labs and Vesta."
                + " Pellam also participated in deals in Europe.").stream().filter(i -> i.investee().name().equals("Pellam")).toList());
    }

    @Test
    void aNationalityAndAFieldDescribeTheCompanyAndInvestorsAlongWithOthers() {
        List<Investment> inv = Extract.investments("""
                Danish AI startup Korvo said Monday it had raised $200 million in a round led by Nordvest Pension. \
                Halden Systems and Brisk Chips also invested in the round, along with state lender EKF.
                """);
        assertEquals(Set.of("Nordvest Pension", "Halden Systems", "Brisk Chips", "EKF"), byInvestor(inv).keySet(), inv.toString());
        inv.forEach(i -> assertEquals("Korvo", i.investee().name()));
    }

    @Test
    void aStakeInACompanyNamedForItsCityAndSpendingOnItsCloudIsNoInvestment() {
        String text = "Quantix will buy a 5% stake in Boston Clearing Group as part of a 10-year partnership. Boston Clearing "
                + "Group has committed to spend at least $900 million on Quantix cloud services over the partnership.";
        List<Investment> inv = Extract.investments(text);
        assertEquals(1, inv.size(), inv.toString());
        assertEquals("Boston Clearing Group", inv.get(0).investee().name());
        assertEquals(5.0, inv.get(0).stakePercent(), 0.01);
        List<io.newsgraph.model.ClientRelationship> c = Extract.clients(text);
        assertEquals(1, c.size(), c.toString());
        assertEquals("Boston Clearing Group", c.get(0).client().name());
        assertEquals(900e6, c.get(0).value().value().doubleValue(), 1);
    }

    @Test
    void anEarlierInvestmentInARelativeClause() {
        List<Investment> inv = Extract.investments("Marlow Pharmacy plans to close 500 stores. The pharmacy chain also said it "
                + "would sell its majority stake in clinic operator CareFirst, in which it invested $3.1 billion in 2021. "
                + "Marlow Pharmacy employs 90,000 people.");
        Investment i = byInvestor(inv).get("Marlow Pharmacy");
        assertEquals("CareFirst", i.investee().name(), inv.toString());
        assertEquals(3.1e9, i.amount().value().doubleValue(), 1);
    }
}
