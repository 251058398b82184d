package org.softkg.context;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

/**
 * Round 9 (recall9a): a bare name after a longer name that goes on with a number or a Roman numeral ("Orbit 2",
 * "Orbit II") is a product of its own, not a short form of the numbered one, so a fact between the two (a sequel, a
 * successor, a base) survives instead of collapsing into a fact between one entity and itself. Invented sentences,
 * through the whole standard pipeline.
 */
class NumberedSiblingTest {

    private static Set<String> facts(String... sentences) {
        return ContextDocs.facts(ContextDocs.run(null, sentences));
    }

    @Test
    void aNumberedSequelOfTheBareNameIsItsSuccessor() {
        Set<String> f = facts("[Quarrytown 2|Application] is the sequel to [Quarrytown|Application] .");
        assertTrue(f.contains("Quarrytown 2 successorOf Quarrytown"), f::toString);
    }

    @Test
    void aRomanNumeralNamesASiblingToo() {
        Set<String> f = facts("[Quarrytown II|Application] replaced [Quarrytown|Application] in 1994 .");
        assertTrue(f.contains("Quarrytown II successorOf Quarrytown"), f::toString);
    }

    @Test
    void aSubtitledSequelKeepsItsOwnEntity() {
        Document d = ContextDocs.run(null, "[Quarrytown 2 : The Flood|Application] is a game published by Zelkor"
                + " Games and is the sequel to [Quarrytown|Application] .");
        assertTrue(ContextDocs.entity(d, "Quarrytown") != null, () -> d.entities().toString());
        assertTrue(ContextDocs.entity(d, "Quarrytown 2 : The Flood") != null, () -> d.entities().toString());
        assertFalse(ContextDocs.facts(d).contains("Quarrytown successorOf Quarrytown"), () -> ContextDocs.facts(d).toString());
    }

    @Test
    void theBareNameAfterANumberedNameIsAnotherEntity() {
        Document d = ContextDocs.run(null, "[Quarrytown 3|Application] sold well .",
                "It sold less than [Quarrytown|Application] .");
        assertTrue(ContextDocs.entity(d, "Quarrytown") != null, () -> d.entities().toString());
        assertTrue(ContextDocs.entity(d, "Quarrytown 3") != null, () -> d.entities().toString());
    }
}
