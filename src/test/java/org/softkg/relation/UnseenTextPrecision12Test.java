package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invented sentences for the tenth session's whole-pool precision pass (docs/constructions.md, "Checks added in the tenth session"): a participle that
 * hangs on a verb's object noun, not on the subject before the verb ({@link ObjectNounParticiple}); a second
 * predicate joined by "and" whose subject is not the subject mention ({@link CoordinatedPredicate}).
 */
class UnseenTextPrecision12Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aParticipleOnTheVerbsObjectIsNotAboutTheSubject() {
        assertEquals(Set.of(), facts("[Orbit Pack|Application] compiles 14 emulated games originally released for "
                + "the [Zeta|Device] ."));
        assertEquals(Set.of(), facts("Acme later asked [Orbit Works|Organization] about making both ports available on "
                + "the [Zeta|Device] ."));
        assertEquals(Set.of(), facts("[Orbit|Application] added a fast renderer written in [Kappa|Language] ."));
    }

    @Test
    void codeTakenFromAnotherSystemIsTheCueOfImportedFrom() {
        // seventeenth session: the participle on "code" is what importedFrom reads, so the check leaves it
        assertEquals(Set.of("orbit importedFrom zeta"),
                facts("[Orbit|Application] includes code imported from [Zeta|Application] ."));
        assertEquals(Set.of("orbit importedFrom zeta"),
                facts("[Orbit|Operating_System] includes some drivers ported from [Zeta|Operating_System] ."));
    }

    @Test
    void aParticipleOnTheSubjectsOwnDescriptionStays() {
        assertEquals(Set.of("orbit runsOn zeta"),
                facts("[Orbit|Application] is a puzzle game with hand-drawn levels , first released for the "
                        + "[Zeta|Device] ."));
        assertEquals(Set.of("orbit developedBy acme labs"),
                facts("[Orbit|Application] is a role playing video game developed by [Acme Labs|Organization] ."));
        assertEquals(Set.of("orbit developedBy zeta research"), facts("[Orbit|Application] is a learning model "
                + "developed by researchers from [Zeta Research|Organization] ."));
        assertEquals(Set.of("orbit uses kappa"),
                facts("[Orbit|Application] is a tool for solving large equations using the [Kappa|Algorithm] ."));
    }

    @Test
    void aCoordinatedPredicateBelongsToTheClauseSubject() {
        assertEquals(Set.of(), facts("It emulates [Orbit|Protocol] with a small shim and requires a [Zeta|Name] "
                + "partition ."));
        assertEquals(Set.of(), facts("Quill was ported to the [Orbit|Device] and later included as part of the "
                + "[Zeta Collection|Application] ."));
        assertEquals(Set.of(), facts("In 2009 Acme became [Orbit|Organization] after a buyout and the old mail "
                + "service became part of [Zeta|Application] ."));
    }

    @Test
    void aCoordinatedSubjectOrApositionKeepsItsFacts() {
        assertEquals(Set.of("orbit runsOn zeta"),
                facts("[Orbit|Application] and the other small tools were later ported to [Zeta|Operating_System] ."));
        assertEquals(Set.of("relay developedBy acme labs", "orbit uses relay"),
                facts("[Orbit|Application] uses [Relay|Library] , a small broker first written and maintained by "
                        + "[Acme Labs|Organization] ."));
        assertEquals(Set.of("orbit runsOn zeta"),
                facts("Though first launched in Japan , [Orbit|Application] was released in 2001 and later ported to "
                        + "[Zeta|Operating_System] ."));
    }

    @Test
    void aVerbTaggedAsAPluralNounStillHasTheObject() {
        assertEquals(Set.of(), facts("[Orbit Pack|Device] bundles the arcade games first released for the "
                + "[Zeta|Operating_System] ."));
        assertEquals(Set.of("orbit pack runsOn zeta"), facts("[Orbit Pack|Application] , the arcade collection , was "
                + "first released for the [Zeta|Operating_System] ."));
    }

    @Test
    void aNameAfterToInsideANounPhraseIsNoSubject() {
        assertEquals(Set.of(), facts("Quill , an early extension to [Orbit|Language] developed by [Ann Lee|Person] at "
                + "a small lab , was the first of its kind ."));
        assertEquals(Set.of(), facts("Zeta was a competitor to [Orbit Basic|Language] written by [Ann Lee|Person] in "
                + "1986 ."));
        assertEquals(Set.of(), facts("Kappa : The Official Guide to [Orbit|Application] , a series of podcasts "
                + "presented by Bo and produced by [Acme Labs|Organization] , was released ."));
    }

    @Test
    void aDataFileRunsOnNothing() {
        assertEquals(Set.of(), facts("[ORBIT.CFG|Application] is the main configuration file for the "
                + "[Zeta|Operating_System] operating system ."));
        assertEquals(Set.of(), facts("[Kappa|Application] is an open file format for [Zeta|Operating_System] ."));
        assertEquals(Set.of(), facts("[ORBIT.CFG|Application] is the main configuration file for the "
                + "[ZOS|Operating_System] and [Quill/2|Operating_System] operating systems ."));
        assertEquals(Set.of("orbit runsOn zeta"), facts("[Orbit|Application] is a small file manager for "
                + "[Zeta|Operating_System] ."));
    }
}
