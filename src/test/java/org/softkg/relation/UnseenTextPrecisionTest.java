package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invented sentences for the causes of wrong facts found by judging facts drawn from WikiSER dev sentences
 * outside the gold set (docs/relations-log.md, "Fifth session").
 */
class UnseenTextPrecisionTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aNameBeforeAPluralCommonNounIsAClassNoSubject() {
        assertEquals(Set.of(),
                facts("It handles software on [Zeta|Operating_System] , and [Zeta-based|Name] [Orbit distributions|Application] ."));
        assertEquals(Set.of(), facts("[Orbit plugins|Application] are written in [Zeta|Language] ."));
    }

    @Test
    void aClassStaysAnObject() {
        assertEquals(Set.of("orbit runsOn zeta mainframes"),
                facts("[Orbit|Application] is a program for [Zeta mainframes|Device] ."));
    }

    @Test
    void aLibraryCollectionOrATermOfArtStaysASubject() {
        assertEquals(Set.of("orbit libraries writtenIn zeta"),
                facts("The [Orbit libraries|Library] are written in [Zeta|Language] ."));
        assertEquals(Set.of("orbit supports bloom filters"),
                facts("[Orbit|Application] supports [Bloom filters|Data_Structure] ."));
    }

    @Test
    void planningCancelsTheMatch() {
        assertEquals(Set.of(),
                facts("In 2018 , [Orbit|Application] was planning to use its own chips based on the [Zeta|Architecture] ."));
        assertEquals(Set.of(), facts("[Orbit|Application] plans to support [Zeta|Protocol] ."));
        assertEquals(Set.of(), facts("[Orbit|Device] was supposed to offer full support for [Zeta|Library] ."));
        assertEquals(Set.of("orbit basedOn zeta"), facts("[Orbit|Application] is based on [Zeta|Operating_System] ."));
    }

    @Test
    void aPieceOfALongerNameIsNoArgument() {
        assertEquals(Set.of(), facts("[Orbit|Application] was created by the [Zeta|Name] Federal government office ."));
        assertEquals(Set.of(), facts("Cats & [Orbit|Application] was released for the [Zeta|Device] ."));
        assertEquals(Set.of("orbit runsOn zeta"), facts("[Orbit|Application] was released for the [Zeta|Device] ."));
        assertEquals(Set.of("orbit runsOn zeta"), facts("[Orbit|Application] was released for the [Zeta|Device] in 2010 ."));
    }
}
