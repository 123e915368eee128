package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Layoff;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Deals and workforce changes in other wordings: mergers called off by both parties, deal amounts
 * given for "the deal", headline verbs, companies sold to a buyer, people as buyers; cuts stated
 * without figures, as percentages only, as idioms ("pink slips", "lose their jobs"); workforce
 * sizes given through a descriptor or "down from". Articles written by us.
 */
class DealAndWorkforceWordingTest {

    @Test
    void mergerCalledOffByBothPartiesKeepsItsAmountAndFails() {
        List<Acquisition> a = Extract.acquisitions("""
                Corvane and Millbrook Health have terminated their $8 billion merger agreement, the companies said on \
                Monday. Corvane agreed to buy privately held Millbrook last year.
                """);
        assertEquals(1, a.size(), a.toString());
        assertEquals("Corvane", a.get(0).acquirer().name());
        assertEquals("Millbrook Health", a.get(0).target().name());
        assertEquals(DealStatus.FAILED, a.get(0).status());
        assertEquals(8e9, a.get(0).amount().value().doubleValue(), 1);
    }

    @Test
    void headlineVerbAndTheDealsAmountElsewhere() {
        List<Acquisition> a = Extract.acquisitions("""
                Halverd Seals Acquisition Of Pinecrest Software

                Halverd has completed its acquisition of accounting software maker Pinecrest Software. The $2.4 billion \
                deal was first announced in March.
                """);
        assertEquals(1, a.size(), a.toString());
        assertEquals("Halverd", a.get(0).acquirer().name());
        assertEquals(DealStatus.COMPLETED, a.get(0).status());
        assertEquals(2.4e9, a.get(0).amount().value().doubleValue(), 1);
    }

    @Test
    void soldToABuyerAndPeopleAsBuyers() {
        List<Acquisition> a = Extract.acquisitions("""
                Northline Airways was sold by the state to Okonkwo Holdings in 2019. Shipping magnate Ruth Okafor \
                acquired the Lagos Lions in 2016 for $90 million.
                """);
        Set<String> pairs = a.stream().map(x -> x.acquirer().name() + ">" + x.target().name()).collect(Collectors.toSet());
        assertTrue(pairs.contains("Okonkwo Holdings>Northline Airways"), pairs.toString());
        assertTrue(pairs.contains("Ruth Okafor>Lagos Lions"), pairs.toString());
    }

    @Test
    void cutsWithoutFiguresForEachCompanyNamed() {
        List<Layoff> l = Extract.layoffs("""
                Pellow is the latest retailer to shed staff, following the likes of Brambly, Cask & Co and Fenmore in \
                slashing jobs this spring. Orrin, Tavit and Quellow, the owner of the Tidy Mart chain, have also announced layoffs. \
                Pellow said it would cut 400 jobs.
                """);
        Set<String> orgs = l.stream().map(x -> x.organization().name()).collect(Collectors.toSet());
        assertTrue(orgs.containsAll(Set.of("Brambly", "Cask & Co", "Fenmore", "Orrin", "Tavit", "Quellow", "Pellow")), orgs.toString());
        assertEquals(1, l.stream().filter(x -> x.organization().name().equals("Pellow")).count(), l.toString());
        assertEquals(400L, l.stream().filter(x -> x.organization().name().equals("Pellow")).findFirst().get().count());
        assertNull(l.stream().filter(x -> x.organization().name().equals("Tavit")).findFirst().get().count());
    }

    @Test
    void cutsAsIdiomsAndPercentagesOnly() {
        List<Layoff> l = Extract.layoffs("""
                Dravik Foods handed pink slips to 120 employees at its Ohio plant. About 300 people will lose their jobs \
                at Dravik's bakery unit. The company said in May that 4% would be cut, following a 3% cut announced in \
                January.
                """);
        assertTrue(l.stream().anyMatch(x -> Long.valueOf(120).equals(x.count())), l.toString());
        assertTrue(l.stream().anyMatch(x -> Long.valueOf(300).equals(x.count())), l.toString());
        // a percentage joins the article's counted cut (one event told twice, as articles usually do)
        assertTrue(l.stream().anyMatch(x -> Double.valueOf(4).equals(x.percent())), l.toString());
    }

