package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A parenthesis with a colon right after a name ("( ru : ... )", "( Japanese : ... , Hepburn : ... )") is an aside
 * that labels the name in another language: the clause of the name goes on after it (round 9, names9; the cause and
 * figures are in docs/relations-log.md, "Names of unseen text" (names9)). Invented sentences.
 */
class LabelledAsideTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aForeignNameInParenthesesLeavesTheSubjectItsVerb() {
        assertEquals(Set.of("zorblex similarTo kappa 80"),
                facts("The [Zorblex|Device] ( ru : Зорблекс ) was a Soviet clone of the [Kappa 80|Device] made in 1990 ."));
    }

    @Test
    void twoLabelledNamesInOneAside() {
        assertEquals(Set.of("zorblex developedBy kappa labs"),
                facts("[Zorblex|Application] ( Japanese : ゾルブレックス , Hepburn : Zoruburekkusu ) is a video game "
                        + "developed by [Kappa Labs|Organization] ."));
    }

    @Test
    void anAlsoKnownAsAsideWithAColon() {
        assertEquals(Set.of("zorblex developedBy kappa labs"),
                facts("[Zorblex|Application] ( also known as [ZB|Application] : [Zorblex|Application] ) is a racing "
                        + "video game developed by [Kappa Labs|Organization] ."));
    }

    @Test
    void aLongOrSemicolonAsideStillEndsTheClause() {
        // a semicolon is a boundary inside a parenthesis too, and an aside longer than ten units is no label
        assertEquals(Set.of(), facts("[Zorblex|Language] ( ; an acronym for \" zeta orbit lexer \" ) is a compiled "
                + "[Kappa-like|Language] programming language ."));
        assertEquals(Set.of(), facts("The [Zorblex|Device] ( ru : Зорблекс , a name chosen by the engineers who made the "
                + "first batch ) was a clone of the [Kappa 80|Device] ."));
    }

    @Test
    void anUnclosedParenthesisIsNoAside() {
        assertEquals(Set.of(), facts("The [Zorblex|Device] ( ru : Зорблекс was a clone of the [Kappa 80|Device] ."));
    }
}
