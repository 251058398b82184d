package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * List shapes every slot reads (twelfth session, branch lists14), one invented sentence each: a parenthesised
 * sub-list of examples after a member,, a member that is a model number, and a
 * determined member before an Oxford comma ("the [A] , the [B] , and the [C]"), which is no apposition, and a
 * determined last member of a subject list, which opens no clause of its own.
 */
class ListShapes14Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aSubListOfExamplesInParenthesesLeavesTheOuterListGoingOn() {
        assertEquals(Set.of("orbit runsOn zeta", "orbit runsOn kappa", "orbit runsOn lambda"),
                facts("[Orbit|Application] runs on [Zeta|Operating_System] ( including Mu , Nu and other systems ) , "
                        + "[Kappa|Operating_System] and [Lambda|Operating_System] ."));
    }

    @Test
    void aParenthesisWithoutAnExampleWordAndWithCommasStillEndsTheList() {
        // a long aside that is no sub-list of examples keeps ending the list, as before
        assertEquals(Set.of("orbit runsOn zeta"),
                facts("[Orbit|Application] runs on [Zeta|Operating_System] ( first , in a slow , limited form ) , "
                        + "[Kappa|Operating_System] and [Lambda|Operating_System] ."));
    }

    @Test
    void aModelNumberMemberLeavesTheListGoingOn() {
        assertEquals(Set.of("orbit runsOn zeta", "orbit runsOn kappa", "orbit runsOn mu"),
                facts("[Orbit|Application] runs on [Zeta|Operating_System] , 3DO , [Kappa|Operating_System] and "
                        + "[Mu|Operating_System] ."));
    }

    @Test
    void aYearIsNoMember() {
        assertEquals(Set.of("orbit runsOn zeta"),
                facts("[Orbit|Application] runs on [Zeta|Operating_System] , 2004 , [Kappa|Operating_System] and "
                        + "[Mu|Operating_System] ."));
    }

    @Test
    void aDeterminedMemberBeforeAnOxfordCommaIsNoApposition() {
        assertEquals(Set.of("orbit license zeta", "orbit license kappa", "orbit license mu"),
                facts("[Orbit|Protocol] is released under the [Zeta|License] , the [Kappa|License] , and the "
                        + "[Mu|License] ."));
        assertEquals(Set.of("orbit runsOn zeta", "orbit runsOn kappa", "orbit runsOn mu", "orbit runsOn nu"),
                facts("[Orbit|Application] runs on the [Zeta|Operating_System] , the [Kappa|Operating_System] , the "
                        + "[Mu|Operating_System] and the [Nu|Operating_System] ."));
    }

    @Test
    void aDeterminedNameBetweenCommasWithoutAListAfterItStaysAnApposition() {
        assertEquals(Set.of("orbit developedBy zeta"),
                facts("[Orbit|Application] was developed by [Zeta|Organization] , the [Kappa|Organization] , in 2001 ."));
    }

    @Test
    void aDeterminedLastSubjectMemberOpensNoNewClause() {
        // CoordinatedPredicate read "and the [Relay] run on" as a new clause with its own subject, and dropped Orbit
        assertEquals(Set.of("orbit runsOn zeta", "quill runsOn zeta", "relay runsOn zeta"),
                facts("[Orbit|Application] , [Quill|Application] , and the [Relay|Application] run on "
                        + "[Zeta|Operating_System] ."));
    }

    @Test
    void anUntaggedNameAfterTheIsAMemberWithoutAFact() {
        assertEquals(Set.of("orbit runsOn zeta", "orbit runsOn mu", "orbit runsOn nu"),
                facts("[Orbit|Application] runs on [Zeta|Operating_System] , the Kappa , [Mu|Operating_System] and "
                        + "[Nu|Operating_System] ."));
        assertEquals(Set.of("orbit runsOn zeta", "orbit runsOn kappa"),
                facts("[Orbit|Application] was ported to [Zeta|Operating_System] , [Kappa|Operating_System] , and the "
                        + "Mu ."));
    }
}
