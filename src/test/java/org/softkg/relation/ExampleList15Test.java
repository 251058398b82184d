package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * A list of examples ("such as [A] , [B] and [C]", "including ...", "like ...") closes a noun phrase: a verb after
 * it belongs to the clause around the phrase, so the list keeps its last member (thirteenth session, partof15).
 * A list without such a word before a verb still loses its last mention to the next clause.
 */
class ExampleList15Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aListOfExamplesBeforeAVerbKeepsItsLastMember() {
        assertEquals(Set.of("zeta partOf orbit", "kappa partOf orbit", "mu partOf orbit"),
                facts("[Orbit|Application] includes tools such as [Zeta|Application] , [Kappa|Application] and "
                        + "[Mu|Application] written by volunteers ."));
    }

    @Test
    void aPlainListBeforeAVerbStillEndsAtTheNextClause() {
        assertEquals(Set.of("orbit uses zeta", "kappa uses mu"),
                facts("[Orbit|Application] uses [Zeta|Library] and [Kappa|Application] uses [Mu|Library] ."));
    }
}