    @Test
    void workforceThroughADescriptorAndDownFrom() {
        List<Headcount> h = Extract.headcounts("""
                Tollgate Media will cut 1,100 jobs. The broadcasting behemoth has about 24,000 employees worldwide, so the \
                cuts represent about 4.6 percent. The reductions bring its headcount down from the 25,100 employees it had.
                """);
        Set<Long> counts = h.stream().map(Headcount::count).collect(Collectors.toSet());
        assertTrue(counts.containsAll(Set.of(24000L, 25100L)), h.toString());
        h.forEach(x -> assertEquals("Tollgate Media", x.organization().name()));
        List<Layoff> l = Extract.layoffs("Tollgate Media will cut 1,100 jobs. The broadcasting behemoth has about 24,000 "
                + "employees worldwide, so the cuts represent about 4.6 percent.");
        assertTrue(l.stream().noneMatch(x -> Long.valueOf(24000).equals(x.count())), l.toString());
    }

    @Test
    void eachCompanyOfASentenceKeepsItsOwnFigures() {
        List<Layoff> l = Extract.layoffs("Ostrow Media plans to cut 300 jobs, and Velda Bank will shed 1,200 roles. "
                + "Kestrel Airlines is letting go 450 pilots. Brannock reduced its board from 14 to eight executives.");
        Set<String> got = l.stream().map(x -> x.organization().name() + ":" + x.count()).collect(Collectors.toSet());
        assertEquals(Set.of("Ostrow Media:300", "Velda Bank:1200", "Kestrel Airlines:450"), got);
    }

    @Test
    void possessiveTakeoverKeepsItsAmount() {
        List<Acquisition> a = Extract.acquisitions("Pello Corp's $800 million takeover of Arcadia Health was terminated on Friday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(DealStatus.FAILED, a.get(0).status());
        assertEquals(8e8, a.get(0).amount().value().doubleValue(), 1);
    }

    @Test
    void aJudgeHaltingTheDealFailsItAndHyphenatedJobCountsAreCuts() {
        List<Acquisition> a = Extract.acquisitions("A federal judge put a halt to Kestrel Foods' $4 billion purchase of Pell Markets.");
        assertEquals(DealStatus.FAILED, a.get(0).status());
        assertEquals(4e9, a.get(0).amount().value().doubleValue(), 1);
        List<Layoff> l = Extract.layoffs("Chipmaker Orvane said it would make a 15,000-job reduction this year.");
        assertEquals("Orvane", l.get(0).organization().name());
        assertEquals(15000L, l.get(0).count());
    }

    @Test
    void anEarlierRoundOfCutsIsAnEventOfItsOwn() {
        List<Layoff> l = Extract.layoffs("""
                Harrowgate Media will cut 350 jobs, or 9% of its staff, the publisher said on Wednesday. Harrowgate \
                already trimmed its newsroom last year, and Wednesday's cuts go deeper.
                """);
        assertEquals(2, l.stream().filter(x -> x.organization().name().equals("Harrowgate Media")).count(), l.toString());
        List<Layoff> m = Extract.layoffs("""
                After several waves of job cuts since 2022, Quillon Bank is letting go of another 1,100 workers. The bank \
                employs about 20,000 people.
                """);
        assertEquals(2, m.size(), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.count() == null), m.toString());
        assertTrue(m.stream().anyMatch(x -> Long.valueOf(1100).equals(x.count())), m.toString());
        List<Layoff> n = Extract.layoffs("""
                Tesmer Robotics is laying off 80 engineers. The cuts come on top of previous layoffs at the company.
                """);
        assertEquals(2, n.size(), n.toString());
        List<Layoff> one = Extract.layoffs("""
                Ostrava Steel will cut 600 jobs. The layoffs were announced on Monday, and the cuts will be made this year.
                """);
        assertEquals(1, one.size(), one.toString());
    }

