package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pattern language, one construct per test, on single rules with relation "rel". */
class PatternMatchTest {

    private static Set<String> facts(String pattern, String markup) {
        return Docs.facts(Docs.rule(pattern), markup);
    }

    @Test
    void optionalItemMayBeAbsentOrPresent() {
        String p = "{S} [be]? forked from {O}";
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] forked from [Beta|Application] ."));
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] was forked from [Beta|Application] ."));
    }

    @Test
    void lemmaMatchesEveryInflection() {
        String p = "{S} [fork] from {O}";
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] forks from [Beta|Application] ."));
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] forked from [Beta|Application] ."));
    }

    @Test
    void bareWordMatchesCaseInsensitively() {
        assertEquals(Set.of("alpha rel beta"), facts("{S} FORKED FROM {O}", "[Alpha|Application] forked from [Beta|Application] ."));
    }

    @Test
    void gapSpansAtMostItsUpperBound() {
        String p = "{S} [be] a ...{0,2} based on {O}";
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] is a small tool based on [Beta|Application] ."));
        assertEquals(Set.of(), facts(p, "[Alpha|Application] is a very small tool based on [Beta|Application] ."));
    }

    @Test
    void wordsOnlyGapHangsTheCueOnTheNearestName() {
        String p = "{S} ~~{0,8} developed by {O}";
        assertEquals(Set.of("gamma rel beta"),
                facts(p, "[Alpha|Application] uses [Gamma|Application] , a tool developed by [Beta|Organization] ."));
    }

    @Test
    void slotPassesOverAnApposition() {
        String p = "{S} (uses|used) {O}";
        assertEquals(Set.of("alpha rel beta"),
                facts(p, "[Alpha|Application] , a small and free web browser , uses [Beta|Library] ."));
        assertEquals(Set.of("alpha rel beta"),
                facts(p, "[Alpha|Application] , a fork of [Gamma|Application] , uses [Beta|Library] ."));
    }

    @Test
    void possessorSlotTakesTheNameAndItsPossessive() {
        String p = "{O:Organization}'s {S}";
        assertEquals(Set.of("beta rel alpha"), facts(p, "[Alpha|Organization] 's [Beta|Application] sold well ."));
        assertEquals(Set.of(), facts("{O:Organization} {S}", "[Alpha|Organization] 's [Beta|Application] sold well ."));
    }

    @Test
    void nameMadeAnAdjectiveFillsNoSlot() {
        assertEquals(Set.of(), facts("{S} [be] based on (a|an)? {O}", "[Alpha|Application] is based on a [Beta-like|Language] syntax ."));
    }

    @Test
    void wordsOnlyGapDoesNotStartWithTheNamesOwnVerb() {
        String p = "{S} ~~{1,8} published for {O}";
        assertEquals(Set.of(), facts(p, "[Alpha|Organization] developed the console editions published for [Beta|Device] ."));
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] is a small game published for [Beta|Device] ."));
    }

    @Test
    void wordsOnlyGapPassesOverTheObjectOfACoordinatedVerb() {
        String p = "{S} ~~{1,12} released for {O}";
        assertEquals(Set.of("alpha rel beta"),
                facts(p, "[Alpha|Application] is a game developed by [Gamma|Organization] and released for [Beta|Device] ."));
    }

    @Test
    void wordsOnlyGapPassesOverANameThatModifiesANoun() {
        String p = "{S} ~~{0,8} developed by {O}";
        assertEquals(Set.of("alpha rel beta"),
                facts(p, "[Alpha|Application] is a [Gamma|Application] plugin developed by [Beta|Organization] ."));
    }

    @Test
    void gapCountsAMentionAsOneUnit() {
        String p = "{S} [be] a ...{0,3} based on {O}";
        assertEquals(Set.of("alpha rel beta"),
                facts(p, "[Alpha|Application] is a [KDE Plasma|Application] widget toolkit based on [Beta|Application] ."));
        assertEquals(Set.of(), facts(p, "[Alpha|Application] is a KDE Plasma widget toolkit based on [Beta|Application] ."));
    }

    @Test
    void gapNeverCrossesAClauseBoundary() {
        String p = "{S} ...{0,5} uses {O}";
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] now mostly uses [Beta|Application] ."));
        // (a clause after ";" with its own subject: the gap from Alpha stops at ";", so only Gamma uses Beta; with
        // "it" as the subject the clause would be carried from Alpha, CarriedSubjectTest)
        assertEquals(Set.of("gamma rel beta"),
                facts(p, "[Alpha|Application] was slow ; [Gamma|Application] uses [Beta|Application] ."));
    }

    @Test
    void alternativesMatchAnyBranch() {
        String p = "{S} (is a fork of | was forked from) {O}";
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] is a fork of [Beta|Application] ."));
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] was forked from [Beta|Application] ."));
    }

    @Test
    void posClassMatchesTheTagOfOneToken() {
        String p = "{S} [be] <ADV> based on {O}";
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] is largely based on [Beta|Application] ."));
        assertEquals(Set.of(), facts(p, "[Alpha|Application] is based on [Beta|Application] ."));
    }

    @Test
    void quotedWordMatchesPunctuation() {
        assertEquals(Set.of("alpha rel beta"), facts("{S} \"(\" from {O}", "[Alpha|Application] ( from [Beta|Application] ) ."));
    }

    @Test
    void negatedTestRejectsTheFollowingWord() {
        String p = "{S} replaced {O} !with";
        assertEquals(Set.of("alpha rel beta"), facts(p, "[Alpha|Application] replaced [Beta|Application] in 2001 ."));
        assertEquals(Set.of(), facts(p, "[Alpha|Application] replaced [Beta|Application] with [Gamma|Application] ."));
    }

    @Test
    void objectMayComeBeforeSubject() {
        assertEquals(Set.of("alpha rel beta"),
                facts("{O} [be] forked to create {S}", "[Beta|Application] was forked to create [Alpha|Application] ."));
    }

    @Test
    void coordinatedSlotsOnBothSidesGiveEveryPair() {
        assertEquals(Set.of("alpha rel gamma", "alpha rel c++", "beta rel gamma", "beta rel c++"),
                facts("{S} [be] written in {O}",
                        "[Alpha|Application] and [Beta|Application] are written in [Gamma|Language] and [C++|Language] ."));
    }

    @Test
    void coordinationTakesCommasAndAFinalConjunction() {
        assertEquals(Set.of("alpha rel delta", "beta rel delta", "gamma rel delta"),
                facts("{S} use {O}", "[Alpha|Application] , [Beta|Application] , and [Gamma|Application] use [Delta|Library] ."));
    }

    @Test
    void commaWithoutConjunctionIsNoList() {
        assertEquals(Set.of("beta rel gamma"),
                facts("{S} uses {O}", "[Alpha|Application] , [Beta|Application] uses [Gamma|Library] ."));
    }

    @Test
    void coordinatedObjectStopsBeforeTheVerbOfTheNextClause() {
        assertEquals(Set.of("alpha rel beta", "gamma rel delta"),
                facts("{S} uses {O}", "[Alpha|Application] uses [Beta|Library] and [Gamma|Application] uses [Delta|Library] ."));
        assertEquals(Set.of("alpha rel beta", "gamma rel delta"),
                facts("{S} uses {O}", "[Alpha|Application] uses the [Beta|Library] and [Gamma|Application] uses [Delta|Library] ."));
    }

    @Test
    void objectOfAVerbBeforeACommaIsNoSubject() {
        // Gamma is no subject of "uses"; the sentence's opening name is, past its aside (SubjectAside)
        assertEquals(Set.of("alpha rel beta"),
                facts("{S} ,? uses {O}", "[Alpha|Application] , which embeds [Gamma|Library] , uses [Beta|Library] ."));
    }

    @Test
    void bothAndTheOpenACoordinatedSlot() {
        assertEquals(Set.of("alpha rel beta", "alpha rel gamma"),
                facts("{S} supports {O}", "[Alpha|Application] supports both [Beta|Protocol] and [Gamma|Protocol] ."));
        assertEquals(Set.of("alpha rel beta", "alpha rel gamma"),
                facts("{S} supports {O}", "[Alpha|Application] supports the [Beta|Protocol] and [Gamma|Protocol] file systems ."));
    }

    @Test
    void versionAfterAMentionIsPartOfTheSlot() {
        assertEquals(Set.of("alpha rel beta"),
                facts("{S} [be] based on {O}", "[Alpha|Operating_System] 4.8 is based on [Beta|Operating_System] 2.0 ."));
        assertEquals(Set.of("alpha rel beta"),
                facts("{S} [be] based on {O}", "[Alpha|Operating_System] version 4.8 is based on [Beta|Operating_System] ."));
    }

    @Test
    void parenthesisAfterAMentionIsPartOfTheSlot() {
        assertEquals(Set.of("light threads rel beta"), facts("{S} [be] based on {O}",
                "[Light Threads|Operating_System] ( LT ) are based on [Beta|Operating_System] ."));
    }

    @Test
    void possessorFillsNoSlot() {
        assertEquals(Set.of(), facts("{S} uses {O}", "[Alpha|Application] uses [Beta|Application] 's database ."));
    }

    @Test
    void slotTypeRestrictsTheMention() {
        String p = "{S} [be] written in {O:Language}";
        assertEquals(Set.of("alpha rel gamma"), facts(p, "[Alpha|Application] is written in [Gamma|Language] ."));
        assertEquals(Set.of(), facts(p, "[Alpha|Application] is written in [Qt|Library] ."));
    }

    @Test
    void headLemmaAdmitsAMentionOfAnyType() {
        assertEquals(Set.of("alpha rel bsd license"), facts("{S} [be] released under the {O:License|~license}",
                "[Alpha|Application] is released under the [BSD license|Operating_System] ."));
    }

    @Test
    void compileErrorsNameTheColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RulePattern.compile("{S} [use {O}"));
        assertTrue(e.getMessage().startsWith("column 5: unclosed '['"), e.getMessage());
    }

    @Test
    void slotsMustNotBeRepeatedOrGrouped() {
        assertThrows(IllegalArgumentException.class, () -> RulePattern.compile("{S}? uses {O}"));
        assertThrows(IllegalArgumentException.class, () -> RulePattern.compile("({S} | x) uses {O}"));
        assertThrows(IllegalArgumentException.class, () -> RulePattern.compile("{S} uses {O} {S}"));
    }

    @Test
    void onlyOneSlotTypeMayTypeNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RulePattern.compile("{S} by {O:Person?|Organization?}"));
        assertTrue(e.getMessage().contains("only one type per slot"), e.getMessage());
    }
}
