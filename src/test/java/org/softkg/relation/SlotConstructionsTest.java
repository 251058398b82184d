package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * The constructions the engine reads for every rule since the fourth round (head nouns after names, enumerations
 * without "and", agents inside descriptions, terms of art ...), one invented sentence each.
 */
class SlotConstructionsTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aGenericHeadNounAfterTheSubjectName() {
        assertEquals(Set.of("orbit similarTo zeta"),
                facts("The [Orbit|Algorithm] package is similar to the [Zeta|Algorithm] ."));
        assertEquals(Set.of("kappa successorOf orbit"),
                facts("The [Orbit|Architecture] architecture was eventually superseded by [Kappa|Architecture] ."));
    }

    @Test
    void aPredicateNounTakesNoHeadNoun() {
        // "an [Orbit] client that is a fork of ..." is about the client, not Orbit (the client uses the protocol: the
        // guidelines' "an RDP client uttsc", s24-protocol-client)
        assertEquals(Set.of("relay forkedFrom zeta", "relay uses orbit"),
                facts("[Relay|Application] is an [Orbit|Protocol] client that is a fork of [Zeta|Application] ."));
    }

    @Test
    void theBaseOfADashBasedWordOnlyQualifies() {
        assertEquals(Set.of("relay successorOf orbit", "orbit basedOn zeta"),
                facts("[Relay|Application] , the successor to the [Zeta-based|Name] [Orbit|Application] , was small ."));
    }

    @Test
    void anEnumerationWithoutAndThatEndsTheSentence() {
        assertEquals(Set.of("orbit runsOn zeta", "orbit runsOn kappa", "orbit runsOn relay"),
                facts("[Orbit|Operating_System] now runs on most embedded processors , including "
                        + "[Zeta|Architecture] , [Kappa|Architecture] , [Relay|Architecture] ."));
    }

    @Test
    void listMembersWithDeterminersAndAdjectives() {
        assertEquals(Set.of("orbit basedOn zeta", "orbit basedOn kappa"),
                facts("[Orbit|Operating_System] ( based on the proprietary [Zeta|Operating_System] and the open "
                        + "[Kappa|Operating_System] ) shipped in 2001 ."));
    }

    @Test
    void aCapitalisedWordOpeningASentenceIsNoName() {
        assertEquals(Set.of(),
                facts("[Marketed|Name] as improved successors to the [Zeta|Device] , they sold well ."));
    }

    @Test
    void versionsOfANameOpeningTheClause() {
        assertEquals(Set.of("orbit supports zeta"),
                facts("Modern versions of [Orbit|Operating_System] support the [Zeta|Protocol] protocol ."));
        assertEquals(Set.of(), facts("Drivers for [Orbit|Operating_System] support the [Zeta|Protocol] protocol ."));
    }

    @Test
    void aYearBeforeTheSubjectIsNoPhraseOfIt() {
        assertEquals(Set.of("orbit basedOn zeta"),
                facts("Finally , in 1999 the [Orbit|Name] was announced , based on the [Zeta|Operating_System] operating system ."));
    }

    @Test
    void theAdjectiveOfADefiniteSubject() {
        assertEquals(Set.of("orbit license developedBy kappa quinn"),
                facts("The original [Orbit License|License] was written by [Kappa Quinn|Person] ."));
    }

    @Test
    void anAgentInsideADescriptionLetsTheHeadGoOn() {
        assertEquals(Set.of("zeta developedBy contoso", "orbit uses zeta"),
                facts("[Zeta|Application] is developed by [Contoso|Organization] for use in the desktop versions of "
                        + "[Orbit|Application] ."));
    }

    @Test
    void termsOfArtAreNames() {
        assertEquals(Set.of("orbit tree similarTo kd-trees"),
                facts("A [orbit tree|Data_Structure] is a partitioning data structure similar to that of [kd-trees|Data_Structure] ."));
        assertTrue(facts("[Orbit|Application] supports [device drivers|Application] .").isEmpty());
    }

    @Test
    void aRangeOfVersionsIsAList() {
        assertEquals(Set.of("zeta 4 uses orbit", "zeta 11 uses orbit"),
                facts("[Orbit|Application] is made for use in [Zeta 4|Application] to [Zeta 11|Application] ."));
    }

    @Test
    void aListMemberAfterAnAdjectiveAndANoun() {
        assertEquals(Set.of("orbit basedOn zeta", "orbit basedOn kappa"),
                facts("[Orbit|Operating_System] ( based on the proprietary [Zeta|Operating_System] and the open source "
                        + "[Kappa|Operating_System] ) shipped in 2001 ."));
    }

    @Test
    void aSubjectPronounStopsTheNearestNameGap() {
        assertEquals(Set.of(),
                facts("Most programs of [Orbit|Operating_System] use the [Zeta|Library] toolkit , it also supports [Kappa|Library] ."));
    }
}
