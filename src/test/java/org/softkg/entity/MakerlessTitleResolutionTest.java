package org.softkg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Entity;

/**
 * The title without its first word is the main subject when that word names the maker ("Kafka" in a document titled
 * "Zeta Kafka" that names the Zeta Software Foundation), not when it is a word of the language ("Quill" beside "Free
 * Quill", even with a "Free Software Foundation" in the text). Invented names.
 */
class MakerlessTitleResolutionTest {

    private final EntityResolver resolver = new EntityResolver();

    private static String iriOf(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow().entity();
    }

    private static Entity entity(Document d, String iri) {
        return d.entities().stream().filter(e -> e.iri().equals(iri)).findFirst().orElseThrow();
    }

    @Test
    void theTitleWithoutItsMakerIsTheSubject() {
        Document d = resolver.process(Docs.doc("doc", "Zeta Kafka",
                "[Zeta Kafka|Application] is an event store developed by the [Zeta Software Foundation|Organization] .",
                "[Kafka|Language] was first developed at [Quill|Organization] .",
                "[Kafka|Language] uses [Orbo|Application] ."));
        assertEquals(iriOf(d, "Zeta Kafka"), iriOf(d, "Kafka"));
        Entity subject = entity(d, iriOf(d, "Kafka"));
        assertEquals("Zeta Kafka", subject.label());
        assertEquals(Set.of("Application"), subject.types(), "the title's type, not the name finder's guess for the short form");
    }

    @Test
    void aMakerNamedAloneOrWithALegalFormCountsToo() {
        Document alone = resolver.process(Docs.doc("doc", "Contoso Glide",
                "[Contoso Glide|Application] is a browser developed by [Contoso|Organization] .",
                "[Glide|Application] runs on [Orbo|Operating_System] ."));
        assertEquals(iriOf(alone, "Contoso Glide"), iriOf(alone, "Glide"));
        Document legal = resolver.process(Docs.doc("doc", "Contoso Glide",
                "[Contoso Glide|Application] is a browser of [Contoso Inc.|Organization] .",
                "[Glide|Application] runs on [Orbo|Operating_System] ."));
        assertEquals(iriOf(legal, "Contoso Glide"), iriOf(legal, "Glide"));
    }

    @Test
    void aWordOfTheLanguageNamesNoMaker() {
        Document d = resolver.process(Docs.doc("doc", "Free Quill",
                "[Free Quill|Application] is a free compiler for the [Quill|Language] language .",
                "It is released under a licence of the [Free Software Foundation|Organization] ."));
        assertNotEquals(iriOf(d, "Free Quill"), iriOf(d, "Quill"));
    }

    @Test
    void noMakerInTheTextNoJoin() {
        Document d = resolver.process(Docs.doc("doc", "Visual Quill",
                "[Visual Quill|Application] is a dialect of [Quill|Language] by [Contoso Corporation|Organization] ."));
        assertNotEquals(iriOf(d, "Visual Quill"), iriOf(d, "Quill"));
    }

    @Test
    void aNumberAfterTheMakerOrAnOrganisationTitleStaysApart() {
        Document numbered = resolver.process(Docs.doc("doc", "Contoso 64",
                "[Contoso 64|Device] is a console by [Contoso|Organization] .", "[64|Device] sold well ."));
        assertNotEquals(iriOf(numbered, "Contoso 64"), iriOf(numbered, "64"));
        Document company = resolver.process(Docs.doc("doc", "Contoso Labs",
                "[Contoso Labs|Organization] is a firm founded by [Contoso|Organization] .", "[Labs|Organization] grew ."));
        assertNotEquals(iriOf(company, "Contoso Labs"), iriOf(company, "Labs"));
    }

    @Test
    void aThingOfManyMakersStaysApart() {
        Document dialect = resolver.process(Docs.doc("doc", "Contoso BASIC",
                "[Contoso BASIC|Language] is a dialect of [BASIC|Language] by [Contoso|Organization] .",
                "[BASIC|Language] was designed in 1964 ."));
        assertNotEquals(iriOf(dialect, "Contoso BASIC"), iriOf(dialect, "BASIC"));
        Document family = resolver.process(Docs.doc("doc", "Contoso BASIC",
                "[Contoso BASIC|Language] was written by [Contoso|Organization] .",
                "It replaced [Orbo BASIC|Language] .", "[BASIC|Language] programs ran unchanged ."));
        assertNotEquals(iriOf(family, "Contoso BASIC"), iriOf(family, "BASIC"));
        Document kernel = resolver.process(Docs.doc("doc", "Contoso kernel",
                "The [Contoso kernel|Operating_System] is maintained by [Contoso|Organization] .",
                "The [kernel|Operating_System] boots ."));
        assertNotEquals(iriOf(kernel, "Contoso kernel"), iriOf(kernel, "kernel"));
    }

    @Test
    void anAliasBesideTheTitleStillJoins() {
        Document d = resolver.process(Docs.doc("doc", "Contoso Glide",
                "[Contoso Glide|Application] , or simply [Glide|Application] , is a browser by [Contoso|Organization] ."));
        assertEquals(iriOf(d, "Contoso Glide"), iriOf(d, "Glide"));
    }

    @Test
    void theMakerTheTitleIsNamedAfterIsNoShortFormOfIt() {
        Document d = resolver.process(Docs.doc("doc", "Contoso Glide",
                "[Contoso Glide|Application] is a browser developed by [Contoso] .", "[Glide|Application] runs on [Orbo|Operating_System] ."));
        assertNotEquals(iriOf(d, "Contoso Glide"), iriOf(d, "Contoso"));
    }
}
