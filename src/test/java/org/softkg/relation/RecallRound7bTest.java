package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * The seventh round's recall work on the uses cues (recall7b): an instrument "using X" read on the subject of
 * its clause, and measures or hyphenated modifiers between an object's determiner and its name. One invented
 * sentence each, with the cases that must stay silent.
 */
class RecallRound7bTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aMeasureBetweenTheDeterminerAndTheObject() {
        assertEquals(Set.of("orbit uses zeta"),
                facts("The [Orbit|Device] used a 12MHz [Zeta|Device] processor ."));
        assertEquals(Set.of("orbit uses zeta"),
                facts("The [Orbit|Device] uses a 64-bit [Zeta|Architecture] core ."));
    }

    @Test
    void aHyphenatedModifierBetweenTheDeterminerAndTheObject() {
        assertEquals(Set.of("orbit uses zeta"),
                facts("[Orbit|Application] uses a built-in [Zeta|Library] to parse input ."));
    }

    @Test
    void aNameMadeAnAdjectiveStillQualifiesNoObject() {
        // "a Kappa-based Zeta": the slot takes Zeta, not the based-on word as a modifier of nothing
        assertEquals(Set.of("orbit uses zeta", "zeta basedOn kappa"),
                facts("[Orbit|Application] uses a [Kappa-based|Name] [Zeta|Library] ."));
    }

    @Test
    void usingHangsOnTheSubjectOfItsClause() {
        assertEquals(Set.of("orbit uses zeta method"),
                facts("[Orbit|Application] is a program for solving [Kappa|Name] equations using the [Zeta method|Algorithm] ."));
        assertEquals(Set.of("orbit uses zeta"),
                facts("[Orbit|Application] runs either as a daemon ( using an embedded [Zeta|Library] ) or alone ."));
    }

    @Test
    void usingWithAListOfExamples() {
        assertEquals(Set.of("orbit uses zeta", "orbit uses kappa"),
                facts("[Orbit|Application] is used to model systems using many languages such as [Zeta|Language] and [Kappa|Language] ."));
    }

    @Test
    void usingAfterACompanyOrANegationGivesNothing() {
        assertEquals(Set.of(),
                facts("[Orbit|Organization] rebuilt its browser using [Zeta|Library] ."));
        assertEquals(Set.of(),
                facts("[Orbit|Application] renders pages without using [Zeta|Library] ."));
    }

    @Test
    void usingInAnotherClauseDoesNotReachTheSubject() {
        assertEquals(Set.of(),
                facts("[Orbit|Application] stores data , which users read using [Zeta|Application] ."));
    }
}
