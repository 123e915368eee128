package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.document.Article;
import io.newsgraph.document.ArticleReader;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.ClientStatus;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import io.newsgraph.source.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the hundred-and-ninth written set (issue 10: a glassworks closure told by a union, a take-private, an
 * air-taxi stake, a retailer's delivery partner dropped, a chief fired, a fintech's fact box), in sentences of our own.
 */
class HundredNinthSetWordingTest {

    @Test
    void aUnionSpeaksForTheWorkersItDoesNotCutThem() {
        String text = "Harcourt Foods will close its Wigan bakery, cutting up to 300 jobs. The union GMB said about 300 of the "
                + "plant's 900 staff would lose their jobs. \"We will fight this,\" said GMB regional officer Tom Reilly.";
        List<Layoff> l = Extract.layoffs(text);
        assertEquals(1, l.size(), l.toString());
        assertEquals("Harcourt Foods", l.get(0).organization().name());
        assertEquals(300, l.get(0).count());
        List<Position> p = Extract.positions(text);
        assertTrue(Extract.hasPosition(p, "Tom Reilly", "GMB", "regional officer", null), p.toString());
    }

    @Test
    void aGroupThatOwnsACompanyIsNoPerson() {
        String text = "Calloway Tiles is cutting 80 jobs. Calloway, which is owned by Dutch group Verbena, makes floor tiles.";
        List<Investment> i = Extract.investments(text);
        assertTrue(Extract.hasInvestment(i, "Verbena", "Calloway Tiles"), i.toString());
        assertTrue(Extract.positions(text).stream().noneMatch(x -> x.person().name().equals("Verbena")));
    }

    @Test
    void aSupplierDroppedAndTheOneTheWorkMovesTo() {
        List<ClientRelationship> c = Extract.clients("Brookfield Pet Supplies has dropped Carrowline as its main logistics "
                + "supplier, moving most of its orders to Maersk Logistics.");
        assertTrue(Extract.hasClient(c, "Brookfield Pet Supplies", "Carrowline", ClientStatus.ENDED), c.toString());
        assertTrue(Extract.hasClient(c, "Brookfield Pet Supplies", "Maersk Logistics", ClientStatus.ACTIVE), c.toString());
    }

    @Test
    void aFactBoxGivesTheStaffAndTheBackers() throws Exception {
        String html = "<html><body><article><h1>Paylio trims its sales team</h1><div class=\"facts\"><ul><li>Founded: 2016, Dublin</li>"
                + "<li>Employees: 1,250</li><li>Investors: Balderton Capital, Frontline Ventures</li></ul></div>"
                + "<p>Dublin payments start-up Paylio is cutting 60 sales jobs, the company said on Monday.</p></article></body></html>";
        Article a = new ArticleReader().read(new RawArticle("/t/paylio.html", html.getBytes(StandardCharsets.UTF_8), null));
        Extraction x = RuleBasedExtractor.standard().extract(a);
        List<Headcount> h = Extract.facts(x, Headcount.class);
        assertTrue(h.stream().anyMatch(v -> v.organization().name().equals("Paylio") && v.count() == 1250), h.toString());
        List<Investment> i = Extract.facts(x, Investment.class);
        assertTrue(Extract.hasInvestment(i, "Balderton Capital", "Paylio"), i.toString());
        assertTrue(Extract.hasInvestment(i, "Frontline Ventures", "Paylio"), i.toString());
    }

    @Test
    void aFiredChiefAndTheInterimOne() {
        List<Position> p = Extract.positions("Kavel Systems has fired chief executive Rolf Dane. Finance chief Aino Lehto will also "
                + "serve as interim chief executive until a successor is found.");
        assertTrue(Extract.hasPosition(p, "Rolf Dane", "Kavel Systems", "ceo", PositionStatus.FORMER), p.toString());
        assertTrue(Extract.hasPosition(p, "Aino Lehto", "Kavel Systems", "interim ceo", PositionStatus.INCOMING), p.toString());
    }
}
