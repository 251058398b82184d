package org.softkg.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.relation.RelationNames;
import org.softkg.relation.RuleSet;

/**
 * People and organisations that the tags do not mark (or mark as software), typed through the whole standard
 * pipeline: the entity's type and the developedBy fact a reader expects, with sentences written for the test.
 */
class AgentTypingTest {

    @Test
    void singleWordDeveloperIsAnOrganisation() {
        Document d = ContextDocs.run(null, "[Quillrun|Application] is a racing game developed by Zetacorp and released "
                + "in 2001 for the [Orbo Boy|Device] .");
        assertEquals(Set.of("Organization"), ContextDocs.entity(d, "Zetacorp").types());
        assertTrue(ContextDocs.facts(d).contains("Quillrun developedBy Zetacorp"), ContextDocs.facts(d).toString());
    }

    @Test
    void foundationTaggedAsSoftwareIsAnOrganisation() {
        Document d = ContextDocs.run(null, "[Quillfox|Application] is a web browser developed by the "
                + "[Zeta Foundation|Operating_System] .");
        assertEquals(Set.of("Organization"), ContextDocs.entity(d, "Zeta Foundation").types());
        assertTrue(ContextDocs.facts(d).contains("Quillfox developedBy Zeta Foundation"), ContextDocs.facts(d).toString());
    }

    @Test
    void companyTaggedAsSoftwareAfterReleasedByIsAnOrganisation() {
        Document d = ContextDocs.run(null, "[libquill|Library] is a decoder written in [C|Language] released by [Zetacorp|Application] .");
        assertEquals(Set.of("Organization"), ContextDocs.entity(d, "Zetacorp").types());
    }

    @Test
    void initialsAndACoordinatedNameAreBothPersons() {
        Document d = ContextDocs.run(null, "The [Quill engine|Device] , built by J . Q . Orbo and Ulvar Zeto at "
                + "Zeta Labs starting in 1931 , was a success .");
        assertEquals(Set.of("Person"), ContextDocs.entity(d, "J . Q . Orbo").types());
        assertEquals(Set.of("Person"), ContextDocs.entity(d, "Ulvar Zeto").types());
        assertEquals(Set.of("Organization"), ContextDocs.entity(d, "Zeta Labs").types());
    }

    @Test
    void personTaggedAsSoftwareWithARoleAppositionIsAPerson() {
        Document d = ContextDocs.run(null, "[Quillguard|Application] is an extension for [Orbofox|Application] , written "
                + "and maintained by [Ulvar Zeto|Operating_System] , an Italian software engineer .");
        assertEquals(Set.of("Person"), ContextDocs.entity(d, "Ulvar Zeto").types());
        assertTrue(ContextDocs.facts(d).contains("Quillguard developedBy Ulvar Zeto"), ContextDocs.facts(d).toString());
    }

    @Test
    void firstNamesAfterByInALongClauseArePersons() {
        Document d = ContextDocs.run(null, "[Quill|Operating_System] was implemented in assembly language on a "
                + "[Zeta-7|Device] by Mary Orbo and Ulvar Zeto .");
        assertEquals(Set.of("Person"), ContextDocs.entity(d, "Mary Orbo").types());
        assertEquals(Set.of("Person"), ContextDocs.entity(d, "Ulvar Zeto").types());
    }

    @Test
    void exampleArticleHasItsDeveloperAsItsOnlyAgent() throws Exception {
        Path example = Path.of("examples/DragonFly_BSD.txt");
        Assumptions.assumeTrue(Files.exists(example), "example document not found at " + example.toAbsolutePath());
        Document d;
        try (DocumentStream in = CorpusInput.open(example.toString(), InputFormat.AUTO)) {
            d = StandardPipeline.forTaggedInput(RuleSet.loadDefault(RelationNames.CORE)).process(in.next());
        }
        Set<String> agents = new TreeSet<>();
        for (Entity e : d.entities()) {
            if (e.types().contains("Person") || e.types().contains("Organization")) {
                agents.add(e.label());
            }
        }
        // "As with FreeBSD and OpenBSD , the developers of DragonFly BSD are ..." makes no organisation of OpenBSD
        assertEquals(Set.of("Matthew Dillon"), agents);
    }
}
