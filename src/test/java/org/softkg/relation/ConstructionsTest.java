package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * The sentence constructions the default rules read, one test each, on sentences written for the test
 * (invented names, so no rule can know them).
 */
class ConstructionsTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void passiveVoice() {
        assertEquals(Set.of("orbit forkedFrom zeta"),
                facts("[Orbit|Application] was forked from [Zeta|Application] in 2010 ."));
    }

    @Test
    void activeVoiceWithTheOriginalFirst() {
        assertEquals(Set.of("orbit forkedFrom zeta"),
                facts("[Zeta|Application] was forked to create [Orbit|Application] ."));
    }

    @Test
    void appositionStatesAFactAndLetsTheSubjectGoOn() {
        assertEquals(Set.of("orbit forkedFrom zeta", "orbit runsOn kappa"),
                facts("[Orbit|Operating_System] , a fork of [Zeta|Operating_System] , runs on [Kappa|Architecture] ."));
    }

    @Test
    void copulaWithAHeadNoun() {
        assertEquals(Set.of("orbit basedOn zeta"),
                facts("[Orbit|Operating_System] is a Unix-like operating system based on [Zeta|Operating_System] ."));
    }

    @Test
    void coordinationOnBothSidesGivesEveryPair() {
        assertEquals(Set.of("orbit writtenIn zeta", "orbit writtenIn kappa", "relay writtenIn zeta", "relay writtenIn kappa"),
                facts("[Orbit|Application] and [Relay|Application] are written in [Zeta|Language] and [Kappa|Language] ."));
    }

    @Test
    void relativeClauseWithTheObjectFirst() {
        assertEquals(Set.of("orbit successorOf zeta"),
                facts("[Zeta|Application] , which [Orbit|Application] replaced in 2004 , was small ."));
    }

    @Test
    void possessiveOfAMakerAndOfAWhole() {
        assertEquals(Set.of("zeta developedBy contoso"), facts("[Contoso|Organization] 's [Zeta|Application] sold well ."));
        assertEquals(Set.of("kappa partOf orbit"), facts("[Orbit|Operating_System] 's [Kappa|Application] builds ports ."));
    }

    @Test
    void successorNoun() {
        assertEquals(Set.of("orbit successorOf zeta"),
                facts("[Orbit|Application] , the successor to [Zeta|Application] , was released in 2001 ."));
    }

    @Test
    void basedCompound() {
        assertEquals(Set.of("orbit basedOn zeta"), facts("[Orbit|Operating_System] is a [Zeta-based|Name] operating system ."));
    }

    @Test
    void listInParentheses() {
        assertEquals(Set.of("orbit runsOn zeta", "orbit runsOn kappa", "orbit runsOn relay"),
                facts("[Orbit|Application] runs on several systems ( [Zeta|Operating_System] , [Kappa|Operating_System] and [Relay|Operating_System] ) ."));
    }

    @Test
    void negationStatesNoFact() {
        assertTrue(facts("[Orbit|Application] was not forked from [Zeta|Application] .").isEmpty());
    }
}
