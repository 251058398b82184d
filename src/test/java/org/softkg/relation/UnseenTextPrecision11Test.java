package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invented sentences for the ninth session's whole-pool precision pass (docs/constructions.md, "Constructions and checks added in the ninth session"): a table run
 * together into one sentence, its cells glued at the seams, gives no fact ({@link RunTogetherText}); a program that
 * "uses" a licence is distributed under it ({@link LicenseReading}); "an [X-noun]" is one thing of a class
 * ({@code ClassNounArguments}); a free "replacement for" a program is no successor of it; an acronym that is a
 * class noun ("the CPU") is no argument ({@link Cues#CLASS_ACRONYMS}).
 */
class UnseenTextPrecision11Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aTableRunTogetherGivesNoFact() {
        assertEquals(Set.of(),
                facts("Name PlatformLicense OrbitWindowsGPL 2.1Quill ToolLinuxMIT KappaMacProprietary "
                        + "ZetaDeskWindowsBSD [Orbo|Application] supports [Kappa|Protocol] ."));
    }

    @Test
    void proseWithAFewCamelCaseNamesStillGivesFacts() {
        assertEquals(Set.of("orbo supports kappa"),
                facts("[Orbo|Application] supports [Kappa|Protocol] on PlayStation , JavaScript and QuickBasic ."));
        assertEquals(Set.of("orbo supports kappa"),
                facts("[Orbo|Application] supports [Kappa|Protocol] on PlayStation , PlayStation , PlayStation , "
                        + "PlayStation and PlayStation ."));
    }

    @Test
    void theSeamTestCountsDistinctGluedWords() {
        assertEquals(true, RunTogetherText.test(Docs.annotated(
                "OrbitWindows KappaLinux 1999Zeta QuillMac OrboSolaris [Orbo|Application] .").sentences().get(0)));
        assertEquals(false, RunTogetherText.test(Docs.annotated(
                "OrbitWindows OrbitWindows KappaLinux 1999Zeta QuillMac [Orbo|Application] .").sentences().get(0)));
    }

    @Test
    void aProgramThatUsesALicenceIsLicensedUnderIt() {
        assertEquals(Set.of("orbit license zeta public license"),
                facts("[Orbit|Application] uses the [Zeta Public License|License] ."));
        assertEquals(Set.of("orbit uses zeta"), facts("[Orbit|Application] uses [Zeta|Library] ."));
    }

    @Test
    void anIndefiniteNameHyphenNounIsAClass() {
        assertEquals(Set.of(), facts("The release ships an [Orbit-server|Application] based on [Zeta|Application] ."));
        assertEquals(Set.of("orbit-server basedOn zeta"),
                facts("The [Orbit-server|Application] is based on [Zeta|Application] ."));
    }

    @Test
    void aFreeReplacementIsNoSuccessor() {
        // round 3 of the gold set reads "a replacement for X" as an alternative: similarTo, never successorOf
        assertEquals(Set.of("orbit similarTo zeta"), facts("[Orbit|Application] is an old free and open-source replacement for "
                + "[Zeta|Application] ."));
        assertEquals(Set.of("orbit successorOf zeta"),
                facts("[Orbit|Application] is the official successor of [Zeta|Application] ."));
    }

    @Test
    void aClassAcronymAloneIsNoArgument() {
        assertEquals(Set.of(), facts("The [CD-ROM|Device] used [Zeta|Protocol] internally ."));
        assertEquals(Set.of(), facts("The [GPU|Device] is based on [Zeta|Architecture] ."));
        assertEquals(Set.of(), facts("[Orbit|Application] offers support for the task-switching [API|Library] ."));
        assertEquals(Set.of("orbit uses zeta cpu"), facts("The [Orbit|Device] used a [Zeta CPU|Device] ."));
    }
}
