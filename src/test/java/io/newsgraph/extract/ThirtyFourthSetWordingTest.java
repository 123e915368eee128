package io.newsgraph.extract;

import static io.newsgraph.model.PositionStatus.CURRENT;
import static io.newsgraph.model.PositionStatus.FORMER;
import static io.newsgraph.model.PositionStatus.INCOMING;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the thirty-fourth written set (issue 10), in sentences of our own: a descriptor glued
 * to a name after a dateline ("OSLO - Drugmaker X"); a name that ends in a nationality ("Halden
 * American"); "Companies" ending a name; "He succeeds X"; a bare apostrophe of a name ending in s
 * before a title ("X, Moveworks' co-founder"); "A and B have agreed to combine in an all-share
 * merger"; a combined company named after both ("Corvo Brisk") is neither.
 */
class ThirtyFourthSetWordingTest {

    @Test
    void aDescriptorGluedToANameAfterADateline() {
        List<Layoff> l = Extract.layoffs("OSLO - Drugmaker Nordvik Pharma plans to shed up to 300 jobs, it said on Monday.");
        assertTrue(l.stream().anyMatch(v -> v.organization().name().equals("Nordvik Pharma") && v.count() == 300), l.toString());
    }

    @Test
    void aNameThatEndsInANationality() {
        List<Acquisition> a = Extract.acquisitions("Halden American agreed to buy Brisk Foods for $900 million.");
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Halden American")), a.toString());
        List<Position> p = Extract.positions("Lena Holt, a former Corvo and Marrow American executive, joined the board.");
        assertTrue(Extract.hasPosition(p, "Lena Holt", "Marrow American", "executive", FORMER), p.toString());
    }

    @Test
    void companiesEndsAName() {
        var x = Extract.of("The Marlow Beauty Companies named Ada Brook as its next chief executive.");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Marlow Beauty Companies") || e.name().equals("The Marlow Beauty Companies")),
                x.entities().toString());
    }

    @Test
    void theOneHeSucceedsIsAPersonWhoHeldTheRole() {
        List<Position> p = Extract.positions("Tessel named Ada Brook as its next chief executive, effective Jan. 1. She succeeds Orsolya "
                + "Vantz, who announced her plan to retire in March.");
        assertTrue(Extract.hasPosition(p, "Orsolya Vantz", "Tessel", "ceo", FORMER), p.toString());
    }

    @Test
    void aBareApostropheBeforeATitle() {
        List<Position> p = Extract.positions("Orvane agreed to buy Kestrel Works. Ivo Sand, Kestrel Works' co-founder and chief executive, "
                + "will join Orvane.");
        assertTrue(Extract.hasPosition(p, "Ivo Sand", "Kestrel Works", "ceo", CURRENT), p.toString());
    }

    @Test
    void aMergerAndTheCompanyItCreates() {
        String text = "Corvo Steel and Brisk Metals have agreed to combine in an all-share merger of equals, creating a group called Corvo "
                + "Brisk. Corvo Steel chief executive Ada Brook will lead Corvo Brisk as chief executive.";
        List<Acquisition> a = Extract.acquisitions(text);
        assertTrue(a.stream().anyMatch(v -> v.acquirer().name().equals("Corvo Steel") && v.target().name().equals("Brisk Metals")), a.toString());
        List<Position> p = Extract.positions(text);
        assertTrue(Extract.hasPosition(p, "Ada Brook", "Corvo Brisk", "ceo", INCOMING), p.toString());
        assertFalse(Extract.hasPosition(p, "Ada Brook", "Brisk Metals", "ceo", null), p.toString());
    }
}
