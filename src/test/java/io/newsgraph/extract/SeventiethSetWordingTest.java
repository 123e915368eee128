package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Investment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventieth written set (issue 10: a travel agency merger, a shipyard sale, an AI start-up's
 * investors), in sentences of our own: a nationality straight before a capitalised word opens a company's name
 * ("Canadian Tire", "Swiss Re"); "X, known as Y," gives X another name; a deal "originally valued at" one figure and
 * "now worth" another is worth the second; "agreed to take over Naval Vessels Lurssen": a given name ("Naval") opening
 * a name with a plural noun inside it is a company where a deal names it; "X, co-founded in 2019 by A, its chief
 * executive, also counts B among its investors": two asides between a company and its verb, and the founding year is
 * no date of the investment.
 */
class SeventiethSetWordingTest {

    @Test
    void aNationalityStraightBeforeANameIsPartOfIt() {
        List<Acquisition> a = Extract.acquisitions("Canadian Tire agreed to buy the sporting goods chain Pelton Outdoors for $300 million.");
        assertTrue(Extract.hasAcquisition(a, "Canadian Tire", "Pelton Outdoors"), a.toString());
        List<Acquisition> b = Extract.acquisitions("Swiss Re said on Monday it had completed its purchase of reinsurer Halden Risk.");
        assertTrue(Extract.hasAcquisition(b, "Swiss Re", "Halden Risk"), b.toString());
    }

    @Test
    void aNameKnownAsAnotherIsOneCompanyAndARevisedPriceIsTheDeals() {
        List<Acquisition> a = Extract.acquisitions("""
                Northern Freight Logistics, known as NFL Group, said it had completed its takeover of rival haulier Brisk.
                The deal, originally valued at $410 million, was renegotiated and is now worth about $365 million in cash.
                """);
        assertEquals(1, a.size(), a.toString());
        assertEquals("Northern Freight Logistics", a.get(0).acquirer().name(), a.toString());
        assertEquals(365_000_000d, a.get(0).amount().value().doubleValue(), 1, a.toString());
    }

    @Test
    void aGivenNameOpeningACompanysNameWithAPluralNounInside() {
        List<Acquisition> a = Extract.acquisitions("Kestrel Defence has agreed to take over Grant Marine Systems Holm, the patrol boat maker "
                + "owned by the Holm family.");
        assertTrue(Extract.hasAcquisition(a, "Kestrel Defence", "Grant Marine Systems Holm"), a.toString());
    }

    @Test
    void investorsCountedAfterTwoAsidesAndNoFoundingDate() {
        List<Investment> i = Extract.investments("Corvid Labs, co-founded in 2019 by Ines Marlow, its chief executive, also counts "
                + "Temasek and Salesforce among its backers.");
        assertTrue(Extract.hasInvestment(i, "Temasek", "Corvid Labs"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Salesforce", "Corvid Labs"), i.toString());
        assertTrue(i.stream().allMatch(x -> x.date() == null), i.toString());
    }
}
