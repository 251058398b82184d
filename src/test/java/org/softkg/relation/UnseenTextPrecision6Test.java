package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invented sentences for the further causes of wrong facts found by judging facts drawn from WikiSER dev
 * sentences outside the gold set (docs/relations-log.md, "Fifth session").
 */
class UnseenTextPrecision6Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aParticipleAfterCommaWithDescribesTheWithPhrase() {
        assertEquals(Set.of(), facts("The [Orbit|Device] was to have been the scalar processor , with the vector processor to have been "
                + "jointly designed by [Contoso|Organization] and [Kappa|Organization] ."));
        assertEquals(Set.of(), facts("The team created [Orbit|Language] , with a richer data model and type system "
                + "based on [Zeta|Language] ."));
    }

    @Test
    void withoutTheCommaWithTheParticipleStillReachesTheName() {
        assertEquals(Set.of("orbit developedBy contoso"),
                facts("[Orbit|Application] is a scheduling tool for hospital wards originally written by [Contoso|Organization] ."));
        assertEquals(Set.of("orbit developedBy contoso"),
                facts("[Orbit|Application] is a tool with a small core , developed by [Contoso|Organization] ."));
    }

    @Test
    void aSharingDescriptionIsNoSubject() {
        assertEquals(Set.of(), facts("It is open source and [free software|Application] released under the [Zeta|License] license ."));
        assertEquals(Set.of(), facts("It was the first [Open Source|Application] operating system to be ported to the [Zeta|Device] ."));
        assertEquals(Set.of("orbit license zeta license"), facts("[Orbit|Application] was initially [free and open-source|Application] , "
                + "licensed under the terms of the [Zeta License|License] ."));
    }

    @Test
    void aNameWithADescriptionWordStaysASubject() {
        assertEquals(Set.of("open orbit license zeta license"),
                facts("[Open Orbit|Application] is released under the [Zeta License|License] ."));
        assertEquals(Set.of("freeorbit runsOn zeta"), facts("[FreeOrbit|Application] runs on [Zeta|Operating_System] ."));
    }

    @Test
    void aLegalFormAloneIsAPieceOfACompanyName() {
        assertEquals(Set.of(), facts("[Orbit|Application] is owned by Contoso , [LLC|Application] , and has been ported to "
                + "platforms such as [Zeta|Device] and [Kappa|Device] ."));
        assertEquals(Set.of("orbit runsOn zeta"), facts("[Orbit|Application] now runs on many platforms , such as [Zeta|Device] ."));
    }

    @Test
    void extrasBundledWithTheSubjectDoNotHoldIt() {
        assertEquals(Set.of(), facts("[Orbit|Application] was bundled with additional software such as [Zeta|Application] ."));
        assertEquals(Set.of("orbit partOf zeta"),
                facts("[Orbit|Application] is included in distributions such as [Zeta|Operating_System] ."));
    }
}
