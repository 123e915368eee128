package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.DealStatus;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People and organizations told apart from cues beyond the given-name list: lists, ranks, name
 * particles, legal suffixes; and one company named in full and in short is one entity (sentences
 * written by us).
 */
class EntityTypingTest {

    @Test
    void unknownNamesListedBesideAPersonArePeople() {
        List<Position> p = Extract.positions("Solvent Labs was started in 2021 by Okonkwo Adeyemi, Reinhardt Vollmer and "
                + "Mirela Constantinescu, three former university researchers.");
        assertEquals(3, p.size(), p.toString());
        for (Position x : p) {
            assertEquals(EntityType.PERSON, x.person().type(), x.toString());
            assertEquals("Solvent Labs", x.organization().name());
            assertEquals("co-founder", x.title()); // one of three founders
        }
    }

    @Test
    void pluralNounForPeopleBeforeAList() {
        List<Position> p = Extract.positions("Formed by ex-Siemens engineers Quillan Brathwaite and Thandeka Mokoena, Vantor Grid "
                + "builds software for power networks. Brathwaite serves as chief executive. Vantor Grid has 40 employees.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Thandeka Mokoena") && x.title().equals("co-founder")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Quillan Brathwaite") && x.title().equals("ceo")
                && x.organization().name().equals("Vantor Grid")), p.toString());
    }

    @Test
    void particlesAndRanksBelongToPeoplesNames() {
        List<Position> p = Extract.positions("Meridia Foods named Pieter van Aalst as chief executive. Aldera Holdings, which runs "
                + "ports across the Gulf, is chaired by Sheikh Mansour bin Rashid Al Falasi, a member of the ruling family.");
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Pieter van Aalst") && x.title().equals("ceo")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().name().contains("Mansour bin Rashid Al Falasi")
                && x.person().type() == EntityType.PERSON && x.title().equals("chairman")
                && x.organization().name().equals("Aldera Holdings")), p.toString());
    }

    @Test
    void aCompanyWithALegalSuffixIsNotThePersonWhoShareItsName() {
        String text = "Dorran Energy said on Friday it had completed its purchase of Kell Corp. "
                + "Kell's chief executive, Margaret Kell, will join Dorran's board.";
        List<Acquisition> a = Extract.acquisitions(text);
        List<Position> p = Extract.positions(text);
        assertTrue(a.stream().anyMatch(x -> x.target().name().equals("Kell")
                && x.target().type() == EntityType.ORGANIZATION && x.status() == DealStatus.COMPLETED), a.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().name().equals("Margaret Kell") && x.title().equals("ceo")
                && x.organization().name().equals("Kell")), p.toString());
    }

    @Test
    void aListedCompanyInItsFormalNameIsTheSameCompany() {
        List<Layoff> l = Extract.layoffs("Cisco Systems Inc. will cut about 5% of its workforce. Cisco had 84,000 employees.");
        assertTrue(l.stream().allMatch(x -> x.organization().name().equals("Cisco")), l.toString());
    }
}
