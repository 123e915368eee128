package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Layoff;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the seventy-fifth written set (issue 10: a telecoms group's cuts, a drug developer's bidding war), in
 * sentences of our own: a news agency's dateline with a double hyphen ("DUBLIN (AP) --") names no party, so the "it"
 * after the company is the company; "had made an unsolicited bid for X" is a deal proposed, and "a hostile $2 billion takeover bid" prices it.
 */
class SeventyFifthSetWordingTest {

    @Test
    void anAgencysDatelineIsNoCompany() {
        List<Layoff> l = Extract.layoffs("""
                Kelso Telecom to cut 8,000 jobs

                DUBLIN (AP) -- Kelso Telecom said on Monday it will cut as many as 8,000 jobs by 2028 as it automates its call centres.
                """);
        assertTrue(l.stream().allMatch(x -> x.organization().name().equals("Kelso Telecom")), l.toString());
        assertTrue(l.stream().anyMatch(x -> x.count() == 8_000), l.toString());
    }

    @Test
    void aBidMadeIsADealProposed() {
        List<Acquisition> a = Extract.acquisitions("Harrow Pharma, the British maker of asthma inhalers, had made an unsolicited bid "
                + "for Selva Bio in early March.");
        assertTrue(Extract.hasAcquisition(a, "Harrow Pharma", "Selva Bio"), a.toString());
        List<Acquisition> b = Extract.acquisitions("Corlan launched a hostile $2 billion takeover bid for Mossgate on Monday.");
        assertTrue(b.stream().anyMatch(x -> x.target().name().equals("Mossgate") && x.amount() != null
                && x.amount().value().doubleValue() == 2e9), b.toString());
    }
}
