package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixth written set (issue 10), each in sentences of our own: initials without
 * brackets, an apposition's "its", a supplier shrinking a client's business, stakes given and stock
 * bought, a country's government as an investor, a shared surname, "the combined company", and an
 * age before an apposition.
 */
class SixthSetWordingTest {

    @Test
    void initialsWithoutBracketsAreTheLongerName() {
        var x = Extract.of("""
                GFC to close 40 stores
                General Freight Carriers said on Monday it will cut about 3,000 jobs. GFC had 61,000 employees at the end of last year.
                """);
        List<Layoff> l = x.facts().stream().filter(Layoff.class::isInstance).map(Layoff.class::cast).toList();
        List<Headcount> h = x.facts().stream().filter(Headcount.class::isInstance).map(Headcount.class::cast).toList();
        assertEquals(1, l.size(), l.toString());
        assertEquals("General Freight Carriers", l.get(0).organization().name());
        assertEquals("General Freight Carriers", h.get(0).organization().name());
    }

    @Test
    void anAppositionsItsIsNotTheNameItDescribes() {
        List<ClientRelationship> c = Extract.clients("Harbor Freightways said it would carry fewer parcels for Nordmart, "
                + "its biggest customer, and will scale back its deliveries for Nordmart over two years.");
        ClientRelationship r = c.stream().filter(x -> x.client().name().equals("Nordmart")).findFirst().orElseThrow();
        assertEquals("Harbor Freightways", r.supplier().name());
        assertEquals(ClientStatus.REDUCED, r.status());
    }

    @Test
    void stakesGivenAndStockBought() {
        List<Investment> i = Extract.investments("The agreement gives Kestrel Capital a stake of about 7% in Lumora Bio. "
                + "Separately, Orrin Partners bought $300 million of Lumora Bio shares.");
        Investment k = i.stream().filter(x -> x.investor().name().equals("Kestrel Capital")).findFirst().orElseThrow();
        assertEquals("Lumora Bio", k.investee().name());
        assertEquals(7.0, k.stakePercent(), 0.01);
        Investment o = i.stream().filter(x -> x.investor().name().equals("Orrin Partners")).findFirst().orElseThrow();
        assertEquals(300e6, o.amount().value().doubleValue(), 1);
    }

    @Test
    void aCountrysGovernmentIsAnInvestor() {
        List<Investment> i = Extract.investments("The Japanese government will invest $3 billion in Tessera Foundry. "
                + "Last month the U.S. government took a 10% stake in Tessera Foundry for $2 billion.");
        assertEquals(List.of("Japanese government", "U.S. government"),
                i.stream().map(x -> x.investor().name()).sorted().collect(Collectors.toList()));
        Investment us = i.stream().filter(x -> x.investor().name().equals("U.S. government")).findFirst().orElseThrow();
        assertEquals(10.0, us.stakePercent(), 0.01);
    }

    @Test
    void aSharedSurnameIsThePersonIntroducedFirstAndTheCombinedCompanyIsTheDealsMain() {
        List<Position> p = Extract.positions("""
                Marlowe Studios closes Castor deal
                Marlowe Studios completed its merger with Castor Pictures on Friday, Nadia Vance said.
                Vance, 39, the daughter of Northlight Media founder Robert Vance, becomes chief executive of the combined company.
                Owen Pratt, a former Northlight Media executive, is its president.
                """);
        Position ceo = p.stream().filter(x -> x.title().equals("ceo")).findFirst().orElseThrow();
        assertEquals("Nadia Vance", ceo.person().name());
        assertEquals("Marlowe Studios", ceo.organization().name());
        Position president = p.stream().filter(x -> x.title().equals("president")).findFirst().orElseThrow();
        assertEquals("Owen Pratt", president.person().name());
        assertEquals("Marlowe Studios", president.organization().name());
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Robert Vance") && x.title().equals("ceo")), p.toString());
    }

    @Test
    void capacityRentedUnderADealAndSuppliersAddedOrNamed() {
        List<ClientRelationship> c = Extract.clients("""
                Halden Motors has signed an agreement to lease battery testing capacity from Voltra Labs that is worth about $400 million.
                The agreement makes Halden Motors one of Voltra Labs' largest customers.
                Separately, Pemberly Foods said it would add Crane Logistics as a freight supplier. Pemberly Foods will also name Norra Systems its primary cloud partner.
                """);
        ClientRelationship h = c.stream().filter(x -> x.client().name().equals("Halden Motors")).findFirst().orElseThrow();
        assertEquals("Voltra Labs", h.supplier().name());
        assertEquals(400e6, h.value().value().doubleValue(), 1);
        assertTrue(c.stream().anyMatch(x -> x.client().name().equals("Pemberly Foods") && x.supplier().name().equals("Crane Logistics")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.client().name().equals("Pemberly Foods") && x.supplier().name().equals("Norra Systems")), c.toString());
    }

    @Test
    void moneyDrawnFromABackerAfterAnAppositionAndAKinInAFoundersList() {
        var x = Extract.of("""
                Tidewell Robotics, led by chief executive Mara Quist, has also drawn $80 million from Ostrander Ventures.
                Tidewell Robotics was founded in 2019 by Quist, her brother Jonas Quist and two former Helix engineers.
                """);
        List<Investment> i = x.facts().stream().filter(Investment.class::isInstance).map(Investment.class::cast).toList();
        assertEquals("Ostrander Ventures", i.get(0).investor().name());
        assertEquals(80e6, i.get(0).amount().value().doubleValue(), 1);
        List<Position> founders = x.facts().stream().filter(Position.class::isInstance).map(Position.class::cast)
                .filter(p -> p.title().contains("founder")).toList();
        assertEquals(List.of("Jonas Quist", "Mara Quist"), founders.stream().map(p -> p.person().name()).sorted().toList());
    }
}
