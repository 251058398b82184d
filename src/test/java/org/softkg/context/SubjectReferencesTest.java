package org.softkg.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

/** References to an article's main subject, each construction with sentences written for the test. */
class SubjectReferencesTest {

    @Test
    void itAfterASentenceAboutTheSubjectIsTheSubject() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor for [Haiku|Operating_System] .",
                "It is written in [Rust|Language] .");
        assertEquals(List.of("It"), ContextDocs.mentionsOf(d, 1, "Quillpad"));
        assertTrue(ContextDocs.facts(d).contains("Quillpad writtenIn Rust"), ContextDocs.facts(d).toString());
    }

    @Test
    void itAfterAFullStopInsideOneTaggedSentenceIsTheSubject() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor . It is written in [Rust|Language] .");
        assertTrue(ContextDocs.facts(d).contains("Quillpad writtenIn Rust"), ContextDocs.facts(d).toString());
        Document other = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "[Inkwell|Application] is a checker . It is written in [Go|Language] .");
        assertFalse(ContextDocs.facts(other).contains("Quillpad writtenIn Go"), ContextDocs.facts(other).toString());
    }

    @Test
    void itChainsOverSentencesAboutTheSubject() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "It is written in [Rust|Language] .", "It runs on [Haiku|Operating_System] .");
        assertTrue(ContextDocs.facts(d).contains("Quillpad runsOn Haiku"), ContextDocs.facts(d).toString());
    }

    @Test
    void itAfterASentenceAboutAnotherEntityIsNotTheSubject() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "[Inkwell|Application] is a spell checker for [Haiku|Operating_System] .",
                "It is written in [Rust|Language] .");
        assertEquals(List.of(), ContextDocs.mentionsOf(d, 2, "Quillpad"));
        assertFalse(ContextDocs.facts(d).contains("Quillpad writtenIn Rust"), ContextDocs.facts(d).toString());
    }

    @Test
    void itAfterARelativeClauseOnAnotherEntityIsNotTheSubject() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] switched to the [Inkwell|Application] checker ,"
                + " which needs no dictionary .", "It was written in [Rust|Language] .");
        assertEquals(List.of(), ContextDocs.mentionsOf(d, 1, "Quillpad"));
    }

    @Test
    void expletiveItIsNoReference() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "It is possible to run [Inkwell|Application] on [Haiku|Operating_System] .",
                "[Quillpad|Application] is small .", "It was announced that [Inkwell|Application] runs on [Haiku|Operating_System] .");
        assertEquals(List.of(), ContextDocs.mentionsOf(d, 1, "Quillpad"));
        assertEquals(List.of(), ContextDocs.mentionsOf(d, 3, "Quillpad"));
    }

    @Test
    void itInsideTheSentenceIsNoReference() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "Users like it because it runs on [Haiku|Operating_System] .");
        assertEquals(List.of(), ContextDocs.mentionsOf(d, 1, "Quillpad"));
    }

    @Test
    void withoutATitleThereIsNoSubjectForADescriptionToReferTo() {
        // "It" still refers back to the opening name (TopicPronouns); a class-noun description needs a main subject
        Document d = ContextDocs.run(null, "[Quillpad|Application] is a text editor .", "The editor is written in [Rust|Language] .");
        assertEquals(List.of(), ContextDocs.facts(d).stream().filter(f -> f.contains("writtenIn")).toList());
    }

    @Test
    void descriptionWithTheSubjectsClassNounIsTheSubject() {
        Document d = ContextDocs.run("Brindle", "[Brindle|Operating_System] is a small microkernel designed for robots .",
                "The microkernel is written in [Rust|Language] .");
        assertEquals(List.of("The microkernel"), ContextDocs.mentionsOf(d, 1, "Brindle"));
        assertTrue(ContextDocs.facts(d).contains("Brindle writtenIn Rust"), ContextDocs.facts(d).toString());
    }

    @Test
    void theProjectAfterAnIntroductoryPhraseIsTheSubject() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "In 2011 , the project was forked from [Inkwell|Application] .");
        assertTrue(ContextDocs.facts(d).contains("Quillpad forkedFrom Inkwell"), ContextDocs.facts(d).toString());
    }

    @Test
    void taggedClassNounInsideTheDescriptionGivesWay() {
        Document d = ContextDocs.run("Brindle", "[Brindle|Operating_System] is a hobby operating system .",
                "The [operating system|General_Concept] runs on [RISC-V|Architecture] .");
        assertEquals(List.of("The operating system"), ContextDocs.mentionsOf(d, 1, "Brindle"));
        assertTrue(ContextDocs.facts(d).contains("Brindle runsOn RISC-V"), ContextDocs.facts(d).toString());
    }

    @Test
    void descriptionHoldingAnotherNameIsNoReference() {
        Document d = ContextDocs.run("Brindle", "[Brindle|Operating_System] is a hobby operating system .",
                "The [Linux|Operating_System] kernel is written in [C|Language] .");
        assertFalse(ContextDocs.facts(d).contains("Brindle writtenIn C"), ContextDocs.facts(d).toString());
    }

    @Test
    void descriptionOfAPartIsNoReference() {
        Document d = ContextDocs.run("Brindle", "[Brindle|Operating_System] is a hobby operating system .",
                "The interface of the system is written in [Lua|Language] .",
                "The primary network control system is written in [Zig|Language] .");
        assertFalse(ContextDocs.facts(d).contains("Brindle writtenIn Lua"), ContextDocs.facts(d).toString());
        assertFalse(ContextDocs.facts(d).contains("Brindle writtenIn Zig"), ContextDocs.facts(d).toString());
    }

    @Test
    void otherClassNounIsNoReference() {
        Document d = ContextDocs.run("Brindle", "[Brindle|Operating_System] is a hobby operating system .",
                "The compiler is written in [Zig|Language] .");
        assertFalse(ContextDocs.facts(d).contains("Brindle writtenIn Zig"), ContextDocs.facts(d).toString());
    }

    @Test
    void subjectlessPassiveAboutAnAspectIsAboutTheSubject() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "Many interface ideas were inspired by [Acme|Application] .");
        assertTrue(ContextDocs.facts(d).contains("Quillpad influencedBy Acme"), ContextDocs.facts(d).toString());
    }

    @Test
    void itsVersionsAndItsCodeAreTheSubject() {
        // seventeenth session: versions are no part of an entity's identity, so what a version does the subject does
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a puzzle game .",
                "The first version was released in 1989 for [Zeta OS|Operating_System] .",
                "Version 2.0 added support for [Lumen|Protocol] .",
                "Later versions use the [Flux|Library] engine .",
                "The source code is available under the [Kappa License|License] .");
        assertTrue(ContextDocs.facts(d).containsAll(List.of("Quillpad runsOn Zeta OS", "Quillpad supports Lumen",
                "Quillpad uses Flux", "Quillpad license Kappa License")), ContextDocs.facts(d).toString());
    }

    @Test
    void aVersionNamedAfterSomethingElseIsNoReference() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a puzzle game .",
                "The [Orbit|Device] version was developed by [Acme|Organization] .",
                "The release of [Zeta|Application] was delayed by [Kappa|Application] .");
        assertFalse(ContextDocs.facts(d).contains("Quillpad developedBy Acme"), ContextDocs.facts(d).toString());
        assertFalse(ContextDocs.facts(d).stream().anyMatch(f -> f.startsWith("Quillpad") && f.endsWith("Kappa")),
                ContextDocs.facts(d).toString());
    }

    @Test
    void itIsSimilarToANameIsNoExpletive() {
        // seventeenth session: "It is ADJ to" read as "It is possible to" lost "It is similar to [X]" and every
        // "It" after it
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "It is similar to [Acme|Application] .", "It is written in [Zeta|Language] .",
                "It is similar to [Go|Language] .");
        assertTrue(ContextDocs.facts(d).containsAll(List.of("Quillpad similarTo Acme", "Quillpad writtenIn Zeta",
                "Quillpad similarTo Go")),
                ContextDocs.facts(d).toString());
        Document e = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "It is possible to run [Acme|Application] inside it .");
        assertFalse(ContextDocs.facts(e).contains("Quillpad runsOn Acme"), ContextDocs.facts(e).toString());
    }

    @Test
    void aQuantifiedAspectOfItsIsAboutTheSubject() {
        // seventeenth session: "Many of its design ideas", as "Much of its design" before
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "Many of its design ideas were influenced by [Acme|Application] .");
        assertTrue(ContextDocs.facts(d).contains("Quillpad influencedBy Acme"), ContextDocs.facts(d).toString());
    }

    @Test
    void subjectlessDevelopmentByAPersonIsTheSubjectsDeveloper() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "Ada Lovelace , a British programmer , joined in 1998 .", "Development began in 1999 by Lovelace .");
        assertEquals(List.of("Development"), ContextDocs.mentionsOf(d, 2, "Quillpad"));
        assertTrue(ContextDocs.facts(d).contains("Quillpad developedBy Ada Lovelace"), ContextDocs.facts(d).toString());
    }

    @Test
    void itsAspectIsAboutTheSubject() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "Its syntax is similar to [Pascal|Language] .");
        assertTrue(ContextDocs.facts(d).contains("Quillpad similarTo Pascal"), ContextDocs.facts(d).toString());
    }

    @Test
    void aspectAfterASentenceAboutAnotherEntityIsNotAboutTheSubject() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "[Inkwell|Application] was added in 2004 .", "The design was influenced by [Acme|Application] .");
        assertFalse(ContextDocs.facts(d).contains("Quillpad influencedBy Acme"), ContextDocs.facts(d).toString());
    }

    @Test
    void genericStatementWithoutAnOpenerIsNoReference() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "Software design was influenced by [Smalltalk|Language] .");
        assertFalse(ContextDocs.facts(d).contains("Quillpad influencedBy Smalltalk"), ContextDocs.facts(d).toString());
    }

    @Test
    void referenceInsideAQuotationIsNoReference() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "Today , \" the project is written in [Rust|Language] \" .");
        assertFalse(ContextDocs.facts(d).contains("Quillpad writtenIn Rust"), ContextDocs.facts(d).toString());
    }

    @Test
    void referencesAreNoAliasesAndNoFactHasAPronounLabel() {
        Document d = ContextDocs.run("Quillpad", "[Quillpad|Application] is a text editor .",
                "It is written in [Rust|Language] .", "The project runs on [Haiku|Operating_System] .");
        assertEquals(java.util.Set.of(), ContextDocs.entity(d, "Quillpad").aliases());
        assertTrue(d.entities().stream().noneMatch(e -> e.label().equalsIgnoreCase("it")));
    }

    @Test
    void thisPackageIsTheMainSubject() {
        // a package description's "This package" is the package the document is about
        Document d = ContextDocs.run("quill-tools", "[quill-tools|Application] converts documents to PDF .",
                "This package is part of [Orbitsuite|Application] , a document framework .");
        assertTrue(ContextDocs.facts(d).contains("quill-tools partOf Orbitsuite"), ContextDocs.facts(d).toString());
    }
}