    @Test
    void earlierDealsListedInPassingAreDoneAndKeepTheirHandsOffTheDealsAmount() {
        List<Acquisition> a = Extract.acquisitions("""
                Halvard has closed its acquisition of Pentacle Games. The $9 billion deal is the largest in Halvard's \
                history, surpassing the purchases of Lumio in 2016 and Brask Studios in 2021.
                """);
        Set<String> pairs = a.stream().map(x -> x.acquirer().name() + ">" + x.target().name() + ":" + x.status())
                .collect(Collectors.toSet());
        assertTrue(pairs.containsAll(Set.of("Halvard>Lumio:COMPLETED", "Halvard>Brask Studios:COMPLETED",
                "Halvard>Pentacle Games:COMPLETED")), pairs.toString());
        Acquisition main = a.stream().filter(x -> x.target().name().equals("Pentacle Games")).findFirst().orElseThrow();
        assertEquals(9e9, main.amount().value().doubleValue(), 1);
        assertTrue(a.stream().filter(x -> !x.target().name().equals("Pentacle Games")).allMatch(x -> x.amount() == null), a.toString());
    }

    @Test
    void aCompanyNamedLikeAPersonIsStillACompanyWhenItEndsInAnIndustryNoun() {
        List<Acquisition> a = Extract.acquisitions("Orrin Motors' $5 billion takeover of Velda Batteries was completed on Friday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Velda Batteries", a.get(0).target().name());
        assertEquals(io.newsgraph.model.EntityType.ORGANIZATION, a.get(0).target().type());
        assertEquals(DealStatus.COMPLETED, a.get(0).status());
    }

