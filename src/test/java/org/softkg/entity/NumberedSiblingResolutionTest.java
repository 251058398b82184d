package org.softkg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

/**
 * A bare name is no short form of a longer name that goes on with a number or a Roman numeral: "Quarrytown 2" and
 * "Quarrytown II" are products of their own (recall9a). Names that go on with words still join. Invented names.
 */
class NumberedSiblingResolutionTest {

    private final EntityResolver resolver = new EntityResolver();

    private static String iriOf(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow().entity();
    }

    @Test
    void aNumberedNameWrittenBeforeKeepsTheBareNameApart() {
        Document d = resolver.process(Docs.doc("doc", null,
                "[Quarrytown 2|Application] is the sequel to [Quarrytown|Application] ."));
        assertNotEquals(iriOf(d, "Quarrytown 2"), iriOf(d, "Quarrytown"));
    }

    @Test
    void aRomanNumeralKeepsTheBareNameApartAcrossSentences() {
        Document d = resolver.process(Docs.doc("doc", null,
                "[Quarrytown II|Application] sold well .", "It sold less than [Quarrytown|Application] ."));
        assertNotEquals(iriOf(d, "Quarrytown II"), iriOf(d, "Quarrytown"));
    }

    @Test
    void aLongerNameThatGoesOnWithWordsStillJoins() {
        Document d = resolver.process(Docs.doc("doc", null,
                "It uses the [Quarrytown storage engine|Application] .", "Snapshots come from [Quarrytown|Application] ."));
        assertEquals(iriOf(d, "Quarrytown storage engine"), iriOf(d, "Quarrytown"));
    }

    @Test
    void theBareNameOfANumberedTitleIsNotTheMainSubject() {
        Document d = resolver.process(Docs.doc("doc", "Quarrytown 2",
                "[Quarrytown 2|Application] is a game .", "It is the sequel to [Quarrytown|Application] ."));
        assertNotEquals(iriOf(d, "Quarrytown 2"), iriOf(d, "Quarrytown"));
    }
}
