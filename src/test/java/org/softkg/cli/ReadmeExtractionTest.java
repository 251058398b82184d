package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code softkg extract} on a README: the feature list's lines, which name no subject, are said of the document's
 * title (README "Sentences with no subject: feature lists and release notes"). The invented example README and an invented file.
 */
class ReadmeExtractionTest {

    @TempDir
    Path dir;

    @Test
    void theExampleReadmeGivesItsFeatureListAsFactsOfItsTitle() {
        CliRun r = CliRun.run("extract", "examples/quillmark-readme.md", "--store", dir.resolve("store").toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String fact : new String[] {"runsOn          Linux", "writtenIn       Rust", "license         MIT License",
                "uses            SQLite", "forkedFrom      Hugo", "runsOn          FreeBSD"}) {
            assertTrue(r.out().contains("Quillmark  " + fact), fact + " in\n" + r.out());
        }
    }

    @Test
    void aReadmeToNTriples() throws IOException {
        Path md = dir.resolve("README.md");
        Files.writeString(md, "# Zetamail\n\nZetamail is an email client.\n\n- Runs on Haiku.\n- Ported to FreeBSD.\n"
                + "- Fast.\n\n## Written in Rust\n\nThe heading above is no sentence.\n");
        CliRun r = CliRun.run("extract", md.toString(), "-o", "-", "--format", "ntriples");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("<https://w3id.org/softkg/entity/zetamail> <https://w3id.org/softkg/ontology#runsOn> "
                + "<https://w3id.org/softkg/entity/haiku>"), r.out());
        assertFalse(r.out().contains("ontology#writtenIn>"), r.out());
    }

    @Test
    void readmesOfTwoProjectsAreTwoDocumentsNamedAfterTheirFolders() throws IOException {
        // no heading: the title is the folder's name, and the text writes it with a capital
        Path zeta = Files.createDirectories(dir.resolve("projects/zetamail"));
        Files.writeString(zeta.resolve("README.md"), "Zetamail is an email client.\n\n- Runs on Haiku.\n");
        Path quill = Files.createDirectories(dir.resolve("projects/quillbase"));
        Files.writeString(quill.resolve("README.md"), "Quillbase is a small database.\n\n- Written in Rust.\n");
        Path store = dir.resolve("store2");
        CliRun r = CliRun.run("extract", dir.resolve("projects").toString(), "--store", store.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("(?s).*Zetamail +runsOn +Haiku .*"), r.out());
        assertTrue(r.out().matches("(?s).*Quillbase +writtenIn +Rust .*"), r.out());
        CliRun q = CliRun.run("query", "--store", store.toString(),
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(doc:))) } ORDER BY ?g");
        assertEquals(0, q.exitCode(), q.err());
        assertTrue(q.out().contains("doc:quillbase_README") && q.out().contains("doc:zetamail_README"), q.out());
    }
}
