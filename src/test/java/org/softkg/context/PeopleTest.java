package org.softkg.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

/** Untagged people and organisations typed by their role, and surnames linked, with sentences written for the test. */
class PeopleTest {

    @Test
    void appositionWithARoleMakesAPersonWhoBeganWorkingOnTheSubject() {
        Document d = ContextDocs.run("Quillpad", "Ada Lovelace , a British programmer in the 1990s , began working on"
                + " [Quillpad|Application] in 1999 .");
        assertEquals(Set.of("Person"), ContextDocs.entity(d, "Ada Lovelace").types());
        assertTrue(ContextDocs.facts(d).contains("Quillpad developedBy Ada Lovelace"), ContextDocs.facts(d).toString());
    }

    @Test
    void laterSurnameIsThePerson() {
        Document d = ContextDocs.run("Quillpad", "Ada Lovelace , a British programmer , began working on"
                + " [Quillpad|Application] in 1999 .", "Lovelace started [Inkwell|Application] in 2004 .",
                "In 2010 , Lovelace left .");
        assertEquals(List.of("Lovelace"), ContextDocs.mentionsOf(d, 1, "Ada Lovelace"));
        assertEquals(List.of("Lovelace"), ContextDocs.mentionsOf(d, 2, "Ada Lovelace"));
        assertNull(ContextDocs.entity(d, "Lovelace"));
        assertTrue(ContextDocs.facts(d).contains("Inkwell developedBy Ada Lovelace"), ContextDocs.facts(d).toString());
    }

    @Test
    void surnameTwoPersonsShareLinksToNeither() {
        Document d = ContextDocs.run("Quillpad", "Ada Lovelace , a programmer , began working on [Quillpad|Application] .",
                "Anne Lovelace , a designer , began working on [Inkwell|Application] .", "Lovelace started [Haiku|Operating_System] .");
        assertEquals(List.of(), ContextDocs.mentionsOf(d, 2, "Ada Lovelace"));
        assertEquals(List.of(), ContextDocs.mentionsOf(d, 2, "Anne Lovelace"));
    }

    @Test
    void createdByMakesAPerson() {
        Document d = ContextDocs.run(null, "[Quillpad|Application] was created by Grace Hopper in 1999 .");
        assertEquals(Set.of("Person"), ContextDocs.entity(d, "Grace Hopper").types());
        assertTrue(ContextDocs.facts(d).contains("Quillpad developedBy Grace Hopper"), ContextDocs.facts(d).toString());
    }

    @Test
    void startedByGivesDevelopedBy() {
        Document d = ContextDocs.run(null, "[Quillpad|Application] was started by Grace Hopper in 1999 .");
        assertTrue(ContextDocs.facts(d).contains("Quillpad developedBy Grace Hopper"), ContextDocs.facts(d).toString());
    }

    @Test
    void roleNounBeforeTheNameMakesAPerson() {
        Document d = ContextDocs.run(null, "According to programmer Grace Hopper , compilers matter .");
        assertEquals(Set.of("Person"), ContextDocs.entity(d, "Grace Hopper").types());
    }

    @Test
    void founderIsAPerson() {
        Document d = ContextDocs.run(null, "Grace Hopper founded [Quillpad|Application] in 1999 .");
        assertEquals(Set.of("Person"), ContextDocs.entity(d, "Grace Hopper").types());
        assertTrue(ContextDocs.facts(d).contains("Quillpad developedBy Grace Hopper"), ContextDocs.facts(d).toString());
    }

    @Test
    void organisationWordMakesAnOrganization() {
        Document d = ContextDocs.run(null, "[Quillpad|Application] is developed by Globex Corporation .");
        assertEquals(Set.of("Organization"), ContextDocs.entity(d, "Globex Corporation").types());
        assertTrue(ContextDocs.facts(d).contains("Quillpad developedBy Globex Corporation"), ContextDocs.facts(d).toString());
    }

    @Test
    void organisationAppositionMakesAnOrganization() {
        Document d = ContextDocs.run(null, "Fabrikam Tools , a software company , released [Quillpad|Application] .");
        assertEquals(Set.of("Organization"), ContextDocs.entity(d, "Fabrikam Tools").types());
    }

    @Test
    void nameWithoutARoleStaysUntypedUnlessItOpensWithAGivenName() {
        Document d = ContextDocs.run(null, "Orbo Hopper liked [Quillpad|Application] .");
        assertEquals(Set.of(), ContextDocs.entity(d, "Orbo Hopper").types());
        assertEquals(Set.of(), ContextDocs.facts(d));
        // thirty-first session: a common given name and a surname are a person's name, role or not
        Document g = ContextDocs.run(null, "Grace Hopper liked [Quillpad|Application] .");
        assertEquals(Set.of("Person"), ContextDocs.entity(g, "Grace Hopper").types());
        assertEquals(Set.of(), ContextDocs.facts(g));
    }
}
