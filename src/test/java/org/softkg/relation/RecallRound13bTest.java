package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * The eleventh session's uses and supports constructions for random text (recall13b, docs/readme-recall13b.md): the
 * opening subject of every sentence of a multi-sentence line carries its later predicates, and the rules of the
 * "recall13b" block of relations.rules read the plural verb, an aside between subject and verb, "Y support", the
 * users listed after "Ns supporting Y include", chips and processors, and a subject's head noun. Invented sentences.
 */
class RecallRound13bTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void sentenceStartsAreTheTokensAfterAFullStopAndACapital() {
        ExampleSentence s = ExampleSentence.parse("[Quill|Device] has 4 KB . The [Relay|Device] was made in 2008 , "
                + "and uses 3.5 . it ends .");
        assertEquals(List.of(0, 5), SentenceStarts.of(Docs.annotated(s).sentences().get(0)));
    }

    @Test
    void theSecondSentenceCarriesItsOwnOpeningSubject() {
        Set<String> f = facts("[Quill|Device] has 64 KB of memory . The [Relay|Device] was introduced in 2008 , and uses a "
                + "[Zeta 80|Device] CPU .");
        assertTrue(f.contains("relay uses zeta 80"), f.toString());
        assertFalse(f.contains("quill uses zeta 80"), f.toString());
    }

    @Test
    void theSecondSentenceAfterAnOpeningPhrase() {
        Set<String> f = facts("[Quill|Application] was written in [Kappa|Language] . In 2010 , [Relay|Application] moved "
                + "to [Kappa Labs|Organization] and is now written in [Orbit|Language] .");
        assertTrue(f.contains("relay writtenIn orbit"), f.toString());
        assertFalse(f.contains("quill writtenIn orbit"), f.toString());
    }

    @Test
    void thePluralVerbAfterAListOfSubjects() {
        assertEquals(Set.of("quill uses zeta", "relay uses zeta"),
                facts("Both [Quill|Language] and [Relay|Language] use the same [Zeta|Library] today ."));
    }

    @Test
    void anAsideBetweenTheSubjectAndItsVerb() {
        assertEquals(Set.of("quill uses zeta", "quill uses kappa"),
                facts("[Quill|Application] , by default , uses patched builds of [Zeta|Library] and [Kappa|Library] ."));
    }

    @Test
    void aNameBeforeSupport() {
        Set<String> f = facts("[Quill|Application] and [Relay|Application] ship with experimental [Zeta|Protocol] support .");
        assertTrue(f.containsAll(Set.of("quill supports zeta", "relay supports zeta")), f.toString());
    }

    @Test
    void theUsersListedAfterTheThingTheyUse() {
        assertEquals(Set.of("quill uses zeta", "relay uses zeta"),
                facts("Formats that use [Zeta|Algorithm] include [Quill|Protocol] and [Relay|Protocol] ."));
    }

    @Test
    void aProcessorWithItsSpeedBeforeIt() {
        assertEquals(Set.of("quill uses zeta 68"),
                facts("The [Quill|Device] features a 16MHz [Zeta 68|Device] processor and 2 MB of memory ."));
    }

    @Test
    void aSubjectWithItsHeadNoun() {
        assertEquals(Set.of("quill supports zeta"),
                facts("The [Quill|Application] desktop client now supports [Zeta|Protocol] ."));
    }

    @Test
    void theFirstToHaveUsed() {
        assertEquals(Set.of("quill uses zeta"),
                facts("[Quill|Operating_System] was the first system to have used the [Zeta|Operating_System] kernel ."));
    }

    @Test
    void aNegatedAsideReadsNothing() {
        assertEquals(Set.of(), facts("[Quill|Application] , by default , never uses [Zeta|Library] ."));
    }

    @Test
    void whatASystemCanHandle() {
        assertEquals(Set.of("quill supports zeta"), facts("[Quill|Application] can also decode [Zeta|Protocol] streams ."));
    }

    @Test
    void whatASystemCanHandleListedAfterSuchAs() {
        assertEquals(Set.of("quill supports zeta", "quill supports kappa"),
                facts("[Quill|Device] can play older media , such as [Zeta|Device] and [Kappa|Device] discs ."));
    }

    @Test
    void anotherSystemsProgramsItCanRun() {
        assertEquals(Set.of("quill supports zeta"),
                facts("[Quill|Operating_System] could run most [Zeta|Operating_System] applications ."));
    }

    @Test
    void runningASystemIsNoSupport() {
        // "X ran the Y operating system" is Y runsOn X, never X supports Y
        assertFalse(facts("The [Quill|Device] can run [Zeta|Operating_System] .").contains("quill supports zeta"));
    }

    @Test
    void programmingInALanguage() {
        assertEquals(Set.of("quill supports zeta", "quill supports kappa"),
                facts("[Quill|Application] supports plugins written in [Zeta|Language] or [Kappa|Language] ."));
    }
}
