package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * Linking verbs other than "is" (eighteenth session): "began as", "serves as", "was developed as", "became" link a
 * name to a noun phrase that every rule on "is" reads. Invented sentences.
 */
class LinkingVerbTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void beganAsAndStartedOutAs() {
        assertEquals(Set.of("quill forkedFrom zeta"), facts("[Quill|Application] started as a fork of [Zeta|Application] ."));
        assertEquals(Set.of("quill similarTo zeta"),
                facts("[Quill|Application] started out as a clone of [Zeta|Application] ."));
        assertEquals(Set.of("quill basedOn zeta"),
                facts("[Quill|Application] originated as an extension of [Zeta|Language] ."));
    }

    @Test
    void servesAsAndBecame() {
        assertEquals(Set.of("quill partOf zeta"),
                facts("[Quill|Application] serves as the default editor in [Zeta|Operating_System] ."));
        assertEquals(Set.of("quill partOf zeta"),
                facts("[Quill|Application] became the default shell of [Zeta|Operating_System] ."));
    }

    @Test
    void aParticipleAfterWasThenAs() {
        assertEquals(Set.of("quill forkedFrom zeta"),
                facts("[Quill|Application] was originally created as a fork of [Zeta|Application] ."));
        // a purpose states no fact (GUIDELINES.md)
        assertEquals(Set.of(), facts("[Quill|Protocol] was designed as a replacement for the [Zeta|Protocol] protocol ."));
        assertEquals(Set.of("quill partOf zeta"),
                facts("[Quill|Library] was developed as part of the [Zeta|Application] project ."));
    }

    @Test
    void noPhraseAfterTheVerbNoReading() {
        // "served as CEO", "became popular": no article, "part" or "available" after the verb
        assertEquals(Set.of(), facts("[Quill|Application] became popular among [Zeta|Operating_System] users ."));
        assertEquals(Set.of(), facts("[Quill|Application] served as inspiration , and [Zeta|Application] is a game ."));
    }
}
