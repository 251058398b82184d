package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round 7 (recall7c) constructions, each on invented sentences: exemplar lists after a plural class noun fill
 * a slot, an "X-based" fact reads by the base's type, "X-like" names X for similarTo only.
 */
class Recall7cConstructionsTest {

    private static final RuleSet RULES = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(RULES, markup);
    }

    @Test
    void exemplarsAfterAPluralSubjectNounAreTheSubjects() {
        Set<String> f = facts("Several older kernels , such as [Korvo|Operating_System] and [Quarn|Operating_System] ,"
                + " are based on [Zeta|Operating_System] .");
        assertTrue(f.contains("korvo basedOn zeta"), f::toString);
        assertTrue(f.contains("quarn basedOn zeta"), f::toString);
    }

    @Test
    void exemplarsAfterAPluralObjectNounAreTheObjects() {
        Set<String> f = facts("[Korvo|Language] was influenced by older languages like [Zeta|Language] and"
                + " [Quarn|Language] .");
        assertTrue(f.contains("korvo influencedBy zeta"), f::toString);
        assertTrue(f.contains("korvo influencedBy quarn"), f::toString);
    }

    @Test
    void forExampleAfterABasedClassGivesTheExample() {
        Set<String> f = facts("Many [Zeta-based|Operating_System] distributions , for example [Korvo|Operating_System] ,"
                + " ship it .");
        assertTrue(f.contains("korvo runsOn zeta"), f::toString);
    }

    @Test
    void aSingularNounIntroducesNoExemplars() {
        Set<String> f = facts("[Korvo|Application] is based on a design like [Zeta|Application] .");
        assertFalse(f.contains("korvo basedOn zeta"), f::toString);
    }

    @Test
    void aBaseTypedAsLanguageOrOperatingSystemChangesTheRelation() {
        assertEquals(Set.of("korvo writtenIn zeta"), facts("The [Zeta-based|Language] [Korvo|Application] server was"
                + " released in 2004 ."));
        assertEquals(Set.of("korvo runsOn zeta"), facts("The [Zeta-based|Operating_System] [Korvo|Application] server"
                + " was released in 2004 ."));
        assertEquals(Set.of("korvo basedOn zeta"), facts("The [Zeta-based|Name] [Korvo|Application] server was"
                + " released in 2004 ."));
    }

    @Test
    void aLikeBaseIsSimilarAndFillsNoOtherSlot() {
        assertTrue(facts("[Korvo|Operating_System] is a small [Zeta-like|Name] operating system .")
                .contains("korvo similarTo zeta"));
        assertFalse(facts("[Korvo|Application] runs on [Zeta-like|Name] systems .").stream()
                .anyMatch(f -> f.endsWith(" zeta")));
    }

    @Test
    void anOrganisationReleasingANameUnderALicence() {
        assertTrue(facts("Quarn Labs released the first version of [Korvo|Application] in 2003 under the"
                + " [Zeta Public License|License] .").contains("korvo license zeta public license"));
    }
}
