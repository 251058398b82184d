package org.softkg.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

/**
 * A sentence with no subject that opens with its predicate is said of the document's main subject, like "It"
 * ({@code relation.ImpliedSubject}); tagged input, invented sentences. The guards are shapes seen when the path was
 * tried on the WikiSER pool with a main subject: an opening that is a subject of its own or a fronted phrase.
 */
class ImpliedSubjectContextTest {

    private static Set<String> facts(String... sentences) {
        Document d = ContextDocs.run("Quillpad", sentences);
        return ContextDocs.facts(d);
    }

    private static final String OPENING = "[Quillpad|Application] is a text editor .";

    @Test
    void eachOpeningReadsWithTheMainSubject() {
        Set<String> f = facts(OPENING, "Runs on [Haiku|Operating_System] .", "Written in [Rust|Language] .",
                "A fork of [Kappa|Application] .", "Now supports [Zeta|Protocol] .", "Plugin for [Orbit|Application] .");
        assertTrue(f.containsAll(Set.of("Quillpad runsOn Haiku", "Quillpad writtenIn Rust", "Quillpad forkedFrom Kappa",
                "Quillpad supports Zeta")), f.toString());
    }

    @Test
    void withoutATitleNothingIsImplied() {
        Document d = ContextDocs.run(null, OPENING, "Runs on [Haiku|Operating_System] .");
        assertEquals(Set.of(), ContextDocs.facts(d));
    }

    @Test
    void anOpeningThatIsASubjectImpliesNothing() {
        // a plural noun phrase with its own auxiliary; a noun phrase followed by its own verb
        assertEquals(Set.of(), facts(OPENING, "Ports for [Haiku|Operating_System] and [Zeta|Device] were released in 1999 ."));
        assertEquals(Set.of(), facts(OPENING, "Support for [Zeta|Protocol] was added in 2004 ."));
    }

    @Test
    void aFrontedPhraseWithALaterSubjectImpliesNothing() {
        Set<String> f = facts(OPENING, "Similar to [Kappa|Application] , the last module is a plain list .");
        assertTrue(f.stream().noneMatch(s -> s.startsWith("Quillpad")), f.toString());
        f = facts(OPENING, "Based on [Kappa|Application] , [Orbit|Application] is a viewer .");
        assertTrue(f.stream().noneMatch(s -> s.startsWith("Quillpad")), f.toString());
    }

    @Test
    void aLowerCaseOrNamedOpeningImpliesNothing() {
        // a truncated line, and a line whose subject is a name
        assertEquals(Set.of(), facts(OPENING, "runs on [Haiku|Operating_System] ."));
        Set<String> f = facts(OPENING, "[Orbit|Application] runs on [Haiku|Operating_System] .");
        assertEquals(Set.of("Orbit runsOn Haiku"), f);
    }
}
