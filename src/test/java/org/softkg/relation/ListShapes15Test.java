package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * List shapes every slot reads (thirteenth session, branch lists15), one invented sentence each: a capitalised
 * plural class noun opening a sentence before its examples, "Ns such as" without a comma, a common noun as the first
 * example, members that name no entity (a possessor's thing, capitalised words qualifying a noun), the names of a
 * parenthesised sub-list, a kind noun after a member, the object of a noun's participle, and camel-case list members.
 */
class ListShapes15Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aCapitalisedPluralOpeningTheSentenceIntroducesItsExamples() {
        assertEquals(Set.of("zeta developedBy omega", "kappa developedBy omega"),
                facts("Games such as [Zeta|Application] and [Kappa|Application] were developed by [Omega|Organization] ."));
        assertEquals(Set.of("zeta developedBy omega", "kappa developedBy omega", "mu developedBy omega"),
                facts("Several games like [Zeta|Application] , [Kappa|Application] and [Mu|Application] were developed by "
                        + "[Omega|Organization] ."));
    }

    @Test
    void suchAsWithoutACommaIntroducesTheExamples() {
        assertEquals(Set.of("zeta basedOn omega", "kappa basedOn omega"),
                facts("Implementations such as [Zeta|Application] and [Kappa|Application] are based on "
                        + "[Omega|Operating_System] ."));
    }

    @Test
    void aCommonNounFirstExampleLeavesTheNamesAfterIt() {
        assertEquals(Set.of("quill supports zeta", "quill supports kappa", "quill supports mu"),
                facts("[Quill|Application] can also poll capture devices , such as [webcams|Protocol] or [Zeta|Device] , "
                        + "[Kappa|Device] , and the [Mu|Operating_System] display ."));
    }

    @Test
    void aPossessorsThingIsAMemberWithoutAFact() {
        assertEquals(Set.of("quill supports orbit", "zeta supports orbit", "kappa supports orbit"),
                facts("Websites supporting the [Orbit|Protocol] include [Quill|Name] , [Zeta|Name] , [Contoso|Name] 's "
                        + "How-To blog , [Kappa|Name] , and many others ."));
    }

    @Test
    void capitalisedWordsQualifyingANounAreAMemberWithoutAFact() {
        assertEquals(Set.of("quill supports orbit", "zeta supports orbit", "kappa supports orbit"),
                facts("Websites supporting the [Orbit|Protocol] include [Quill|Name] , [Zeta|Application] , the Creative "
                        + "Contoso [wiki|Protocol] , [Kappa|Name] , and many others ."));
    }

    @Test
    void theNamesOfASubListAreMembers() {
        assertEquals(Set.of("quill supports orbit", "mu supports orbit", "nu supports orbit", "kappa supports orbit"),
                facts("Websites supporting the [Orbit|Protocol] include [Quill|Name] ( including [Mu|Name] , [Nu|Name] "
                        + "and all other Quill projects ) , [Kappa|Name] , and many others ."));
    }

    @Test
    void theObjectOfANounsParticipleOpensNoClause() {
        // "Websites supporting the [Orbit] include [Quill]": Orbit includes nothing (no partOf)
        assertEquals(Set.of("quill supports orbit", "relay supports orbit"),
                facts("Websites supporting the [Orbit|Application] include [Quill|Application] and [Relay|Application] ."));
        assertEquals(Set.of("quill supports zeta"),
                facts("Editors that support [Zeta|Application] include [Quill|Application] ."));
    }

    @Test
    void camelCaseListMembersAreNoTableSeams() {
        assertEquals(Set.of("orbit runsOn zetaos", "orbit runsOn kappaos", "orbit runsOn metaos", "orbit runsOn novaos",
                        "orbit runsOn lambdaos", "orbit runsOn picoos"),
                facts("[Orbit|Application] runs on [ZetaOs|Operating_System] , [KappaOs|Operating_System] , "
                        + "[MetaOs|Operating_System] , [NovaOs|Operating_System] , [LambdaOs|Operating_System] and "
                        + "[PicoOs|Operating_System] ."));
        assertTrue(RunTogetherText.test(Docs.annotated(
                "OrbitServer ZetaWindows 1999KappaSoft MetaLinux NovaTools LambdaMac").sentences().getFirst()));
        assertFalse(RunTogetherText.test(Docs.annotated(
                "It runs on ZetaOs , KappaOs , MetaOs , NovaOs , LambdaOs and PicoOs .").sentences().getFirst()));
    }
}
