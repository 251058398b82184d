package org.softkg.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

/** "It" read as the name that opens the sentence before, with sentences written for the test. */
class TopicPronounsTest {

    @Test
    void itInADocumentWithoutTitleIsTheNameOpeningThePreviousSentence() {
        Document d = ContextDocs.run(null, "[Quillpad|Application] is a text editor . It uses the [Inkwell|Library] checker .");
        assertEquals(List.of("Quillpad", "It"), ContextDocs.mentionsOf(d, 0, "Quillpad"));
        assertTrue(ContextDocs.facts(d).contains("Quillpad uses Inkwell"), ContextDocs.facts(d).toString());
    }

    @Test
    void itAfterAnAppositionOnTheOpeningName() {
        Document d = ContextDocs.run(null, "[Quillpad|Application] , or simply Quill , is a text editor .",
                "It is written in [Rust|Language] .");
        assertTrue(ContextDocs.facts(d).contains("Quillpad writtenIn Rust"), ContextDocs.facts(d).toString());
    }

    @Test
    void itInAnArticleAfterASentenceOpenedByAnotherName() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "[Inkwell|Application] is its spell checker . It is written in [Go|Language] .");
        assertTrue(ContextDocs.facts(d).contains("Inkwell writtenIn Go"), ContextDocs.facts(d).toString());
        assertFalse(ContextDocs.facts(d).contains("Quillpad writtenIn Go"), ContextDocs.facts(d).toString());
    }

    @Test
    void coordinatedOrPossessedOpeningNamesAreNoAntecedent() {
        Document both = ContextDocs.run(null, "[Quillpad|Application] and [Inkwell|Application] are editors .",
                "It is written in [Rust|Language] .");
        assertEquals(List.of(), ContextDocs.mentionsOf(both, 1, "Quillpad"));
        assertEquals(List.of(), ContextDocs.mentionsOf(both, 1, "Inkwell"));
        Document possessor = ContextDocs.run(null, "[Quillpad|Application] 's checker is small .",
                "It is written in [Rust|Language] .");
        assertFalse(ContextDocs.facts(possessor).contains("Quillpad writtenIn Rust"), ContextDocs.facts(possessor).toString());
    }

    @Test
    void aNameInsideTheSentenceIsNoAntecedent() {
        Document d = ContextDocs.run(null, "Notable changes include the [Inkwell|Application] checker and a new parser .",
                "It also supports [Markdown|Language] .");
        assertFalse(ContextDocs.facts(d).contains("Inkwell supports Markdown"), ContextDocs.facts(d).toString());
    }

    @Test
    void expletiveItStaysAPronoun() {
        Document d = ContextDocs.run(null, "[Quillpad|Application] is a text editor .",
                "It is possible to run [Inkwell|Application] on [Haiku|Operating_System] .");
        assertEquals(List.of(), ContextDocs.mentionsOf(d, 1, "Quillpad"));
    }
}
