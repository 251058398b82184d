package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invented sentences for the ninth session's whole-pool precision pass (docs/readme-prec11.md): a table run
 * together into one sentence, its cells glued at the seams, gives no fact ({@link RunTogetherText}).
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
}
