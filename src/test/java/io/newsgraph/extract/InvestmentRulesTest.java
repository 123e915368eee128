package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Investment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InvestmentRulesTest {

    private static Investment only(String text) {
        List<Investment> got = Extract.investments(text);
        assertEquals(1, got.size(), () -> "expected one investment in: " + text + " got " + got);
        return got.get(0);
    }

    @Test
    void readsInvestorInvesteeAmountAndStake() {
        Investment i = only("Meta spent $14.3 billion on a 49 percent stake in Scale AI, the data labeling startup.");
        assertEquals("Meta", i.investor().name());
        assertEquals("Scale AI", i.investee().name());
        assertEquals(0, new BigDecimal("14.3e9").compareTo(i.amount().value()));
        assertEquals("USD", i.amount().currency());
        assertEquals(49.0, i.stakePercent());
    }

    @Test
    void readsPourIntoWording() {
        Investment i = only("Weeks after Acme Capital poured US$2bn into Brightline Robotics, the startup hired 40 engineers.");
        assertEquals("Acme Capital", i.investor().name());
        assertEquals("Brightline Robotics", i.investee().name());
        assertEquals(0, new BigDecimal("2e9").compareTo(i.amount().value()));
    }

    @Test
    void keepsTheCurrencyOfEuroAmounts() {
        Investment i = only("Siemens invested €500 million in Helsing Technologies last year.");
        assertEquals("EUR", i.amount().currency());
        assertNull(i.amount().usd());
    }

    @Test
    void readsRaisedFromWithSeveralInvestors() {
        List<Investment> got = Extract.investments(
                "Brightline Robotics has raised $40 million from Harbor Ventures and Northgate Capital.");
        Set<String> investors = got.stream().map(i -> i.investor().name()).collect(Collectors.toSet());
        assertEquals(Set.of("Harbor Ventures", "Northgate Capital"), investors);
        got.forEach(i -> assertEquals("Brightline Robotics", i.investee().name()));
    }

    @Test
    void twoInvestorsInOneSentenceGiveTwoFacts() {
        List<Investment> got = Extract.investments(
                "The regulator cleared the investments from Amazon and Google into Anthropic on Tuesday.");
        assertEquals(Set.of("Amazon", "Google"), got.stream().map(i -> i.investor().name()).collect(Collectors.toSet()));
    }

    @Test
    void resolvesTheFirmToTheOrganizationNamedBefore() {
        Investment i = only("Orbit Labs cut 10% of its staff. The cuts came a month after Vantage Partners spent $300 million "
                + "on a 20% stake in the firm.");
        assertEquals("Vantage Partners", i.investor().name());
        assertEquals("Orbit Labs", i.investee().name());
    }

    @Test
    void ignoresNegatedInvestments() {
        assertTrue(Extract.investments("Microsoft did not invest in Acme Robotics, a spokesperson said.").isEmpty());
    }

    @Test
    void ignoresHypotheticalInvestments() {
        assertTrue(Extract.investments("SoftBank is in talks to invest $1 billion in Helix Robotics.").isEmpty());
        assertTrue(Extract.investments("Nvidia could invest up to $2 billion in Lumen AI if the talks succeed.").isEmpty());
    }

    @Test
    void hedgingLowersConfidenceButKeepsTheFact() {
        Investment plain = only("Meta invested $14.3 billion in Scale AI.");
        Investment hedged = only("Meta reportedly invested $14.3 billion in Scale AI.");
        assertTrue(hedged.confidence() < plain.confidence());
    }

    @Test
    void recordsEvidenceWithRuleAndOffsets() {
        String text = "Intro line.\nAmazon is investing an additional $4 billion in Anthropic.";
        Investment i = only(text);
        var e = i.evidence().get(0);
        assertEquals("Amazon is investing an additional $4 billion in Anthropic.", e.sentence());
        assertEquals(text.indexOf("Amazon"), e.begin());
        assertEquals(text.length(), e.end());
        assertFalse(e.rule().isBlank());
    }
}
