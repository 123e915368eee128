package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Position;
import io.newsgraph.model.PositionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Executive changes as the press tells them: successions ("will succeed", "replaced by"),
 * departures said of the person ("stepped down as", "was out", "the ouster of"), arrivals ("will
 * become", "named ... as its next"), "who ran". Articles written by us, companies invented.
 */
class PositionWordingTest {

    private static Position find(List<Position> all, String person, String org, String title) {
        for (Position p : all) {
            if (p.person().name().equals(person) && p.organization().name().equals(org) && p.title().equals(title)) {
                return p;
            }
        }
        throw new AssertionError("no " + person + " / " + org + " / " + title + " in " + all);
    }

    @Test
    void successionGivesTheRoleToTheIncomingPersonAndClosesItForTheOutgoingOne() {
        List<Position> p = Extract.positions("""
                Orland Foods names new chief

                Orland Foods named Priya Raman as its next chief executive, effective March 1. Raman, who runs the \
                company's frozen foods business, will succeed Tom Hale, who is retiring after nine years.
                """);
        assertEquals(PositionStatus.INCOMING, find(p, "Priya Raman", "Orland Foods", "ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Tom Hale", "Orland Foods", "ceo").status());
    }

    @Test
    void replacedByGivesTheOutgoingRoleToTheNamedSuccessor() {
        List<Position> p = Extract.positions("Castellan Rail said its CEO Martin Odell had resigned with immediate effect "
                + "and would be replaced by the head of Dunmore Freight, Alice Brennan, from June 2.");
        assertEquals(PositionStatus.FORMER, find(p, "Martin Odell", "Castellan Rail", "ceo").status());
        assertEquals(PositionStatus.INCOMING, find(p, "Alice Brennan", "Castellan Rail", "ceo").status());
    }

    @Test
    void departuresSaidOfThePerson() {
        List<Position> p = Extract.positions("""
                Greta Lind stepped down as chief financial officer of Hallam Steel on Friday. On Monday, Vantor Labs' \
                board announced that co-founder and CEO Ravi Menon was out, effective immediately. The ouster of Vantor \
                president Sofia Marek followed a day later. Lucas Ferrand, who ran Bellwether Media until last year, \
                joined Cobalt Pictures as chief operating officer.
                """);
        assertEquals(PositionStatus.FORMER, find(p, "Greta Lind", "Hallam Steel", "cfo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Ravi Menon", "Vantor Labs", "ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Ravi Menon", "Vantor Labs", "co-founder").status());
        assertEquals(PositionStatus.FORMER, find(p, "Sofia Marek", "Vantor Labs", "president").status());
        assertEquals(PositionStatus.FORMER, find(p, "Lucas Ferrand", "Bellwether Media", "ceo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Lucas Ferrand", "Cobalt Pictures", "coo").status());
    }

    @Test
    void interimAndIncomingRolesWithoutANamedOrganization() {
        List<Position> p = Extract.positions("""
                Brackwater Insurance shares fell after the departure of its chief executive. Finance chief Omar Haddad \
                will serve as interim CEO until a successor is found, while Lena Vogt, the board chair, will become \
                lead independent director.
                """);
        assertEquals(PositionStatus.CURRENT, find(p, "Omar Haddad", "Brackwater Insurance", "interim ceo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Omar Haddad", "Brackwater Insurance", "cfo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Lena Vogt", "Brackwater Insurance", "chairman").status());
        assertEquals(PositionStatus.INCOMING, find(p, "Lena Vogt", "Brackwater Insurance", "lead independent director").status());
    }

    @Test
    void analystsAndPoliticiansAreNotGivenTheArticlesCompany() {
        List<Position> p = Extract.positions("Ferrow Motors will cut prices, said auto analyst Jenna Park. The carmaker also "
                + "signed a deal with former president Alan Reyes. Ferrow Motors chief executive Dev Kapoor said demand was strong.");
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Jenna Park")), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Alan Reyes")), p.toString());
        assertNotNull(find(p, "Dev Kapoor", "Ferrow Motors", "ceo"));
    }

    @Test
    void titleAndOrganizationSplitByACommaAndADescriptiveChief() {
        List<Position> p = Extract.positions("Nadia Osei, Co-Founder and CEO, of Lumora said the deal was off. "
                + "Lumora's chipmaking chief Ken Ito disagreed.");
        assertNotNull(find(p, "Nadia Osei", "Lumora", "ceo"));
        assertNotNull(find(p, "Nadia Osei", "Lumora", "co-founder"));
        assertNotNull(find(p, "Ken Ito", "Lumora", "chipmaking chief"));
    }

    @Test
    void boardListsHelmsAndFirmsLedByPeople() {
        List<Position> p = Extract.positions("""
                Quorvia Bio launched on Monday. The Boston-based company, with former Genvale chief medical officer \
                Irene Castell at the helm, will develop gene therapies. Quorvia's board includes former FDA official \
                Tom Reyes, Nobel laureate Ada Lindqvist and former Brightline Health CEO Omar Farouk. The round was led \
                by Pell Street, the growth fund headed by Nora Quint.
                """);
        assertEquals(PositionStatus.CURRENT, find(p, "Irene Castell", "Quorvia Bio", "ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Irene Castell", "Genvale", "chief medical officer").status());
        assertNotNull(find(p, "Ada Lindqvist", "Quorvia Bio", "board member"));
        assertNotNull(find(p, "Omar Farouk", "Quorvia Bio", "board member"));
        assertEquals(PositionStatus.FORMER, find(p, "Omar Farouk", "Brightline Health", "ceo").status());
        assertNotNull(find(p, "Nora Quint", "Pell Street", "head"));
    }

    @Test
    void founderWhoLaterServedAsChiefUntilADate() {
        List<Position> p = Extract.positions("Jonas Berg is a Lund University graduate who co-founded Fjordly, the "
                + "travel app, in 2014 and served as its CEO till June 2022.");
        assertNotNull(find(p, "Jonas Berg", "Fjordly", "co-founder"));
        assertEquals(PositionStatus.FORMER, find(p, "Jonas Berg", "Fjordly", "ceo").status());
    }

    @Test
    void aLaterStartDateMakesTheNewRoleIncoming() {
        List<Position> p = Extract.positions("""
                Marlow Telecom named Bridgeline Energy CEO Hana Kovacs as its new chief executive. Marlow said on \
                Tuesday that Kovacs will start in her new role on March 3. Chair Ellen Duarte, who is scheduled to \
                become lead independent director, said the board was unanimous.
                """);
        assertEquals(PositionStatus.INCOMING, find(p, "Hana Kovacs", "Marlow Telecom", "ceo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Hana Kovacs", "Bridgeline Energy", "ceo").status());
        assertEquals(PositionStatus.INCOMING, find(p, "Ellen Duarte", "Marlow Telecom", "lead independent director").status());
    }

    @Test
    void boardMembersAreCurrentWhateverTheirFormerJobs() {
        List<Position> p = Extract.positions("Tessel Bio's board includes former FDA official Tom Reyes and former Brightline "
                + "Health CEO Omar Farouk.");
        assertEquals(PositionStatus.CURRENT, find(p, "Tom Reyes", "Tessel Bio", "board member").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Omar Farouk", "Tessel Bio", "board member").status());
    }

    @Test
    void oneSubjectOustsOnePersonAndNamesAnother() {
        List<Position> p = Extract.positions("""
                Halvorsen Replaces Ingrid Moe, Appoints Petter Dahl As New Interim CEO

                Shipping group Halvorsen Shipping ousted chief executive Ingrid Moe on Sunday after a dispute with the board.
                """);
        assertEquals(PositionStatus.CURRENT, find(p, "Petter Dahl", "Halvorsen Shipping", "interim ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Ingrid Moe", "Halvorsen Shipping", "ceo").status()); // "ousted chief executive Ingrid Moe": she was CEO, not interim
        assertTrue(p.stream().noneMatch(x -> x.organization().name().contains("Replaces")), p.toString());
    }

    @Test
    void theRoleOfASuccessionStatedBeforeOrAfterTheVerb() {
        List<Position> p = Extract.positions("""
                Corvel Foods said Tuesday that Amara Osei will replace Luis Ortega as chief financial officer. \
                Separately, the board of Tamsin Energy appointed Keiko Hara as its new president, replacing Ben Ward.
                """);
        assertEquals(PositionStatus.INCOMING, find(p, "Amara Osei", "Corvel Foods", "cfo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Luis Ortega", "Corvel Foods", "cfo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Keiko Hara", "Tamsin Energy", "president").status());
        assertEquals(PositionStatus.FORMER, find(p, "Ben Ward", "Tamsin Energy", "president").status());
    }

    @Test
    void aGivenNameAloneIsThePersonNamedInFull() {
        List<Position> p = Extract.positions("""
                Board Drops Priya, Names Tomas Lind Chief Executive

                Veldt Analytics has appointed Tomas Lind as chief executive. He replaces Priya Raman, who had led \
                the company since 2019.
                """);
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Priya")), p.toString());
        assertNotNull(find(p, "Tomas Lind", "Veldt Analytics", "ceo"));
    }

    @Test
    void degreesAfterANameAndTwoRolesInOneApposition() {
        List<Position> p = Extract.positions("""
                "We are ready," said Omar Haddad, M.D., Lumen Capital CEO. The startup was co-founded by Helen Park, \
                Ph.D., professor of chemistry and director of the Center for Materials Research. Its first hire was \
                Sara Lind, PhD, former chief scientific officer at Rocher.
                """);
        assertEquals(PositionStatus.CURRENT, find(p, "Omar Haddad", "Lumen Capital", "ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Sara Lind", "Rocher", "chief scientific officer").status());
        assertNotNull(find(p, "Helen Park", "Center for Materials Research", "director"));
        assertTrue(p.stream().noneMatch(x -> x.title().contains("and director")), p.toString());
    }

    @Test
    void someoneLeadsUntilTheNewChiefTakesOver() {
        List<Position> p = Extract.positions("""
                Brightwater Foods has picked Hana Ito to be its next chief executive. Carlos Mendes, the company's \
                finance chief, will run the grocer until Ito takes over in March.
                """);
        assertEquals(PositionStatus.INCOMING, find(p, "Hana Ito", "Brightwater Foods", "ceo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Carlos Mendes", "Brightwater Foods", "interim ceo").status());
        List<Position> q = Extract.positions("Orrin Labs said its operations head Femi Adeyemi will lead the firm on an "
                + "interim basis until a successor is found.");
        assertEquals(PositionStatus.CURRENT, find(q, "Femi Adeyemi", "Orrin Labs", "interim ceo").status());
    }

    @Test
    void aStartDateWithoutAYearStillMakesTheRoleIncomingInAnUndatedArticle() {
        List<Position> p = Extract.of("""
                Marlow Telecom named Hana Kovacs as its new chief executive. Marlow said on Tuesday that Kovacs will \
                start in her new role on September 9.
                """, null).facts().stream().filter(Position.class::isInstance).map(Position.class::cast).toList();
        assertEquals(PositionStatus.INCOMING, find(p, "Hana Kovacs", "Marlow Telecom", "ceo").status());
    }

    @Test
    void titlesOfPeopleJustHiredAreNotAtTheHiringCompany() {
        List<Position> p = Extract.positions("""
                Corvane has hired Dana Reyes, the former Tessel Bio CFO, and Amit Shah, the co-founder and president, \
                to build its new lab. Corvane lost several leaders this year, including co-founder Lena Ortiz.
                """);
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Amit Shah") && x.organization().name().equals("Corvane")),
                p.toString());
        assertEquals(PositionStatus.FORMER, find(p, "Dana Reyes", "Tessel Bio", "cfo").status());
        assertNotNull(find(p, "Lena Ortiz", "Corvane", "co-founder"));
    }

    @Test
    void aPastJoinIsDoneAndTheReplacedChiefsTitleIsTheRole() {
        List<Position> p = Extract.positions("Amit Shah, who joined Fenmore Foods as CFO in 2021, will become CEO in May.");
        assertEquals(PositionStatus.CURRENT, find(p, "Amit Shah", "Fenmore Foods", "cfo").status());
        List<Position> q = Extract.positions("Brightwater Systems has tapped Nora Lee to replace outgoing CEO John Roe.");
        assertEquals(PositionStatus.FORMER, find(q, "John Roe", "Brightwater Systems", "ceo").status());
        assertEquals(PositionStatus.INCOMING, find(q, "Nora Lee", "Brightwater Systems", "ceo").status());
    }

    @Test
    void formerGoesWithTheTitleItQualifiesAndItsWithTheSubject() {
        List<Position> p = Extract.positions("Velda Systems appointed former Google executive Tom Park as its chief technology officer.");
        assertEquals(PositionStatus.CURRENT, find(p, "Tom Park", "Velda Systems", "cto").status());
        assertEquals(PositionStatus.FORMER, find(p, "Tom Park", "Google", "executive").status());
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Google") && x.title().equals("cto")), p.toString());
    }

    @Test
    void aSuccessorNamedWithAnEffectiveDateAndWhereTheyComeFrom() {
        List<Position> p = Extract.positions("""
                Dunmore Mining names operations chief

                Dunmore Mining on Thursday named Ana Ortiz chief operating officer, effective July 1, succeeding Greg \
                Wilde, who is leaving the company. Ortiz comes from Harbin Copper, where she was chief financial officer.
                """);
        assertEquals(PositionStatus.INCOMING, find(p, "Ana Ortiz", "Dunmore Mining", "coo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Greg Wilde", "Dunmore Mining", "coo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Ana Ortiz", "Harbin Copper", "cfo").status());
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Greg Wilde") && x.organization().name().equals("Harbin Copper")), p.toString());
    }

    @Test
    void aFounderSteppingDownAsChiefExecutiveStaysTheFounder() {
        List<Position> p = Extract.positions("Windmere's founder, Tomas Engel, will step down as chief executive once the "
                + "integration is finished, Windmere Renewables said.");
        assertEquals(PositionStatus.FORMER, find(p, "Tomas Engel", "Windmere Renewables", "ceo").status());
        assertTrue(find(p, "Tomas Engel", "Windmere Renewables", "founder").status() != PositionStatus.FORMER, p.toString());
    }

    @Test
    void aPronounStandsForThePersonLastNamedAndAnInterimReplacementIsRead() {
        List<Position> p = Extract.positions("""
                Chief executive Lena Holt told staff that Hollis Mining would keep its dividend. The company also said its \
                finance chief, Dara Quinn, would leave in June. He will be replaced on an interim basis by treasurer Omar Reyes.
                """);
        assertEquals(PositionStatus.FORMER, find(p, "Dara Quinn", "Hollis Mining", "cfo").status());
        assertEquals(PositionStatus.INCOMING, find(p, "Omar Reyes", "Hollis Mining", "cfo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Lena Holt", "Hollis Mining", "ceo").status());
    }

    @Test
    void theOutgoingPersonHeldEveryRoleTheSuccessorWasNamedTo() {
        List<Position> p = Extract.positions("""
                Halberd Rail on Tuesday named Ines Carvalho, a veteran of the freight industry, as its next president and \
                chief executive. Carvalho will start on March 3, succeeding Peter Wendt, who said last year he would retire.
                """, "2026-01-20");
        assertEquals(PositionStatus.INCOMING, find(p, "Ines Carvalho", "Halberd Rail", "ceo").status());
        assertEquals(PositionStatus.INCOMING, find(p, "Ines Carvalho", "Halberd Rail", "president").status());
        assertEquals(PositionStatus.FORMER, find(p, "Peter Wendt", "Halberd Rail", "ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Peter Wendt", "Halberd Rail", "president").status());
    }

    @Test
    void whoTookOverFromAndAPronounForTheLastSentencesSubject() {
        List<Position> p = Extract.positions("""
                Nordkraft will sell its wind farms, chief executive Maren Solberg said on Tuesday, as she refocuses \
                Nordkraft on hydropower. Solberg, who took over from Erik Dahl in May, has promised higher dividends. \
                She previously ran the utility's trading arm.
                """, "2026-09-01");
        assertEquals(PositionStatus.CURRENT, find(p, "Maren Solberg", "Nordkraft", "ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Erik Dahl", "Nordkraft", "ceo").status());
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Erik Dahl") && !x.title().equals("ceo")), p.toString());
    }

    @Test
    void anInterimLeaderWhoReplacedSomeoneAndWhoseOldRolesAreFormer() {
        List<Position> p = Extract.positions("""
                Brightpath Games said on Monday it would cut 300 jobs. The Denver company is being run by interim CEO \
                Tom Alvarez, the former Quorra president and Fieldline chief, who replaced Dana Whitby after Whitby abruptly \
                resigned in August. Brightpath has 2,100 employees.
                """, "2026-10-01");
        assertEquals(PositionStatus.CURRENT, find(p, "Tom Alvarez", "Brightpath Games", "interim ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Tom Alvarez", "Quorra", "president").status());
        assertEquals(PositionStatus.FORMER, find(p, "Dana Whitby", "Brightpath Games", "ceo").status());
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Dana Whitby") && x.organization().name().equals("Quorra")),
                p.toString());
    }

    @Test
    void itsTitleIsAPersonAndAChairNamedInThePassive() {
        List<Position> p = Extract.positions("Solace Grid operates power lines in Chile. Its chief executive is Lucia Ferraro, "
                + "a former banker. Solace Grid, which listed in 2019, is chaired by Victor Amundsen.");
        assertEquals(PositionStatus.CURRENT, find(p, "Lucia Ferraro", "Solace Grid", "ceo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Victor Amundsen", "Solace Grid", "chairman").status());
    }

    @Test
    void anOpeningParticipleClauseDescribesTheFoundersNotTheSubject() {
        List<Position> p = Extract.positions("""
                Lumora, a Lisbon software startup, raised $40 million on Monday. Started in 2022 by former Stripe and Airbnb engineers Kofi Mensah, \
                Hannah Leclerc and Yuto Sato, the startup has grown to 90 staff. Mensah, who serves as chief executive, \
                said its software would ship next year.
                """);
        for (String name : List.of("Kofi Mensah", "Hannah Leclerc", "Yuto Sato")) {
            find(p, name, "Lumora", "co-founder");
        }
        assertEquals(PositionStatus.CURRENT, find(p, "Kofi Mensah", "Lumora", "ceo").status());
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Stripe") || x.organization().name().equals("Airbnb")),
                p.toString());
    }

    @Test
    void severalPeopleNamedToOneRoleAndTitlesOfViceAndExecutiveChairs() {
        List<Position> p = Extract.positions("Corvane Motors said its chief executive had retired. The board named Chief "
                + "Financial Officer Lise Berger and Omar Haddad, head of its truck unit, as interim co-CEOs. Corvane Motors "
                + "Vice Chair and President Ruth Okoro will lead the search.");
        assertEquals(PositionStatus.CURRENT, find(p, "Lise Berger", "Corvane Motors", "interim co-ceo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Omar Haddad", "Corvane Motors", "interim co-ceo").status());
        find(p, "Ruth Okoro", "Corvane Motors", "vice chairman");
        find(p, "Ruth Okoro", "Corvane Motors", "president");
        assertTrue(p.stream().noneMatch(x -> x.title().equals("chairman")), p.toString());
    }

    @Test
    void aTitleBeforeTheNextNameInAListIsThatPersons() {
        List<Position> p = Extract.positions("Backers of Quillfeather include Mara Lindgren, Octavo CEO Sam Whitlock and "
                + "Pellum co-founder Ida Brandt.");
        find(p, "Sam Whitlock", "Octavo", "ceo");
        assertTrue(p.stream().noneMatch(x -> x.person().name().equals("Mara Lindgren")), p.toString());
    }

    @Test
    void threeTitlesInAnAppositionAndBoardsJoined() {
        List<Position> p = Extract.positions("""
                Harrow One agreed to buy Keswick Bank on Monday. Ada Lund, Harrow One's founder, chairman and chief \
                executive, will lead the combined bank. Keswick's interim CEO, Tom Reyes, is expected to join Harrow One's \
                board, and Keswick chairman Ian Moss will join the Harrow One executive board.
                """);
        find(p, "Ada Lund", "Harrow One", "founder");
        find(p, "Ada Lund", "Harrow One", "chairman");
        find(p, "Ada Lund", "Harrow One", "ceo");
        assertEquals(PositionStatus.INCOMING, find(p, "Tom Reyes", "Harrow One", "board member").status());
        assertEquals(PositionStatus.INCOMING, find(p, "Ian Moss", "Harrow One", "board member").status());
    }

    @Test
    void aFounderInARelativeClauseAndABoardLeft() {
        List<Position> p = Extract.positions("""
                Robotics startup Kinetra, which Oskar Lindqvist founded last year, raised $40 million. Lindqvist, who \
                also runs Portvale and Skyhaul, co-founded Quantel Labs in 2014 but left its board in 2019.
                """);
        find(p, "Oskar Lindqvist", "Kinetra", "founder");
        find(p, "Oskar Lindqvist", "Portvale", "head");
        find(p, "Oskar Lindqvist", "Skyhaul", "head");
        find(p, "Oskar Lindqvist", "Quantel Labs", "co-founder");
        assertEquals(PositionStatus.FORMER, find(p, "Oskar Lindqvist", "Quantel Labs", "board member").status());
    }

    @Test
    void aReturningVeteranSucceedsEveryRoleOfTheOneWhoRetires() {
        List<Position> p = Extract.positions("""
                Corvel said Thursday that Anna Kiel will retire as president and chief executive on Oct. 1, and that \
                longtime executive Ben Ortiz will return to the company to succeed her. Ortiz left Corvel in 2019, most \
                recently serving as president of its retail division. Kiel took over at Corvel in March 2018 from Dan Moyer, \
                who will remain chairman.
                """, "2026-08-01");
        assertEquals(PositionStatus.INCOMING, find(p, "Ben Ortiz", "Corvel", "ceo").status());
        assertEquals(PositionStatus.INCOMING, find(p, "Ben Ortiz", "Corvel", "president").status());
        assertEquals(PositionStatus.FORMER, find(p, "Ben Ortiz", "Corvel", "president of retail division").status());
        assertEquals(PositionStatus.FORMER, find(p, "Dan Moyer", "Corvel", "ceo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Dan Moyer", "Corvel", "chairman").status());
    }

    @Test
    void foundersOfAnEarlierCompanyAndItsSale() {
        String text = "Tessly was founded in 2021 by Mira Holm, Jonas Berg and Lea Vik, who previously founded Quantic, a data "
                + "company they sold to Oracle for $250 million in 2017. Tessly has 300 employees.";
        List<Position> p = Extract.positions(text);
        for (String name : List.of("Mira Holm", "Jonas Berg", "Lea Vik")) {
            find(p, name, "Tessly", "co-founder");
            find(p, name, "Quantic", "co-founder");
        }
        List<io.newsgraph.model.Acquisition> a = Extract.acquisitions(text);
        assertEquals(1, a.size(), a.toString());
        assertEquals("Oracle", a.get(0).acquirer().name());
        assertEquals("Quantic", a.get(0).target().name());
        assertEquals(250e6, a.get(0).amount().value().doubleValue(), 1);
    }

    @Test
    void aBoardNamesItsLeadDirectorAndTheChiefLeavesTheBoard() {
        List<Position> p = Extract.positions("""
                Marlow Foods said Monday that Chairman and Chief Executive Ian Price had resigned, effective immediately. \
                The grocery chain's board named lead director Ruth Adler as chairman and interim chief executive. \
                Price, who had led Marlow Foods since 2015, will also leave the board.
                """, "2026-03-02");
        assertEquals(PositionStatus.CURRENT, find(p, "Ruth Adler", "Marlow Foods", "chairman").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Ruth Adler", "Marlow Foods", "interim ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Ian Price", "Marlow Foods", "ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Ian Price", "Marlow Foods", "board member").status());
    }

    @Test
    void aRoleEffectiveLaterIsIncomingAndTheOneLeavingHadIt() {
        List<Position> p = Extract.positions("""
                Tandem Air said Friday it has appointed Nora Quist, currently the chief financial officer of Belmont, as its \
                new CFO, effective March 3. Quist will replace Leo Grant, who is leaving the airline after five years. \
                Quist previously served as finance chief at Orrin and Castell.
                """, "2026-01-16");
        assertEquals(PositionStatus.INCOMING, find(p, "Nora Quist", "Tandem Air", "cfo").status());
        assertEquals(PositionStatus.CURRENT, find(p, "Nora Quist", "Belmont", "cfo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Leo Grant", "Tandem Air", "cfo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Nora Quist", "Orrin", "cfo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Nora Quist", "Castell", "cfo").status());
    }

    @Test
    void aTrioOfCoChiefsWhoTookOverAfterAnOuster() {
        List<Position> p = Extract.positions("""
                Vesper Media will cut 10% of its staff. Vesper Media is run by a trio of co-CEOs - Ana Cruz, Tom Hale and \
                Ravi Shah - who took over after Paul Dunn was ousted in April.
                """, "2026-08-01");
        for (String name : List.of("Ana Cruz", "Tom Hale", "Ravi Shah")) {
            assertEquals(PositionStatus.CURRENT, find(p, name, "Vesper Media", "co-ceo").status());
        }
        assertEquals(PositionStatus.FORMER, find(p, "Paul Dunn", "Vesper Media", "ceo").status());
    }

    @Test
    void namesInAClauseAboutAPersonAreNotWhatTheCompanyStandsFor() {
        List<Position> p = Extract.positions("""
                Harwick Pharmacy said on Friday that Nadia Okoro had stepped down as chief executive of Harwick Pharmacy. \
                Okoro, who was \
                previously chief operating officer of Brava Coffee, has also left the pharmacy chain's board. Ravi Lal, \
                a co-author of a landmark Orbis Labs paper, is the company's chief technology officer.
                """);
        assertEquals(PositionStatus.FORMER, find(p, "Nadia Okoro", "Harwick Pharmacy", "board member").status());
        assertEquals(PositionStatus.FORMER, find(p, "Nadia Okoro", "Brava Coffee", "coo").status());
        find(p, "Ravi Lal", "Harwick Pharmacy", "cto");
        assertTrue(p.stream().noneMatch(x -> x.organization().name().equals("Brava Coffee") && x.title().equals("board member")
                || x.organization().name().equals("Orbis Labs")), p.toString());
    }

    @Test
    void theHeadOfAUnitAndAChiefNamedWithTheCompanysPossessive() {
        List<Position> p = Extract.positions("Arlen said its chief executive had stepped down and would be replaced by Mei Tan, "
                + "the head of Arlen's IP licensing group. Hock Lim, Arlen's president and chief executive, said the company was sound.");
        find(p, "Mei Tan", "Arlen", "head of ip licensing group");
        find(p, "Hock Lim", "Arlen", "president");
        find(p, "Hock Lim", "Arlen", "ceo");
    }

    @Test
    void aReturnEffectiveImmediatelyIsCurrentAndAnAnnouncedDepartureIsFormer() {
        List<Position> p = Extract.positions("""
                Corsa Media said late Sunday that Ann Hale will return as chief executive, effective immediately, replacing \
                Tom Berg, who had held the job since 2021. Raj Patel, a vice president of sales at Corsa Media, also announced \
                his departure.
                """, "2026-03-02");
        assertEquals(PositionStatus.CURRENT, find(p, "Ann Hale", "Corsa Media", "ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Tom Berg", "Corsa Media", "ceo").status());
        assertEquals(PositionStatus.FORMER, find(p, "Raj Patel", "Corsa Media", "vice president of sales").status());
    }
}
