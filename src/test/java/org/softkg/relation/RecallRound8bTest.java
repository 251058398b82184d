package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * The eighth round's recall work on the partOf cues (recall8b, docs/relations-log.md, "Sixth session"): a release or inclusion
 * verb with "as part of" ({@code as-part-of-participle}), and "service" as a generic head noun after a subject name
 * ({@code Cues.HEAD_NOUNS}); one invented sentence each, with the cases that must stay silent.
 */
class RecallRound8bTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aDateMayStandBeforeAsPartOf() {
        assertEquals(Set.of("orbit partOf zeta x2"),
                facts("[Orbit|Device] , which was introduced in March 2011 as part of the [Zeta X2|Device] , tracks motion ."));
    }

    @Test
    void madeAvailableAsPartOfPassesAPossessor() {
        assertEquals(Set.of("quenta partOf relay initiative"),
                facts("[Quenta|Application] was made available as part of [Kappa|Organization] 's [Relay Initiative|Name] ."));
    }

    @Test
    void aParenthesisAfterTheSubjectIsAbsorbed() {
        assertEquals(Set.of("pallo partOf zeta phone"),
                facts("The first chip is the [Pallo|Device] ( codename Rook ) , which was released in 2019 as part of the [Zeta Phone|Device] ."));
    }

    @Test
    void developedAsPartOfAProject() {
        assertEquals(Set.of("quenta partOf relay project"),
                facts("[Quenta|Application] was developed as part of the [Relay Project|Name] ."));
    }

    @Test
    void aCommonNounAfterThePossessorOrANegationGivesNothing() {
        assertEquals(Set.of(), facts("[Quenta|Application] was released as part of [Kappa|Organization] 's strategy ."));
        assertEquals(Set.of(), facts("[Quenta|Application] was not released as part of [Relay|Application] ."));
    }

    @Test
    void serviceIsAHeadNounAfterTheSubjectName() {
        assertEquals(Set.of("orbit partOf kappa networking"),
                facts("The [Orbit|Protocol] service is an open source component of [Kappa networking|Application] ."));
        assertEquals(Set.of("orbit partOf relay"),
                facts("Kappa was sold in 2010 , and the [Orbit|Name] service became part of [Relay|Name] , a network for developers ."));
    }
}
