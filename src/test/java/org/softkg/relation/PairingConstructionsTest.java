package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * Engine constructions of the fifth round (rel5a): "respectively" pairs two lists in order, and the bases of
 * "-licensed" and "-compatible" words are read like those of "-based" ones. One invented sentence each.
 */
class PairingConstructionsTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void respectivelyPairsTwoListsInOrder() {
        assertEquals(Set.of("orbit writtenIn kappa", "zeta writtenIn sigma"),
                facts("[Orbit|Application] and [Zeta|Application] are written in [Kappa|Language] and "
                        + "[Sigma|Language] , respectively ."));
    }

    @Test
    void respectivelyAfterAParenthesisedVersionStillPairs() {
        assertEquals(Set.of("orbit writtenIn kappa", "zeta writtenIn sigma"),
                facts("[Orbit|Library] and [Zeta|Library] are written in [Kappa|Language] ( K9 ) and "
                        + "[Sigma|Language] ( S11 ) , respectively ."));
    }

    @Test
    void withoutRespectivelyEveryPairIsAFact() {
        assertEquals(Set.of("orbit writtenIn kappa", "orbit writtenIn sigma", "zeta writtenIn kappa",
                        "zeta writtenIn sigma"),
                facts("[Orbit|Application] and [Zeta|Application] are written in [Kappa|Language] and "
                        + "[Sigma|Language] ."));
    }

    @Test
    void listsOfDifferentLengthsIgnoreRespectively() {
        assertEquals(Set.of("orbit writtenIn kappa", "zeta writtenIn kappa"),
                facts("[Orbit|Application] and [Zeta|Application] are written in [Kappa|Language] , respectively ."));
    }

    @Test
    void theBaseOfADashLicensedWordIsALicence() {
        assertEquals(Set.of("orbit license kappa"),
                facts("[Orbit|Library] is a [Kappa-licensed|Name] implementation of a messaging protocol ."));
    }

    @Test
    void theBaseOfADashCompatibleWordIsWhatTheNameIsCompatibleWith() {
        assertEquals(Set.of("orbit compatibleWith kappa"),
                facts("The [Kappa-compatible|Name] [Orbit|Application] codec was released in 2004 ."));
    }

    @Test
    void aNameAfterADemonstrativeIsADescription() {
        assertEquals(Set.of(), facts("On [Kappa|Operating_System] , that [API|Library] is part of the [Zeta|Library] ."));
        assertEquals(Set.of(), facts("In [Kappa|Operating_System] these [CPUs|Device] use the [Zeta|Architecture] design ."));
        assertEquals(Set.of("orbit partOf zeta"),
                facts("[Kappa|Organization] said that [Orbit|Library] is part of [Zeta|Library] ."));
    }

    @Test
    void aGerundAfterAListKeepsItsLastName() {
        assertEquals(Set.of("orbit supports kappa", "orbit supports zeta"),
                facts("The [Orbit|Application] viewer currently supports [Kappa|Language] and [Zeta|Language] rendering ."));
    }
}
