package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The slot suffix {@code ~variant} and the rule platform-version-of (round 9, names9): "the [Zeta] version of [Orbit]"
 * says that Orbit runs on Zeta. Other slots still refuse a name before a variant noun and "of". Invented sentences.
 */
class VariantQualifierSlotTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    @Test
    void onlyAVariantSlotTakesTheNameBeforeVersionOf() {
        RuleSet plain = Docs.rule("the {O:Device} version of {S:Application}");
        RuleSet variant = Docs.rule("the {O:Device}~variant version of {S:Application}");
        String sentence = "The [Zeta|Device] version of [Orbit|Application] sold well .";
        assertEquals(Set.of(), Docs.facts(plain, sentence));
        assertEquals(Set.of("orbit rel zeta"), Docs.facts(variant, sentence));
    }

    @Test
    void aPlatformVersionOfAProgramIsARunsOnFact() {
        assertEquals(Set.of("orbit quest runsOn zeta 48k"),
                Docs.facts(DEFAULT, "The [Zeta 48K|Device] version of [Orbit Quest|Application] was a best seller ."));
        assertEquals(Set.of("orbix runsOn zeta-11"),
                Docs.facts(DEFAULT, "The original [Zeta-11|Device] version of [Orbix|Application] was small ."));
    }

    @Test
    void noPlatformNoFact() {
        assertEquals(Set.of(), Docs.facts(DEFAULT, "The [Kappa License|License] version of [Orbit|Application] is free ."));
        assertEquals(Set.of(), Docs.facts(DEFAULT, "[Quarn Labs|Organization] made a [Zeta|Device] version of the game ."));
    }
}
