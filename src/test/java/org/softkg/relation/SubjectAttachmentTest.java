package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * Which name a rule takes as subject or object (fifth round, rel5b): names that only qualify the head noun of a
 * description, titles with "vs.", common nouns inside a possessive phrase, agent nouns and "of PLACE" in lists;
 * one invented sentence each.
 */
class SubjectAttachmentTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aNameQualifyingTheHeadOfACopulaDescriptionIsNoSubject() {
        // the clone's maker is the copula's subject's; the qualifying name is what it clones (rule name-clone)
        assertEquals(Set.of("orbit developedBy ada lovelace", "orbit similarTo zeta box"),
                facts("The [Orbit|Name] is a [Zeta Box|Device] hobbyist clone for small cases , developed by "
                        + "[Ada Lovelace|Person] ."));
        assertEquals(Set.of("orbit developedBy kappa soft"),
                facts("[Orbit|Application] is a 1999 [Zeta|Name] animated film produced by [Kappa Soft|Organization] ."));
    }

    @Test
    void aLowerCaseDescriptionAfterAParenthesisIsNoSubject() {
        assertEquals(Set.of("orbit universe developedBy kappa"),
                facts("[Orbit Universe|Application] is a [massively multiplayer online|Protocol] ( [MMORPG|Protocol] ) "
                        + "[virtual universe|Application] designed by the Swedish software company [Kappa|Organization] ."));
    }

    @Test
    void theSecondNameOfATitleWithVersusIsNoSubject() {
        assertEquals(Set.of(),
                facts("[Orbit|Name] vs. [Zeta|Application] was produced by [Kappa Films|Organization] in 2001 ."));
    }

    @Test
    void aCommonNounInAPossessivePhraseIsNoName() {
        assertEquals(Set.of(),
                facts("It shipped with [Contoso|Name] 's optional 300 or 1200 bit/s [external modem|Application] "
                        + "designed for the [Zeta II|Device] ."));
    }

    @Test
    void aNameBeforeAnAgentNounOnlyQualifiesIt() {
        assertEquals(Set.of("orbit developedBy wizet"),
                facts("[Orbit|Application] is a side-scrolling game , developed by [Nordic|Name] company [Wizet|Name] ."));
    }

    @Test
    void aListOfMakersEachWithItsPlace() {
        assertEquals(Set.of("orbit developedBy zeta ag", "orbit developedBy kappa"),
                facts("[Orbit|Application] is a suite of codecs developed by [Zeta AG|Organization] of [Germany|Name] "
                        + "and [Kappa|Organization] of [France|Name] ."));
    }

    @Test
    void aNameQualifyingAFirstOfAKindIsNoSubject() {
        assertEquals(Set.of(),
                facts("It was the first [Orbit|Name] operating system to be ported to the [Zeta|Device] ."));
    }

    @Test
    void aTypedNameTheTaggerCalledAnAuxiliaryIsAName() {
        assertEquals(Set.of("orbitd developedBy ada lovelace"),
                facts("[orbitd|Application] was originally developed by [Ada Lovelace|Person] in 2015 ."));
    }

    @Test
    void aMemberInTheMiddleOfAListIsNoHeadOfWhatFollowsTheList() {
        assertEquals(Set.of(),
                facts("It is used to control [Zeta NXT|Application] , [Kappa|Name] , [Relay|Name] , and Orbix robots "
                        + "using a programming language based on the [Sigma|Language] programming language ."));
    }

    @Test
    void anEmptyParenthesisAfterTheSubjectIsSkipped() {
        assertEquals(Set.of("orbit basedOn zeta"),
                facts("[Orbit|Operating_System] ( ) is a [Kappa distribution|Application] based on [Zeta|Name] ."));
    }

    @Test
    void aOneWordNameAfterADemonstrativePointsBack() {
        assertEquals(Set.of(),
                facts("On [Orbit NT|Operating_System] , that [API|Name] is part of the [Zeta API|Library] ."));
    }
}
