package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * Session 23: list members that each carry a description of their own ("[A] , a ... for [P] , and [B] , a ... for
 * [Q]") are two statements, not one list (ListJoints.parallelDescription).
 */
class DescribedMembers23Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aSecondDescribedMemberJoinsNoListInsideTheFirstDescription() {
        assertEquals(Set.of("qorva runsOn zentix", "brimble runsOn movix"),
                facts("The suite includes [Qorva|Application] , a text editor for [Zentix|Operating_System] , and "
                        + "[Brimble|Application] , a file manager for [Movix|Operating_System] ."));
    }

    @Test
    void anUnclosedDescriptionOfTheLastMemberIsNotTheListsPredicate() {
        assertEquals(Set.of("qorva writtenIn zeplang", "brimble writtenIn tarlang"),
                facts("Popular tools are [Qorva|Application] , a compiler written in [Zeplang|Language] , and "
                        + "[Brimble|Application] , a debugger written in [Tarlang|Language] ."));
    }

    @Test
    void aClosedDescriptionKeepsTheListWholeForTheSharedPredicate() {
        assertEquals(Set.of("qorva writtenIn zeplang", "brimble writtenIn zeplang"),
                facts("[Qorva|Application] , a compiler , and [Brimble|Application] , a debugger , are written in "
                        + "[Zeplang|Language] ."));
        assertEquals(Set.of("zorbix basedOn qorva", "zorbix basedOn brimble"),
                facts("[Zorbix|Operating_System] is based on [Qorva|Application] , a small kernel , and "
                        + "[Brimble|Application] , a graphics library ."));
    }

    @Test
    void aSingularDescriptionAfterAListDescribesItsLastMemberOnly() {
        assertEquals(Set.of("plinth forkedFrom zorbix", "qorva runsOn movix", "brimble runsOn movix",
                        "plinth runsOn movix"),
                facts("[Qorva|Application] , [Brimble|Application] , and [Plinth|Application] , a fork of "
                        + "[Zorbix|Application] , run on [Movix|Operating_System] ."));
        // unclosed, it gives the list nothing: only the last member's own fact
        assertEquals(Set.of("plinth forkedFrom zorbix"),
                facts("Popular editors include [Qorva|Application] , [Brimble|Application] and [Plinth|Application] , "
                        + "a fork of [Zorbix|Application] ."));
        // a plural description is the whole list's
        assertEquals(Set.of("qorva writtenIn zeplang", "brimble writtenIn zeplang"),
                facts("[Qorva|Application] and [Brimble|Application] , the two main compilers written in "
                        + "[Zeplang|Language] , were released in 1999 ."));
    }
}
