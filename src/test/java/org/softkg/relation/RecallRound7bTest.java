package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * The seventh round's recall work on the uses cues (recall7b): an instrument "using X" read on the subject of
 * its clause ({@code using-instrument}), one invented sentence each, with the cases that must stay silent.
 */
class RecallRound7bTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void usingAfterADescriptionHangsOnTheSubject() {
        assertEquals(Set.of("orbit uses zeta method"),
                facts("[Orbit|Application] is a program for solving [Kappa|Name] equations using the [Zeta method|Algorithm] ."));
    }

    @Test
    void usingAfterAVerbPhraseWithAnAgent() {
        assertEquals(Set.of("orbit developedBy kappa", "orbit uses zeta"),
                facts("[Orbit|Application] is a card game developed by [Kappa|Organization] using [Zeta|Application] for quick builds ."));
    }

    @Test
    void aKindNounMayCloseTheObject() {
        assertEquals(Set.of("orbit uses zeta"),
                facts("[Orbit|Application] draws its maps using the [Zeta|Library] library ."));
    }

    @Test
    void anObjectThatQualifiesAnotherNounIsNoInstrument() {
        assertEquals(Set.of(), facts("[Orbit|Application] indexes files using [Zeta|Name] web servers ."));
    }

    @Test
    void aLanguageAfterUsingIsLeftToWrittenIn() {
        // no uses fact: the language is what the program is written in (s19-implemented-using-language)
        assertEquals(Set.of("orbit writtenIn zeta"),
                facts("[Orbit|Application] is implemented using the [Zeta|Language] programming language ."));
    }

    @Test
    void aSubjectWithAHeadNounOrAnUntypedNameGivesNothing() {
        assertEquals(Set.of(), facts("[Orbit|Application] documentation was generated using [Zeta|Application] ."));
        assertEquals(Set.of(), facts("[Schemas|Name] are defined using [Zeta|General_Concept] ."));
    }

    @Test
    void aCompanyOrANegationGivesNothing() {
        assertEquals(Set.of(), facts("[Orbit|Organization] rebuilt its browser using [Zeta|Library] ."));
        assertEquals(Set.of(), facts("[Orbit|Application] renders pages without using [Zeta|Library] ."));
    }

    @Test
    void usingInAnotherClauseDoesNotReachTheSubject() {
        assertEquals(Set.of(), facts("[Orbit|Application] stores data , which users read using [Zeta|Application] ."));
    }
}
