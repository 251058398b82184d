package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round 8 (recall8c): a slot or a list member that meets a possessor ("[Contoso] 's [Zeta]") is filled by the owned
 * name, never by the possessor; a list that opens with an owned name keeps each name with its own possessor; an
 * agent that makes, releases or ports a named program for or to a platform states where it runs. Invented
 * sentences.
 */
class Recall8cTest {

    private static final RuleSet RULES = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(RULES, markup);
    }

    @Test
    void anObjectAfterAPossessorIsTheOwnedName() {
        Set<String> f = facts("[Quillpad|Application] is based on [Contoso|Organization] 's [Zeta|Application] .");
        assertTrue(f.contains("quillpad basedOn zeta"), f::toString);
        assertFalse(f.contains("quillpad basedOn contoso"), f::toString);
    }

    @Test
    void listMembersAfterTheirPossessorsAreRead() {
        Set<String> f = facts("[Quillpad|Application] runs on the [Zeta|Operating_System] , [Contoso|Organization]"
                + " 's [Kappa|Operating_System] and [Orbit|Name] 's [Delta 11|Operating_System] .");
        assertTrue(f.contains("quillpad runsOn zeta"), f::toString);
        assertTrue(f.contains("quillpad runsOn kappa"), f::toString);
        assertTrue(f.contains("quillpad runsOn delta 11"), f::toString);
    }

    @Test
    void aListOfOwnedNamesKeepsEachPossessor() {
        Set<String> f = facts("[Quillpad|Application] runs on the [Zeta|Operating_System] , [Contoso|Organization]"
                + " 's [Kappa|Operating_System] and [Orbit|Name] 's [Delta 11|Operating_System] .");
        assertTrue(f.contains("kappa developedBy contoso"), f::toString);
        assertFalse(f.contains("delta 11 developedBy contoso"), f::toString);
    }

    @Test
    void anOwnedNameThatModifiesANounFillsNoSlot() {
        Set<String> f = facts("[Quillpad|Application] was developed by [Contoso|Organization] 's [Zeta|Application]"
                + " team .");
        assertFalse(f.contains("quillpad developedBy zeta"), f::toString);
        // the owner of the team that did the work is the maker (eighth session, rule r10-by-possessor-unit)
        assertTrue(f.contains("quillpad developedBy contoso"), f::toString);
    }

    @Test
    void aPossessorBeforeAPlainNounGivesNothing() {
        Set<String> f = facts("[Quillpad|Application] runs on [Contoso|Organization] 's servers .");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("quillpad runsOn")), f::toString);
    }

    @Test
    void anAgentPortingANamedProgramToAPlatform() {
        Set<String> f = facts("Quarn Labs also ported [Quillpad|Application] 2 to the [Zeta Box|Device] and the"
                + " [Kappa|Operating_System] .");
        assertTrue(f.contains("quillpad runsOn zeta box"), f::toString);
        assertTrue(f.contains("quillpad runsOn kappa"), f::toString);
    }

    @Test
    void anAgentMakingAProgramForAPlatformButNotTheMaker() {
        Set<String> f = facts("In 1990 Quarn Labs made its [Quillpad|Application] editor for [Zeta|Operating_System]"
                + " available to schools .");
        assertTrue(f.contains("quillpad runsOn zeta"), f::toString);
        Set<String> g = facts("[Quillpad|Application] was published by [Quarn Labs|Organization] for the"
                + " [Zeta|Operating_System] .");
        assertFalse(g.contains("quarn labs runsOn zeta"), g::toString);
        Set<String> h = facts("Quarn Labs released [Quillpad|Application] support for [Zeta|Operating_System] .");
        assertFalse(h.contains("quillpad runsOn zeta"), h::toString);
    }
}
