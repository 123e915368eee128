package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolutionTest {

    private static List<Entity> named(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).toList();
    }

    @Test
    void oneOrganizationUnderItsShortAndLongNames() {
        Extraction x = Extract.of("Meta Platforms invested $14.3 billion in Scale AI. Meta's stake is 49%. "
                + "Scale is based in San Francisco, and Scale AI employs 1,400 people.");
        assertEquals(1, named(x, "Meta").size());
        assertEquals("org/meta", named(x, "Meta Platforms").get(0).key());
        assertEquals(named(x, "Scale AI"), named(x, "Scale"));
    }

    @Test
    void surnamesJoinTheFullName() {
        Extraction x = Extract.of("Meta hired Scale AI's founder, Alexandr Wang. Wang will lead a new lab, Meta said.");
        List<Entity> wang = named(x, "Wang");
        assertEquals(1, wang.size());
        assertEquals("Alexandr Wang", wang.get(0).name());
        assertEquals(EntityType.PERSON, wang.get(0).type());
    }

    @Test
    void differentPeopleWithOneSurnameStayApart() {
        Extraction x = Extract.of("Windsurf named Jeff Wang as interim CEO. Meta hired Scale AI's founder, Alexandr Wang.");
        Entity jeff = named(x, "Jeff Wang").get(0);
        Entity alexandr = named(x, "Alexandr Wang").get(0);
        assertNotEquals(jeff.key(), alexandr.key());
    }

    @Test
    void entityKeysAreStableAcrossArticles() {
        String a = Extract.of("Amazon.com Inc. is investing $4 billion in Anthropic.").facts().toString();
        assertTrue(a.contains("org/amazon"), a);
        assertTrue(Extract.of("Amazon invested $4 billion in Anthropic.").facts().toString().contains("org/amazon"));
    }

    @Test
    void legalSuffixesAndOddNamesGiveValidKeys() {
        assertEquals("at-and-t", Names.slug("AT&T Inc."));
        assertEquals("yahoo", Names.slug("Yahoo!"));
        assertEquals("x-formerly-twitter", Names.slug("X (formerly Twitter)"));
    }
}
