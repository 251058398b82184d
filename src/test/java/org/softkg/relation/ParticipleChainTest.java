package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * Words between a participle and its agent's "by" (recall12, docs/constructions.md, "Constructions added in the tenth session"). Invented sentences.
 */
class ParticipleChainTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aSecondParticipleWithItsOwnComplement() {
        Set<String> f = facts("[Quill|Application] is a puzzle game , which was developed and released in free download "
                + "format by [Kappa Studios|Organization] .");
        assertTrue(f.contains("quill developedBy kappa studios"), f.toString());
    }

    @Test
    void aSecondParticipleNoRuleLists() {
        Set<String> f = facts("[Quill|Device] is a home video game console developed and sold by [Kappa|Organization] .");
        assertTrue(f.contains("quill developedBy kappa"), f.toString());
    }

    @Test
    void being() {
        Set<String> f = facts("[Quill|Application] is an open-source suite of tools for radio being developed by the "
                + "[Kappa Corporation|Organization] .");
        assertTrue(f.contains("quill developedBy kappa corporation"), f.toString());
    }

    @Test
    void aFirstParticiplePhraseOnTheSameNoun() {
        Set<String> f = facts("[Quill|Application] is a set of freeware utilities designed for power users developed by "
                + "[Kappa|Organization] .");
        assertTrue(f.contains("quill developedBy kappa"), f.toString());
    }

    @Test
    void aNameInBetweenIsNoChain() {
        // "released by [Omni]": the words between hold a name, so nothing is passed over
        assertEquals(Set.of("quill developedBy kappa"),
                facts("[Quill|Application] is a game developed by [Kappa|Organization] and published by [Omni|Organization] ."));
    }
}
