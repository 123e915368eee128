package io.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Which regular expressions are refused as exponential, wherever they sit in a query. */
class RegexGuardTest {
    @Test
    void nestedRepetitionIsFoundAndOrdinaryPatternsPass() {
        for (String bad : new String[] {"(a+)+", "^(\\w+\\s?)+$", "(.*)*x", "((ab)*c)+", "(a{1,5})*", "(?:x+y?)+", "(a*)*b"}) {
            assertTrue(RegexGuard.nestedRepetition(bad), bad);
        }
        for (String ok : new String[] {"a+b", "(ab)+", "^(\\d{3})-\\d+", "[(a+)]+", "(a|b)*", "(a{2})+", "\\(a+\\)+", "Scale AI", "^acq.*ion$"}) {
            assertFalse(RegexGuard.nestedRepetition(ok), ok);
        }
    }

    @Test
    void patternsAreCheckedInFiltersBindsProjectionsAndSubqueries() {
        String bad = "\"(a+)+$\"";
        for (String q : new String[] {"SELECT * { ?s ?p ?o FILTER regex(?o, " + bad + ") }",
                "SELECT * { ?s ?p ?o BIND(replace(str(?o), " + bad + ", \"\") AS ?x) }",
                "SELECT (regex(str(?o), " + bad + ") AS ?m) { ?s ?p ?o }",
                "SELECT * { { SELECT ?s { ?s ?p ?o FILTER regex(?o, " + bad + ", \"i\") } } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { ?s ?q ?v FILTER regex(?v, " + bad + ") } }"}) {
            assertNotNull(RegexGuard.refusal(QueryFactory.create(q)), q);
        }
        assertNull(RegexGuard.refusal(QueryFactory.create("SELECT * { ?s ?p ?o FILTER regex(?o, \"^Scale\", \"i\") }")));
    }
}
