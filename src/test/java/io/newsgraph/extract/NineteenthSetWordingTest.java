package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.document.ArticleReader;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import io.newsgraph.source.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the nineteenth written set (issue 10), in sentences of our own: backers "with new
 * investor A and existing backer B also participating"; a company known from "picks ... to succeed"
 * and from raising money in its headline; "head of its North American business"; a succession told
 * twice (headline and body) where the one leaving keeps the chair; "has run X since"; "from X, where
 * he was an executive vice president"; a stake bought for an amount in two currencies; "dropped 600
 * positions"; "signs up X as customer"; "continue to be led by"; a headline kept apart from the body
 * in an HTML page's own header.
 */
class NineteenthSetWordingTest {


    @Test
    void backersNamedWithTheirStandingAlsoParticipating() {
        List<Investment> i = Extract.investments("Lumen Freight has raised $80 million in a round led by Harbor Peak, with new investor "
                + "Caldera Partners and existing backer Northgate Capital also participating.");
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Caldera Partners") && v.investee().name().equals("Lumen Freight")), i.toString());
        assertTrue(i.stream().anyMatch(v -> v.investor().name().equals("Northgate Capital") && v.investee().name().equals("Lumen Freight")), i.toString());
    }

    @Test
    void aSuccessionToldTwiceWhereTheOneLeavingKeepsTheChair() {
        List<Position> p = Extract.positions("Brisa Foods picks finance chief Tomas Elling to succeed Rita Vance\n\n"
                + "Brisa Foods said on Monday that Tomas Elling, head of its European business, will become chief executive at the start "
                + "of next year, taking the reins from Rita Vance, who will stay on as chairman. Vance, a former Unilever executive, has "
                + "run the company since 2018.");
        assertTrue(Extract.hasPosition(p, "Tomas Elling", "Brisa Foods", "ceo", PositionStatus.INCOMING), p.toString());
        assertTrue(Extract.hasPosition(p, "Tomas Elling", "Brisa Foods", "head of european business", null), p.toString());
        assertTrue(p.stream().noneMatch(v -> v.person().name().equals("Tomas Elling") && v.title().equals("chairman")), p.toString());
        assertTrue(p.stream().noneMatch(v -> v.person().name().equals("Tomas Elling") && v.organization().name().equals("Unilever")), p.toString());
        assertTrue(Extract.hasPosition(p, "Rita Vance", "Brisa Foods", "ceo", null), p.toString());
    }

    @Test
    void theRoleHeldWhereAPersonCameFrom() {
        List<Position> p = Extract.positions("Tomas Elling joined Brisa Foods in 2019 from Hartwell Brands, where he was a senior vice "
                + "president.");
        assertTrue(p.stream().anyMatch(v -> v.organization().name().equals("Hartwell Brands") && v.status() == PositionStatus.FORMER
                && v.title().contains("vice president")), p.toString());
    }

    @Test
    void aStakeBoughtForAnAmountInTwoCurrencies() {
        Investment i = Extract.investments("Corvel Motors will pay about 900 million euros ($970 million) for roughly 18% of Anhe "
                + "Auto.").get(0);
        assertEquals("Anhe Auto", i.investee().name());
        assertEquals(18.0, i.stakePercent(), 0.01);
        assertEquals("USD", i.amount().currency());
        assertEquals(970e6, i.amount().value().doubleValue(), 1);
    }

    @Test
    void anEarlierRoundOfCutsToldAsDroppedPositions() {
        List<Layoff> l = Extract.layoffs("Tidewave Media is cutting 300 jobs. It had already dropped 450 positions in March.");
        assertTrue(l.stream().anyMatch(v -> v.count() != null && v.count() == 450), l.toString());
        assertTrue(Extract.layoffs("Tidewave Media shares dropped 12% on Tuesday.").isEmpty());
    }

    @Test
    void aSupplierSignsUpACustomerOrMakesItsDesign() {
        ClientRelationship a = Extract.clients("Helix Foundry signs up Orbital Devices as customer for its new process").get(0);
        assertEquals("Orbital Devices", a.client().name());
        assertEquals("Helix Foundry", a.supplier().name());
        List<ClientRelationship> b = Extract.clients("Orbital Devices plans to have a processor it designed manufactured by Helix Foundry.");
        assertTrue(b.stream().anyMatch(v -> v.client().name().equals("Orbital Devices") && v.supplier().name().equals("Helix Foundry")), b.toString());
    }

    @Test
    void aBoughtCompanyContinuesToBeLedByItsChief() {
        List<Position> p = Extract.positions("Harlow Group agreed to buy Pell Roofing. Pell Roofing, which is owned by Stanmore Equity, will "
                + "keep its name and continue to be led by chief executive Joan Ruiz.");
        assertTrue(Extract.hasPosition(p, "Joan Ruiz", "Pell Roofing", "ceo", null), p.toString());
    }

    @Test
    void aHeadlineInTheArticlesOwnHeaderIsRead() throws Exception {
        String html = "<html><head><meta name=\"pubdate\" content=\"2025-03-01\"></head><body><header><a href=\"/\">Freight Daily</a>"
                + "</header><article><header><h1>Lumen Freight raises $80 million</h1></header><p>The logistics start-up said the round "
                + "was led by Harbor Peak, valuing it at $600 million.</p></article></body></html>";
        Extraction x = RuleBasedExtractor.standard().extract(new ArticleReader().read(
                new RawArticle("/x/lumen.html", html.getBytes(StandardCharsets.UTF_8), null)));
        assertTrue(x.facts().stream().filter(f -> f instanceof Investment).map(f -> (Investment) f)
                .anyMatch(v -> v.investee().name().equals("Lumen Freight")), x.facts().toString());
    }
}