    @Test
    void sharesOfStaffInWordsAndDealsCalledOffInThePassive() {
        List<Layoff> l = Extract.layoffs("Brisk Analytics laid off roughly a quarter of its employees last week. Orrin Bank will "
                + "lay off a third of the workforce, about 900 people.");
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Brisk Analytics") && Double.valueOf(25).equals(x.percent())),
                l.toString());
        assertTrue(l.stream().anyMatch(x -> x.organization().name().equals("Orrin Bank") && Long.valueOf(900).equals(x.count())
                && x.percent() != null && Math.abs(x.percent() - 33.3) < 0.1), l.toString());
        List<Acquisition> a = Extract.acquisitions("The deal to acquire Pinecrest Software for $1.2 billion was called off by Halverd.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Halverd", a.get(0).acquirer().name());
        assertEquals(DealStatus.FAILED, a.get(0).status());
        assertEquals(1.2e9, a.get(0).amount().value().doubleValue(), 1);
    }

    @Test
    void aDealSaidAfterASpeechVerbWithANationalityAbbreviationAndAnEarlierDealDropped() {
        List<io.newsgraph.model.Acquisition> a = Extract.acquisitions("""
                Nordhaven to buy U.K. insurer Barwick Mutual

                OSLO - Norwegian insurer Nordhaven ASA said on Tuesday it would acquire U.K. insurer Barwick Mutual for \
                roughly $2.4 billion in cash. Two years ago it abandoned a proposed $900 million purchase of Canadian rival \
                Trellis Group.
                """);
        io.newsgraph.model.Acquisition barwick = a.stream().filter(x -> x.target().name().equals("Barwick Mutual")).findFirst()
                .orElseThrow(() -> new AssertionError(a.toString()));
        assertEquals("Nordhaven", barwick.acquirer().name());
        assertEquals(io.newsgraph.model.DealStatus.ANNOUNCED, barwick.status());
        assertEquals(2_400_000_000L, barwick.amount().usd().longValue());
        io.newsgraph.model.Acquisition trellis = a.stream().filter(x -> x.target().name().equals("Trellis Group")).findFirst()
                .orElseThrow(() -> new AssertionError(a.toString()));
        assertEquals("Nordhaven", trellis.acquirer().name());
        assertEquals(io.newsgraph.model.DealStatus.FAILED, trellis.status());
    }

    @Test
    void theDealsAmountInTheSentenceThatStatesIt() {
        List<io.newsgraph.model.Acquisition> a = Extract.acquisitions("""
                Regional carrier Kestrel Air has agreed to be acquired by Vantage Aviation Group in a deal valued at $780 million, \
                the companies said. Separately, Vantage confirmed that its bid for Portuguese airline Atlantis Aero had been \
                rejected by that company's board.
                """);
        io.newsgraph.model.Acquisition kestrel = a.stream().filter(x -> x.target().name().equals("Kestrel Air")).findFirst()
                .orElseThrow(() -> new AssertionError(a.toString()));
        assertEquals(780_000_000L, kestrel.amount().usd().longValue());
        assertTrue(a.stream().filter(x -> x.target().name().equals("Atlantis Aero")).allMatch(x -> x.amount() == null), a.toString());
    }

    @Test
    void twoTargetsOfOneBuyerInOneSentence() {
        List<Acquisition> a = Extract.acquisitions("Vollmark bought Danish wind developer Skovgaard in 2020 and British "
                + "grid operator Linewell for about $1.3 billion last year.");
        assertEquals(Set.of("Skovgaard", "Linewell"), a.stream().map(x -> x.target().name()).collect(Collectors.toSet()), a.toString());
        a.forEach(x -> assertEquals("Vollmark", x.acquirer().name()));
        a.forEach(x -> assertEquals(DealStatus.COMPLETED, x.status()));
        Acquisition linewell = a.stream().filter(x -> x.target().name().equals("Linewell")).findFirst().orElseThrow();
        assertEquals(1.3e9, linewell.amount().value().doubleValue(), 1);
    }

    @Test
    void aStakeInAnAssetIsNoInvestmentInACompany() {
        List<io.newsgraph.model.Investment> i = Extract.investments("The panel rejected Petrava's claim over Orlen Energy's "
                + "30% stake in Namibia's Kudu block.");
        assertEquals(List.of(), i);
    }

    @Test
    void aBuyersListOfPastDealsAndANameOpeningWithAnOrdinal() {
        List<Acquisition> a = Extract.acquisitions("Under Iverson, Maplestone bought Corda, Fenwick Audio, Lumen Arts and "
                + "20th Century Radio.");
        assertEquals(Set.of("Corda", "Fenwick Audio", "Lumen Arts", "20th Century Radio"),
                a.stream().map(x -> x.target().name()).collect(Collectors.toSet()), a.toString());
        a.forEach(x -> assertEquals(DealStatus.COMPLETED, x.status()));
    }

    @Test
    void cutsWithoutAFigure() {
        List<Layoff> l = Extract.layoffs("Weeks earlier Harbin Media reported weak results and said it would freeze hiring "
                + "and cut some jobs. Its rival Quorra is expected to cut thousands of jobs next year.");
        assertEquals(Set.of("Harbin Media", "Quorra"), l.stream().map(x -> x.organization().name()).collect(Collectors.toSet()), l.toString());
        l.forEach(x -> assertNull(x.count()));
    }

    @Test
    void aProductsMakerStandsForTheCompanyAndWorkforcesInMillions() {
        List<Layoff> l = Extract.layoffs("Halden drops $900 million Brisa deal; Kettle maker cuts 20% of staff");
        assertEquals(1, l.size(), l.toString());
        assertEquals("Brisa", l.get(0).organization().name());
        List<Headcount> h = Extract.headcounts("Orvane employs roughly 1.2 million people, most of them in its stores. "
                + "Its corporate workforce numbers about 90,000.");
        assertEquals(1, h.size(), h.toString());
        assertEquals(1_200_000L, h.get(0).count());
    }

    @Test
    void earlierCutsOverPastYearsAndStaffOfSeveralKinds() {
        List<Layoff> l = Extract.layoffs("Halvor Motors said it will eliminate about 2,000 jobs in Europe. Halvor has already "
                + "cut thousands of jobs in Europe over the past five years.");
        assertEquals(2, l.size(), l.toString());
        assertTrue(l.stream().anyMatch(x -> x.count() == null), l.toString());
        List<Headcount> h = Extract.headcounts("The media company Orsk Media had about 9,400 full-time and part-time employees "
                + "at the end of last year.");
        assertEquals(9400L, h.get(0).count(), h.toString());
    }

    @Test
    void aSellerSoldToTheExchangeAndAMergerIntoAnotherCompany() {
        List<Acquisition> a = Extract.acquisitions("Quantix will buy a stake in Boston Stock Exchange Group from the Halden-led "
                + "consortium that sold Tradewire to the exchange. Loopr was merged into Jonas Reed's AI company Vantage in March "
                + "in a deal that valued Loopr at $3 billion.");
        assertTrue(a.stream().anyMatch(x -> x.acquirer().name().equals("Boston Stock Exchange Group") && x.target().name().equals("Tradewire")
                && x.status() == DealStatus.COMPLETED), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.acquirer().name().equals("Vantage") && x.target().name().equals("Loopr")), a.toString());
    }

    @Test
    void theCountrysBiggestRetailerEmploysItsStaff() {
        List<Headcount> h = Extract.headcounts("Marlo will cut about 800 jobs, Marlo said on Monday. The UK's biggest "
                + "grocer, which employs around 150,000 people, will also open new stores.");
        assertEquals(1, h.size(), h.toString());
        assertEquals("Marlo", h.get(0).organization().name());
        assertEquals(150_000L, h.get(0).count());
    }

    @Test
    void dealAmountsAndStatusesStatedAroundTheDeal() {
        List<Acquisition> a = Extract.acquisitions("Halvard acquired Danish ad-tech firm Pixela in a $2.1 billion all-stock deal "
                + "in 2021. The merger eclipses Halvard's $900 million purchase of Stano in 2019.");
        Acquisition pixela = a.stream().filter(x -> x.target().name().equals("Pixela")).findFirst().orElseThrow();
        assertEquals(2.1e9, pixela.amount().value().doubleValue(), 1);
        Acquisition stano = a.stream().filter(x -> x.target().name().equals("Stano")).findFirst().orElseThrow();
        assertEquals(DealStatus.COMPLETED, stano.status());
        List<Acquisition> b = Extract.acquisitions("Norvik completes takeover of Basel Trust. Norvik is paying 2 billion Swiss francs "
                + "($2.2 billion) for its former rival.");
        assertEquals(2.2e9, b.get(0).amount().value().doubleValue(), 1, b.toString());
        List<Acquisition> c = Extract.acquisitions("Orla and Pennant end $1.2 billion merger after court loss");
        assertEquals(DealStatus.FAILED, c.get(0).status(), c.toString());
        List<Acquisition> d = Extract.acquisitions("Loopr was merged into Vantage in March in an all-stock deal that valued Loopr at "
                + "$3 billion.");
        assertEquals(3e9, d.get(0).amount().value().doubleValue(), 1, d.toString());
    }

    @Test
    void peopleAffectedCountTheCutAndANameThatLooksPlural() {
        List<Layoff> l = Extract.layoffs("Halvers has laid off hundreds of employees in its hardware teams, the company confirmed. "
                + "About 1,200 people were affected, according to a union. Halvers Group had 90,000 employees.");
        assertEquals(1, l.size(), l.toString());
        assertEquals("Halvers Group", l.get(0).organization().name());
        assertEquals(1200L, l.get(0).count());
    }
}
