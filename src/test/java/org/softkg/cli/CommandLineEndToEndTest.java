package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it: files in a temp folder, the store read back with SPARQL. */
class CommandLineEndToEndTest {

    private static final Path EXAMPLE = Path.of("examples/DragonFly_BSD.txt");

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("store").toString();
    }

    private static String wikiser(String... sentences) {
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
            sb.append("<s>\n");
            for (String tok : s.split(" ")) {
                int slash = tok.lastIndexOf('/');
                boolean tagged = slash > 0 && tok.substring(slash + 1).matches("[BI]-[A-Za-z_]+");
                sb.append(tagged ? tok.substring(0, slash) : tok).append('\t')
                        .append(tagged ? tok.substring(slash + 1) : "O").append('\n');
            }
            sb.append("</s>\n");
        }
        return sb.toString();
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private String select(String query) {
        CliRun r = CliRun.run("query", "--store", store(), "--format", "csv", query);
        assertEquals(0, r.exitCode(), r.err());
        return r.out();
    }

    @Test
    void exampleDocumentGivesTheForkFactInTheStore() {
        CliRun r = CliRun.run("extract", EXAMPLE.toString(), "--store", store());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("1 document"), r.out());
        assertTrue(r.out().contains("DragonFly BSD") && r.out().contains("forkedFrom"), r.out());
        String rows = select("SELECT ?o WHERE { ?s rdfs:label \"DragonFly BSD\" ; kg:forkedFrom ?x . ?x rdfs:label ?o }");
        assertTrue(rows.contains("FreeBSD"), rows);
    }

    @Test
    void reExtractingADocumentIsIdempotent() {
        assertEquals(0, CliRun.run("extract", EXAMPLE.toString(), "--store", store()).exitCode());
        String first = select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(0, CliRun.run("extract", EXAMPLE.toString(), "--store", store()).exitCode());
        assertEquals(first, select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void malformedFileIsReportedWithLineAndOthersAreStillStored() throws IOException {
        Path good = write("Good_OS.txt", wikiser("Good/B-Operating_System OS/I-Operating_System is written in C/B-Language ."));
        Path bad = write("Bad.txt", "<s>\nword\tO\nnotag\n</s>\n");
        CliRun r = CliRun.run("extract", bad.toString(), good.toString(), "--store", store());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("Bad.txt:3:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").contains("Good_OS"));
    }

    @Test
    void badInputLeavesStoredDocumentsAsTheyWere() throws IOException {
        Path doc = write("Some_Tool.txt", wikiser("Some/B-Application Tool/I-Application is written in Java/B-Language ."));
        assertEquals(0, CliRun.run("extract", doc.toString(), "--store", store()).exitCode());
        String before = select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s ?p ?o");
        Files.writeString(doc, "<s>\nSome\tB-Application\n");   // now truncated: no </s>
        CliRun r = CliRun.run("extract", doc.toString(), "--store", store());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("Some_Tool.txt:1:"), r.err());
        assertEquals(before, select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s ?p ?o"));
    }

    @Test
    void extractToFileWritesParseableRdfInEachSyntax() {
        for (String ext : new String[] {"ttl", "nt", "nq", "trig", "jsonld", "rdf"}) {
            Path out = dir.resolve("out." + ext);
            CliRun r = CliRun.run("extract", EXAMPLE.toString(), "-o", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, out.toString());
            long triples = ds.getDefaultModel().size();
            long quads = ds.asDatasetGraph().stream().count();
            assertTrue(triples + quads > 100, ext + " gave " + triples + " triples, " + quads + " quads");
        }
    }

    @Test
    void queryOverDataFilesNeedsNoStore() {
        Path out = dir.resolve("g.ttl");
        assertEquals(0, CliRun.run("extract", EXAMPLE.toString(), "-o", out.toString()).exitCode());
        CliRun r = CliRun.run("query", "--data", out.toString(), "--format", "tsv",
                "SELECT ?s WHERE { ?s kg:forkedFrom ?o }");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("dragonfly"), r.out());
    }

    @Test
    void theQueryMayFollowTheDataFilesDirectly() {
        Path out = dir.resolve("g.ttl");
        Path more = dir.resolve("more.ttl");
        assertEquals(0, CliRun.run("extract", EXAMPLE.toString(), "-o", out.toString()).exitCode());
        assertEquals(0, CliRun.run("extract", EXAMPLE.toString(), "-o", more.toString()).exitCode());
        CliRun r = CliRun.run("query", "--data", out.toString(), more.toString(),
                "SELECT ?s WHERE { ?s kg:forkedFrom ?o }");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("dragonfly"), r.out());
        CliRun missing = CliRun.run("query", "--data", dir.resolve("absent.ttl").toString(), "ASK {}");
        assertEquals(1, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("absent.ttl"), missing.err());
        assertEquals(2, CliRun.run("query", "--data", "--format", "tsv", "ASK {}").exitCode());
    }

    @Test
    void exportAndStatsReadTheStore() {
        assertEquals(0, CliRun.run("extract", EXAMPLE.toString(), "--store", store()).exitCode());
        Path out = dir.resolve("all.nq");
        CliRun e = CliRun.run("export", "--store", store(), "-o", out.toString());
        assertEquals(0, e.exitCode(), e.err());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, out.toString());
        assertTrue(ds.asDatasetGraph().stream().count() > 100);
        CliRun s = CliRun.run("stats", "--store", store());
        assertEquals(0, s.exitCode(), s.err());
        assertTrue(s.out().contains("forkedFrom"), s.out());
    }

    @Test
    void badSparqlIsOneLineAndExitOne() {
        assertEquals(0, CliRun.run("extract", EXAMPLE.toString(), "--store", store()).exitCode());
        CliRun r = CliRun.run("query", "--store", store(), "SELECT WHERE {");
        assertEquals(1, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.run("extract").exitCode());
        assertEquals(2, CliRun.run("nonsense").exitCode());
        assertEquals(2, CliRun.run("query", "--format", "nope", "ASK {}").exitCode());
    }

    @Test
    void queryingAMissingStoreSaysHowToMakeOne() {
        CliRun r = CliRun.run("stats", "--store", store());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("softkg extract"), r.err());
    }

    @Test
    void helpAndVersionWork() {
        assertEquals(0, CliRun.run("--help").exitCode());
        assertEquals(0, CliRun.run("--version").exitCode());
        assertEquals(0, CliRun.run("extract", "--help").exitCode());
    }
}
