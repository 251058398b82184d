package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A maker or a place right before "based on" is not what is based on the object ({@link ArgumentChecks}). */
class BasedOnAgentTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void thePlaceOrMakerBeforeBasedOnIsNoSubject() {
        assertEquals(Set.of(), facts("It was developed at [Contoso|Application] based on [Zeta|Library] ."));
        assertEquals(Set.of(), facts("The port was made by the [Kappa|Application] based on [Zeta|Library] sources ."));
    }

    @Test
    void aProductBeforeBasedOnStillIs() {
        assertEquals(Set.of("orbit basedOn zeta"),
                facts("The phones were released with [Orbit|Operating_System] based on [Zeta|Operating_System] ."));
    }
}
