package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/** An aside in commas between a sentence's opening name and its verb (eighteenth session). Invented sentences. */
class SubjectAsideTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void theMainPredicateIsReadPastARelativeClause() {
        assertEquals(Set.of("quill writtenIn kappa", "quill runsOn zeta"),
                facts("[Quill|Application] , which is written in [Kappa|Language] , runs on [Zeta|Operating_System] ."));
        assertEquals(Set.of("quill writtenIn kappa"),
                facts("[Quill|Application] , whose source code is available , is written in [Kappa|Language] ."));
    }

    @Test
    void theMainPredicateIsReadPastAParticiplePhrase() {
        assertEquals(Set.of("quill basedOn zeta"),
                facts("The [Quill|Application] , first released in 2004 , is based on [Zeta|Library] ."));
    }

    @Test
    void anObjectsAsideGivesNoReading() {
        // the name after "running" is an object: "developed by" is said of another name
        assertEquals(Set.of(),
                facts("It was a machine running [Quill|Operating_System] , based on the Orbit , developed by "
                        + "[Contoso|Organization] ."));
    }

    @Test
    void theMainPredicateIsReadPastAPhraseOnAName() {
        // twentieth session: "The [X] in [Y] ( date ) VERB ..." is said of X
        assertEquals(Set.of("quill client importedFrom zeta"),
                facts("The [Quill Client|Application] in [Kappa 2.6|Application] ( 23 January 2006 ) incorporated code "
                        + "from [Zeta|Application] ."));
        // the phrase's name is no subject of the verb: Kappa gets no writtenIn ("[X] for [Y]" gives its runsOn)
        assertEquals(Set.of("quill writtenIn zeta", "quill runsOn kappa"),
                facts("The [Quill|Application] for [Kappa|Operating_System] is written in [Zeta|Language] ."));
    }
}
