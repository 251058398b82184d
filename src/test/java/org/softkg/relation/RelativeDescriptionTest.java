package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * A relative clause on the description of a name is said of the name (recall9b,
 * {@link SentenceUnits#skipRelativeDescription}): "[X] is a small tool that is based on [Y]", "[X] , a new standard
 * which is based on [Y] , ...". Every rule that reads "{S} ,? (which|that)? ..." reads such a clause; a
 * description with a preposition ("one of the tools that ...") or another name, a clause on no description, and
 * a clause whose subject is a name ("a tool which [Y] uses") keep their old reading. Invented sentences.
 */
class RelativeDescriptionTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aCopulaDescriptionWithThatIsReadForAnyRule() {
        assertEquals(Set.of("quillpad basedOn orbit"),
                facts("[Quillpad|Application] is a small text editor that is based on [Orbit|Application] ."));
        assertEquals(Set.of("quillpad partOf kappa project"),
                facts("[Quillpad|Application] is a distributed revision control system that is part of the [Kappa Project|Application] ."));
        assertEquals(Set.of("quillpad developedBy zeta games"),
                facts("[Quillpad|Application] is a puzzle game which was developed by [Zeta Games|Organization] ."));
    }

    @Test
    void anAppositionDescriptionWithWhichIsReadToo() {
        assertEquals(Set.of("zeta 3 basedOn qfdm"),
                facts("In 2019 , [Zeta 3|Protocol] , a new broadcast standard which is based on [QFDM|Protocol] , was approved ."));
        assertEquals(Set.of("quillpad writtenIn pascal"),
                facts("[Quillpad|Application] is a small tool , which was written in [Pascal|Language] ."));
    }

    @Test
    void tagsOnLowerCaseWordsAndAParenthesisAfterTheNameDoNotStopIt() {
        // "is a [freeware] ..." also names the licence (s22-license-freeware-predicate)
        assertEquals(Set.of("quillpad basedOn orbit", "quillpad license freeware"),
                facts("[Quillpad|Application] is a [freeware|License] e-mail [notification program|Application] that is based on [Orbit|Application] ."));
        assertEquals(Set.of("quillpad basedOn orbit"),
                facts("[Quillpad|Application] ( QP ) is a small text editor that is based on [Orbit|Application] ."));
    }

    @Test
    void aPrepositionOrANameInTheDescriptionKeepsTheClauseOffTheSubject() {
        assertEquals(Set.of(), facts("[Quillpad|Application] is one of the tools that are based on [Orbit|Application] ."));
        assertEquals(Set.of(), facts("[Quillpad|Application] is a set of tools that is based on [Orbit|Application] ."));
        assertEquals(Set.of("quillpad forkedFrom orbit"),
                facts("[Quillpad|Application] is a fork of [Orbit|Application] that is written in [Pascal|Language] ."));
    }

    @Test
    void aClauseWithItsOwnSubjectOrANegationStaysAsItWas() {
        assertEquals(Set.of("orbit uses quillpad"), facts("[Quillpad|Application] is a tool which [Orbit|Application] uses ."));
        assertEquals(Set.of(), facts("[Quillpad|Application] is a small text editor that is not based on [Orbit|Application] ."));
    }
}
