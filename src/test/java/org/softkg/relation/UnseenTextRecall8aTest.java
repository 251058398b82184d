package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invented sentences for the causes of missed developedBy facts found by judging random cue sentences of
 * WikiSER dev outside the gold set, second pass (docs/relations-log.md, "Sixth session").
 */
class UnseenTextRecall8aTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aPossessorInsideAPrepositionalPhraseStillNamesTheMaker() {
        assertEquals(Set.of("quill studio developedBy contoso"),
                facts("Export is handled by a tool included with [Contoso|Organization] 's [Quill Studio|Application] ."));
        assertEquals(Set.of("orbit kong developedBy zeta"),
                facts("It came out at the same time as [Zeta|Organization] 's [Orbit Kong|Application] for the arcade ."));
        assertEquals(Set.of("kappa developedBy contoso"),
                facts("The sites were part of [Contoso|Organization] 's [Kappa|Protocol] 2.0 experiment in 1996 ."));
    }

    @Test
    void aPossessorRightAfterAnotherNameOrAnAdjectiveIsNoPossessorOfItsOwn() {
        assertEquals(Set.of(), facts("It shipped with the [Orbit|Application] [Zeta|Organization] 's [Quill|Application] ."));
        assertEquals(Set.of(), facts("It shipped with the popular [Zeta|Organization] 's [Quill|Application] ."));
    }

    @Test
    void offTheHeadOfAClauseOnlyAdjectivesMayStandBetweenPossessorAndName() {
        assertEquals(Set.of("quill developedBy zeta"), facts("It was sold next to [Zeta|Organization] 's new [Quill|Application] ."));
        assertEquals(Set.of(), facts("It is missing in [Zeta|Organization] 's standard libraries [Quill|Application] uses ."));
        assertEquals(Set.of(), facts("Programs run at the [ZPU|Organization] 's [Quill|Device] level ."));
        assertEquals(Set.of("quill developedBy zeta"), facts("Programs run at the [Zeta|Organization] 's [Quill|Device] level ."));
    }

    @Test
    void everyRuleThatOpensWithAPossessorGainsTheSameReach() {
        // the construction is the engine's, not developedBy's: the component reading of "P 's C" reaches into phrases too
        assertEquals(Set.of("quill arcade partOf zeta 360"),
                facts("The game came out for the [Zeta 360|Operating_System] 's [Quill Arcade|Application] service ."));
    }
}
