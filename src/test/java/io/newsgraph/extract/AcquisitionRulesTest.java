package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcquisitionRulesTest {

    private static Acquisition only(String text) {
        List<Acquisition> got = Extract.acquisitions(text);
        assertEquals(1, got.size(), () -> "in: " + text + " got " + got);
        return got.get(0);
    }

    @Test
    void aDealThatFellThroughFailed() {
        Acquisition a = only("Google hired Windsurf's chief after the deal for OpenAI to acquire the firm fell through.");
        assertEquals("OpenAI", a.acquirer().name());
        assertEquals("Windsurf", a.target().name());
        assertEquals(DealStatus.FAILED, a.status());
    }

    @Test
    void agreedToAcquireIsAnnounced() {
        Acquisition a = only("Cognition agreed to acquire Windsurf, the companies said on Monday.");
        assertEquals(DealStatus.ANNOUNCED, a.status());
    }

    @Test
    void acquiredForAnAmountIsCompleted() {
        Acquisition a = only("Atlas Freight Systems acquired Copperfield Logistics for $120 million.");
        assertEquals(DealStatus.COMPLETED, a.status());
        assertEquals(0, new BigDecimal("120e6").compareTo(a.amount().value()));
    }

    @Test
    void passiveAndNominalWordings() {
        assertEquals("Salesforce", only("Slack was acquired by Salesforce in 2021.").acquirer().name());
        Acquisition blocked = only("Regulators blocked Adobe's acquisition of Figma Design.");
        assertEquals(DealStatus.FAILED, blocked.status());
    }

    @Test
    void buyingAStakeOrTalentIsNotAnAcquisition() {
        assertTrue(Extract.acquisitions("Meta agreed to acquire a 49% stake in Scale AI.").isEmpty());
        assertTrue(Extract.acquisitions("The partnership included Meta's acquisition of key Scale talent.").isEmpty());
    }
}
