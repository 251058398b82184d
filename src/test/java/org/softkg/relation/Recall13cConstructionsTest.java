package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Eleventh session (recall13c): licence terms ("freeware", "shareware") as names, and the rules of the recall13c block
 * of relations.rules read together with the other rules, on invented sentences.
 */
class Recall13cConstructionsTest {

    private static final RuleSet RULES = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup, String relation) {
        return Docs.facts(RULES, markup).stream().filter(f -> f.contains(" " + relation + " ")).collect(Collectors.toSet());
    }

    @Test
    void aLicenceTermIsANameAloneOrAfterAnIndefiniteArticle() {
        assertEquals(Set.of("orbit license freeware"),
                facts("[Orbit|Application] was released as [freeware|License] .", "license"));
        assertEquals(Set.of("orbit license shareware"),
                facts("[Orbit|Application] was a [shareware|License] game for home computers .", "license"));
        assertEquals(Set.of("orbit license freeware", "kappa license freeware"),
                facts("Quarn re-released [Orbit|Application] and [Kappa|Application] as [freeware|License] and sold the rest .",
                        "license"));
    }

    @Test
    void aLicenceTermAfterTheStaysAModifierOfItsNoun() {
        assertEquals(Set.of("glimmer influencedBy pondwar"),
                facts("[Glimmer|Application] was inspired by the old [freeware|License] game [Pondwar|Application] .",
                        "influencedBy"));
    }

    @Test
    void openSourceIsNoLicence() {
        assertEquals(Set.of(), facts("[Orbit|Application] is still available as [open source|License] .", "license"));
        assertEquals(Set.of(), facts("[Orbit|Application] is a [free|License] game .", "license"));
    }

    @Test
    void aSecondPredicateOfTheSameSubject() {
        assertEquals(Set.of("orbit runsOn kappa os"),
                facts("[Orbit|Application] itself was coded in [Zeta|Language] and was available for [Kappa OS|Operating_System] .",
                        "runsOn"));
        assertEquals(Set.of("orbit writtenIn zeta"),
                facts("[Orbit|Application] itself was coded in [Zeta|Language] and was available for [Kappa OS|Operating_System] .",
                        "writtenIn"));
        assertEquals(Set.of(), facts("[Orbit|Application] was made by [Quarn|Name] and [Kappa|Application] was ported to [Zeta|Device] .",
                "runsOn").stream().filter(f -> f.startsWith("orbit")).collect(Collectors.toSet()));
    }

    @Test
    void aVariantOrADialectIsBasedOnItsOriginal() {
        assertEquals(Set.of("orbit basedOn zeta"),
                facts("At the bank , Quarn helped to build [Orbit|Language] , a variant of [Zeta|Language] , for traders .", "basedOn"));
        assertEquals(Set.of("kappa sort basedOn zeta sort"),
                facts("They published a new variant of [zeta sort|Algorithm] called [kappa sort|Algorithm] in 2006 .", "basedOn"));
    }
}
