package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * A second predicate of the sentence's opening subject (recall12, docs/constructions.md, "Constructions added in the tenth session"): "[X] supports [A] and
 * runs on [B]" says "X runsOn B", not "A runsOn B". Invented sentences.
 */
class CarriedSubjectTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void theSecondPredicateIsSaidOfTheOpeningSubject() {
        assertEquals(Set.of("quill supports kappa", "quill runsOn zeta"),
                facts("[Quill|Application] supports [Kappa|Protocol] and runs on [Zeta|Operating_System] ."));
    }

    @Test
    void aCopulaPredicateAfterAnotherVerb() {
        Set<String> f = facts("[Quill|Application] was created at [Kappa Labs|Organization] and is written in "
                + "[Orbit|Language] .");
        assertTrue(f.contains("quill writtenIn orbit"), f.toString());
    }

    @Test
    void anAdverbAfterTheConjunction() {
        Set<String> f = facts("[Quill|Application] dropped compatibility with [Kappa|Operating_System] and only runs on "
                + "[Zeta|Operating_System] or [Orbit|Operating_System] .");
        assertTrue(f.containsAll(Set.of("quill runsOn zeta", "quill runsOn orbit")), f.toString());
    }

    @Test
    void twoParticiplesAreOnePredicate() {
        // "developed and published by": the publisher is no second predicate's agent
        assertEquals(Set.of("quill developedBy kappa soft"),
                facts("[Quill|Application] is a puzzle game developed and published by [Kappa Soft|Organization] ."));
    }

    @Test
    void aParenthesisBeforeTheVerbAndANamesOwnPeriodAreNoBoundaries() {
        // seventeenth session: an emptied pronunciation "( )" and the period of "Co ." stopped the carrying
        Set<String> f = facts("[Quill 2|Application] ( ) is a puzzle game developed by [Kappa Co .|Organization] and is "
                + "the sequel to [Quill|Application] .");
        assertTrue(f.contains("quill 2 successorOf quill"), f.toString());
        // a parenthesis that never closes still stops it
        Set<String> g = facts("[Quill 2|Application] ( a puzzle game is developed by [Kappa|Organization] and is "
                + "the sequel to [Quill|Application] .");
        assertTrue(!g.contains("quill 2 successorOf quill"), g.toString());
    }

    @Test
    void itAfterTheConjunctionIsTheOpeningSubject() {
        Set<String> f = facts("[Quill|Language] was influenced by [Kappa|Language] , and it influenced "
                + "[Orbit|Language] .");
        assertTrue(f.containsAll(Set.of("quill influencedBy kappa", "orbit influencedBy quill")), f.toString());
    }

    @Test
    void aVerbTheTaggerReadAsANounStillOpensThePredicate() {
        // "[X] runs on" is often tagged as the plural noun "runs": the predicate after "and" is still carried
        Set<String> f = facts("[Quill|Language] runs on [Zeta|Operating_System] and is written in [Orbit|Language] .");
        assertTrue(f.contains("quill writtenIn orbit"), f.toString());
    }

    @Test
    void everyMemberOfACoordinatedSubjectCarriesTheSecondPredicate() {
        // thirty-first session: the second predicate went to the first member only
        Set<String> f = facts("[Quill|Application] , [Orbit|Application] and [Relay|Application] support "
                + "[Kappa|Protocol] and run on [Zeta|Operating_System] .");
        assertTrue(f.containsAll(Set.of("quill runsOn zeta", "orbit runsOn zeta", "relay runsOn zeta")), f.toString());
        assertTrue(!f.contains("kappa runsOn zeta"), f.toString());
        Set<String> g = facts("Both [Quill|Application] and [Relay|Application] were written in [Kappa|Language] and "
                + "are released under the [Zeta License|License] .");
        assertTrue(g.containsAll(Set.of("quill license zeta license", "relay license zeta license")), g.toString());
    }

    @Test
    void namesJoinedByCommasAloneAreNoCoordinatedSubject() {
        // "[A] , [B] , ..." without "and" is an apposition: B's predicate is not carried to A
        Set<String> f = facts("[Quill|Application] , [Relay|Application] , uses [Kappa|Library] and runs on "
                + "[Zeta|Operating_System] .");
        assertTrue(!f.contains("relay runsOn zeta") || f.contains("quill runsOn zeta"), f.toString());
    }

    @Test
    void aNewSubjectAfterTheConjunctionIsNotCarried() {
        Set<String> f = facts("[Quill|Application] runs on [Kappa|Operating_System] and [Relay|Application] runs on "
                + "[Orbit|Operating_System] .");
        assertTrue(!f.contains("quill runsOn orbit"), f.toString());
    }

    @Test
    void aRelativeClauseStopsTheCarrying() {
        // the "and" belongs to the clause on Kappa: its predicate is Kappa's, not Quill's
        Set<String> f = facts("[Quill|Application] uses [Kappa|Library] , which was written by [Ann Lee|Person] and "
                + "runs on [Zeta|Operating_System] .");
        assertTrue(!f.contains("quill runsOn zeta"), f.toString());
    }

    @Test
    void aSentenceThatOpensWithNoNameCarriesNothing() {
        Set<String> f = facts("In 2004 the team ported [Quill|Application] to [Kappa|Operating_System] and wrote "
                + "[Relay|Application] .");
        assertTrue(f.stream().noneMatch(s -> s.contains("relay")), f.toString());
    }

    @Test
    void theSubjectAfterAnOpeningPhrase() {
        Set<String> f = facts("Though first released for the [Kappa|Device] , [Quill|Application] was ported to the "
                + "[Relay|Device] and later included in the [Orbit|Application] collection .");
        assertTrue(f.contains("quill partOf orbit"), f.toString());
    }

    @Test
    void aNameThatOnlyQualifiesANounIsNoCarriedArgument() {
        Set<String> f = facts("[Quill|Application] was made by [Kappa Labs|Organization] , and was directed and written by "
                + "[Relay|Application] producer Ann Lee .");
        assertTrue(!f.contains("quill developedBy relay"), f.toString());
    }

    @Test
    void butCarriesTheSubjectToo() {
        Set<String> f = facts("[Quill|Application] was first written for [Kappa|Operating_System] , but has since been "
                + "ported to [Relay|Operating_System] .");
        assertTrue(f.contains("quill runsOn relay"), f.toString());
    }

    @Test
    void aRelativeClauseOnTheSubjectIsPassedOver() {
        Set<String> f = facts("[Quill|Application] , which includes [Kappa|Application] , dropped support for "
                + "[Zeta|Operating_System] and only runs on [Relay|Operating_System] .");
        assertTrue(f.contains("quill runsOn relay") && !f.contains("kappa runsOn relay"), f.toString());
    }

    @Test
    void aNewClauseAfterACommaEndsTheCarrying() {
        Set<String> f = facts("[Quill|Application] and [Kappa|Application] are two editors , the first is used in "
                + "[Relay|Operating_System] and implements the [Zeta|Protocol] protocol .");
        assertTrue(f.stream().noneMatch(s -> s.startsWith("quill implements")), f.toString());
    }

    @Test
    void itAfterASubordinatorOrASemicolonIsTheOpeningSubject() {
        assertEquals(Set.of("kappa successorOf quill"),
                facts("[Quill|Application] was popular , though it has since been supplanted by [Kappa|Application] ."));
        assertEquals(Set.of("quill writtenIn kappa"),
                facts("[Quill|Application] is a small library ; it is written in [Kappa|Language] ."));
        assertEquals(Set.of("quill runsOn kappa"),
                facts("[Quill|Application] was the default editor on most [Zeta systems|Application] , until it was "
                        + "ported to [Kappa|Operating_System] ."));
    }

    @Test
    void itAfterAnotherSingularNameIsNotCarried() {
        // "it" may be Zeta: Quill gets no writtenIn (the replacement itself is read)
        assertEquals(Set.of("quill successorOf zeta"), facts("[Quill|Application] replaced [Zeta|Application] , though "
                + "it is written in [Kappa|Language] ."));
    }
}
