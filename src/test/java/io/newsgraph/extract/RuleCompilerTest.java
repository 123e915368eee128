package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where a rule can start: an anchored rule is only tried at those tokens, so the set must never be too small. */
class RuleCompilerTest {
    private final RuleCompiler compiler = new RuleCompiler();

    @Test
    void anAlternativeOfPlainWordsRequiresItsFirstUncommonWord() {
        // every word of "to supply" must be in the sentence, and "supply" tells far more sentences apart than "to"
        assertTrue(compiler.requirements("{ORG:s} (to supply|supplies|agreed to provide) chips to {ORG:c}").contains(
                Set.of("supply", "supplies", "provide")));
        // an alternative that is not plain words keeps the tokens it can start with
        assertTrue(compiler.requirements("{ORG:s} (to {MONEY:m}|supplies) chips").contains(Set.of("to", "supplies")));
    }

    @Test
    void anOptionalGroupWrittenWithTrailingSpacesStillMatches() {
        // the separator after an element is the compiler's: "(in the round |in the financing )?as" once asked for two spaces
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(compiler.toRegex("joined (in the round |in the financing )?as investors"));
        assertTrue(p.matcher(" joined in the round as investors ").find());
        assertTrue(p.matcher(" joined as investors ").find());
        assertTrue(java.util.regex.Pattern.compile(compiler.toRegex("buy (an |a )?(additional |further )?<money:1>"))
                .matcher(" buy an additional <money:1> ").find());
    }

    @Test
    void aLookBehindIsPassedOverForTheElementAfterIt() {
        assertEquals(Set.of("<org", "<unk", "<orgp"), compiler.startTokens("(?<!working on |work for ) {ORG:org} {W0-12}cut"));
    }

    @Test
    void aLookaroundGluedBehindTheFirstGroupKeepsTheGroupsStartTokens() {
        assertEquals(Set.of("cut", "cuts", "shed"), compiler.startTokens("(cut|cuts|shed)(?<!before the cuts)(?! back) {STAFF:count}"));
        // a group followed by anything else still cannot be told cheaply
        assertNull(compiler.startTokens("(cut|cuts)s? {STAFF:count}"));
    }

    @Test
    void anOptionalFirstElementAddsItsTokensToWhatFollows() {
        assertEquals(Set.of("also", "<org", "<unk", "<orgp"), compiler.startTokens("(also)? {ORG:org} (joined|invested)"));
        assertEquals(Set.of("existing", "other", "including", "<org", "<unk", "<orgp"),
                compiler.startTokens("(existing|other)? (including)? {ORGS:investors} joined"));
    }

    @Test
    void aListOfPeopleMayOpenWithATitleOrItsOrganization() {
        Set<String> starts = compiler.startTokens("{ANYS:investors} (joined|invested)");
        assertTrue(starts.containsAll(Set.of("former", "<title", "<org", "<unk", "<orgp", "<per", "<perp")), starts.toString());
    }

    @Test
    void aGapOrOnlyOptionalElementsCanStartAnywhere() {
        assertNull(compiler.startTokens("{W0-3}cut {STAFF:count}"));
        assertNull(compiler.startTokens("{AUX} cut {STAFF:count}"));
        assertNull(compiler.startTokens("(also)? (too)?"));
    }

    @Test
    void theCompiledRuleMatchesOnlyWhereItsStartTokensStand() {
        String view = " the deal : <org:0> will cut <staff:1> jobs . ";
        var rule = compiler.compileAll(java.util.List.of("layoff t 0.9 : (?<!work for ) {ORG:org} {W0-12}(cut|cuts|laid off|shed) {STAFF:count}")).get(0);
        var m = rule.pattern().matcher(view);
        assertTrue(m.find());
        assertEquals(view.indexOf("<org:0>"), m.start());
        assertTrue(rule.anchored());
    }

    @Test
    void twoRulesUnderOneIdAreRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> compiler.compileAll(java.util.List.of("layoff t 0.9 : {ORG:org} cut {STAFF:count}",
                        "layoff t 0.8 : {ORG:org} shed {STAFF:count}")));
        assertTrue(e.getMessage().contains("t is used twice"), e.getMessage());
    }

    @Test
    void aPossessivePronounAlsoMatchesTheCompanyItStandsFor() {
        var rule = compiler.compileAll(java.util.List.of("layoff t 0.9 : {ORG:org} {AUX} cut (its|the) workforce by {STAFF:count}")).get(0);
        assertTrue(rule.pattern().matcher(" <org:0> had cut <orgp:1> 's workforce by <staff:2> . ").find());
        assertTrue(rule.pattern().matcher(" <org:0> cut its workforce by <staff:1> . ").find());
        assertEquals("(its|<orgp:\\d{1,3}> 's)", RuleCompiler.withPossessivePronouns("its"));
    }
}
