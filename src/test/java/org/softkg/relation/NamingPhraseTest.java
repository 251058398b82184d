package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * Session 20: a naming phrase ("a kernel called [Zeta]") stands for the name it introduces, in every slot that
 * opens after a verb or a preposition; a noun may qualify the version noun of a clause-opening "version of"; a
 * maker's name right before a product's only qualifies it; a licence's trailing release number is no head; a
 * partitive head ("a combination of", "a modified version of") stands for what follows its "of".
 */
class NamingPhraseTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aNamingPhraseAfterAPrepositionIsItsName() {
        assertEquals(Set.of("orbit basedOn zeta"),
                facts("[Orbit|Operating_System] is based on a kernel called [Zeta|Operating_System] ."));
        assertEquals(Set.of("orbit basedOn zeta"),
                facts("[Orbit|Operating_System] is based on an open source foundation known as [Zeta|Operating_System] ."));
    }

    @Test
    void aNamingPhraseAfterAVerbIsItsName() {
        assertEquals(Set.of("orbit uses zeta"), facts("[Orbit|Application] uses a library called [Zeta|Library] ."));
        assertEquals(Set.of("zeta partOf orbit"),
                facts("[Orbit|Operating_System] 6.0 also included a task-switcher named [Zeta|Name] ."));
    }

    @Test
    void aNamingPhraseMayOpenWithOneAndPutACommaBeforeTheNamingWord() {
        assertEquals(Set.of("orbit supports zeta"),
                facts("[Orbit|Library] only supports one algorithm , called [Zeta|Algorithm] , which is fast ."));
        assertEquals(Set.of("orbit uses zeta"), facts("[Orbit|Application] uses one library called [Zeta|Library] ."));
        // a comma then "called by": still no name
        assertEquals(Set.of(), facts("[Orbit|Application] uses one library , called by [Zeta|Library] ."));
    }

    @Test
    void aParticipleThatNamesNoObjectStillHangsOnTheNoun() {
        // "called by" names nothing: what the verb's object noun does is no fact of the subject
        assertEquals(Set.of(), facts("[Orbit|Application] added a renderer written in [Kappa|Language] ."));
        assertEquals(Set.of(), facts("[Orbit|Application] uses a library called by [Zeta|Library] ."));
    }

    @Test
    void aNounMayQualifyTheVersionOfAClauseSubject() {
        assertEquals(Set.of("orbit partOf zeta kernel"),
                facts("A preliminary development version of [Orbit|Application] was included in the [Zeta kernel|Operating_System] ."));
    }

    @Test
    void aMakersNameBeforeAProductOnlyQualifiesIt() {
        assertEquals(Set.of("orbit uses zeta 6"), facts("[Orbit|Application] uses [Contoso|Organization] [Zeta 6|Application] ."));
        assertEquals(Set.of("orbit uses zeta 6"), facts("[Orbit|Application] uses Contoso [Zeta 6|Application] ."));
    }

    @Test
    void aLicenceNamedWithItsVersionIsStillALicence() {
        // the tags call it an application; its head word, past ", Version 2.0", says licence
        assertEquals(Set.of("orbit license zeta license , version 2.0"),
                facts("[Orbit|Application] is distributed under [Zeta License , Version 2.0|Application] ."));
    }

    @Test
    void aPartitiveHeadStandsForWhatFollowsItsOf() {
        RuleSet rule = Docs.rule("{S} (replaced|replaces) {O}");
        assertEquals(Set.of("orbit rel zeta", "orbit rel kappa"),
                Docs.facts(rule, "[Orbit|Application] replaced a combination of [Zeta|Application] and [Kappa|Application] ."));
        assertEquals(Set.of("orbit rel zeta"),
                Docs.facts(rule, "[Orbit|Application] replaced a modified version of [Zeta|Application] ."));
        // a noun that names a thing of its own is no partitive head
        assertEquals(Set.of(), Docs.facts(rule, "[Orbit|Application] replaced a plugin of [Zeta|Application] ."));
    }
}
