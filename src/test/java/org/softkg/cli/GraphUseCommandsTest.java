package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.graph.TestGraphs;

/** validate, query --infer and lineage as a user runs them, over hand-written RDF files (--data). */
class GraphUseCommandsTest {

    @TempDir
    Path dir;

    private Path clean;

    @BeforeEach
    void files() throws IOException {
        clean = TestGraphs.write(dir, "clean.ttl", TestGraphs.LINEAGE);
    }

    @Test
    void validateCleanGraphExitsZero() {
        CliRun r = CliRun.run("validate", "--data", clean.toString());
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertEquals("conforms: no violations\n", r.out());
    }

    @Test
    void validateReportsViolationsWithLabelsAndExitsOne() throws IOException {
        Path bad = TestGraphs.write(dir, "bad.ttl", TestGraphs.LINEAGE + "ent:beta kg:developedBy ent:alpha .");
        CliRun r = CliRun.run("validate", "--data", bad.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("does not conform: 1 result\n"), r.out());
        assertTrue(r.out().contains("kgs:developedBy-range  sh:ClassConstraintComponent"), r.out());
        assertTrue(r.out().contains("  Alpha OS (ent:alpha, a OperatingSystem)\n      in: Beta OS kg:developedBy Alpha OS\n"), r.out());
        assertTrue(r.out().contains("the object of kg:developedBy must be a kg:Agent"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void validateWritesTheShaclReportGraph() throws IOException {
        Path bad = TestGraphs.write(dir, "bad.ttl", TestGraphs.LINEAGE + "ent:beta kg:developedBy ent:alpha .");
        CliRun r = CliRun.run("validate", "--data", bad.toString(), "--format", "turtle");
        assertEquals(1, r.exitCode(), r.err());
        Graph report = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(r.out()).lang(Lang.TURTLE).parse(report);
        String sh = "http://www.w3.org/ns/shacl#";
        Node conforms = NodeFactory.createURI(sh + "conforms");
        assertTrue(report.contains(Node.ANY, conforms, NodeFactory.createLiteralDT("false",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)), r.out());
        assertEquals(1, report.find(Node.ANY, NodeFactory.createURI(sh + "focusNode"),
                NodeFactory.createURI("https://w3id.org/softkg/entity/alpha")).toList().size());
    }

    @Test
    void validateRejectsAnUnknownFormat() {
        CliRun r = CliRun.run("validate", "--data", clean.toString(), "--format", "pdf");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("softkg: unknown report format 'pdf'"), r.err());
    }

    @Test
    void inferFindsForksThroughBasedOnAndTransitiveLineage() {
        String q = "SELECT ?d WHERE { ?x kg:basedOn ent:alpha ; rdfs:label ?d } ORDER BY ?d";
        CliRun plain = CliRun.run("query", "--data", clean.toString(), "--format", "csv", q);
        assertEquals("d\r\n", plain.out(), plain.err());
        CliRun inferred = CliRun.run("query", "--infer", "--data", clean.toString(), "--format", "csv", q);
        assertEquals(0, inferred.exitCode(), inferred.err());
        assertEquals("d\r\nBeta OS\r\nGamma\r\n", inferred.out());
        CliRun forks = CliRun.run("query", "--infer", "--data", clean.toString(), "--format", "csv",
                "SELECT ?f WHERE { ent:alpha kg:hasFork ?x . ?x rdfs:label ?f }");
        assertEquals("f\r\nBeta OS\r\n", forks.out());
    }

    @Test
    void lineagePrintsTheTreeWithSentences() {
        CliRun r = CliRun.run("lineage", "alpha", "--data", clean.toString(), "--why");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Alpha OS  [OperatingSystem]\nancestors\n    (none)\ndescendants\n"
                + "└── ← forkedFrom Beta OS  [OperatingSystem]\n"
                + "        \"Beta OS is a fork of Alpha OS .\"\n"), r.out());
        assertTrue(r.out().contains("        └── ← successorOf Delta  [OperatingSystem]\n"), r.out());
    }

    @Test
    void theNameMayFollowTheDataFile() {
        CliRun r = CliRun.run("lineage", "--data", clean.toString(), "Gamma");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("successorOf Delta"), r.out());
    }

    @Test
    void lineageOfAnUnknownNameIsOneClearLine() {
        CliRun r = CliRun.run("lineage", "Gama", "--data", clean.toString());
        assertEquals(1, r.exitCode());
        assertEquals("softkg: no entity named 'Gama'; close names: Gamma\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void lineageToDotAndHtmlFiles() throws IOException {
        Path dot = dir.resolve("l.dot");
        assertEquals(0, CliRun.run("lineage", "Gamma", "--data", clean.toString(), "--format", "dot", "-o", dot.toString()).exitCode());
        String text = Files.readString(dot);
        assertTrue(text.startsWith("digraph \"lineage of Gamma\" {"), text);
        assertTrue(text.contains("\"https://w3id.org/softkg/entity/gamma\" -> \"https://w3id.org/softkg/entity/beta\" [label=\"basedOn\""), text);
        assertFalse(text.contains("acme"), "only the lineage: " + text);
        Path html = dir.resolve("l.html");
        assertEquals(0, CliRun.run("lineage", "Gamma", "--data", clean.toString(), "--format", "html", "-o", html.toString()).exitCode());
        var data = HtmlViews.data(html);
        assertEquals(4, data.get("nodes").getAsArray().size());
        assertEquals(3, data.get("edges").getAsArray().size());
    }

    @Test
    void lineageRejectsCsv() {
        CliRun r = CliRun.run("lineage", "Gamma", "--data", clean.toString(), "--format", "csv");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("expected text, dot or html"), r.err());
    }
}
