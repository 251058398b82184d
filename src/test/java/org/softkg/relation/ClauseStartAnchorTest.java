package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code ^} anchor of the pattern language: the start of the sentence or of a clause, matching no token. */
class ClauseStartAnchorTest {

    private static final String PATTERN = "^ made by {O} , {S} <VERB|AUX>";

    private static Set<String> facts(String markup) {
        return Docs.facts(Docs.rule(PATTERN), markup);
    }

    @Test
    void matchesAtTheStartOfTheSentence() {
        assertEquals(Set.of("alpha rel beta"), facts("Made by [Beta|Organization] , [Alpha|Application] is small ."));
    }

    @Test
    void matchesAfterAClauseOpener() {
        assertEquals(Set.of("alpha rel beta"),
                facts("It sold well ; made by [Beta|Organization] , [Alpha|Application] was cheap ."));
    }

    @Test
    void doesNotMatchInsideAClause() {
        assertEquals(Set.of(),
                facts("[Gamma|Application] was made by [Beta|Organization] , [Alpha|Application] was made by others ."));
    }
}
