package org.softkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.RdfSyntax;
import org.softkg.rdf.Reification;
import org.softkg.rdf.TestDocuments;

class SparqlRunnerTest {

    private final Dataset dataset = DatasetFactory.wrap(DatasetGraphFactory.wrap(
            new DocumentRdf(Reification.RDF12).toGraph(TestDocuments.dragonFly("DragonFly_BSD"))));

    private String run(String sparql, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlRunner.run(dataset, sparql, QueryFormat.of(format), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textTableShowsPrefixedNames() {
        String table = run("SELECT ?o { ?s kg:forkedFrom ?o }", "text");
        assertTrue(table.contains("ent:FreeBSD"), table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "csv", "tsv", "json", "xml"})
    void tripleTermsAppearInEveryResultFormat(String format) {
        String out = run("SELECT ?r ?t { ?r rdf:reifies ?t }", format);
        assertTrue(out.contains("forkedFrom"), out);
    }

    @Test
    void askGivesABoolean() {
        assertEquals("yes", run("ASK { ent:DragonFly_BSD kg:forkedFrom ent:FreeBSD }", "text").trim());
        assertTrue(run("ASK { ent:FreeBSD kg:forkedFrom ent:DragonFly_BSD }", "json").contains("false"));
    }

    @Test
    void constructWritesAGraphInTheChosenSyntax() {
        String nt = run("CONSTRUCT { ?o kg:hasFork ?s } WHERE { ?s kg:forkedFrom ?o }", "nt");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(nt, RdfSyntax.NTRIPLES.lang()).parse(g);
        assertEquals(1, g.size());
    }

    @Test
    void describeWritesTurtleByDefault() {
        String ttl = run("DESCRIBE ent:FreeBSD", "text");
        assertTrue(ttl.contains("rdfs:label"), ttl);
    }

    @Test
    void rdfSyntaxFormatRefusesSelect() {
        var e = assertThrows(IllegalArgumentException.class, () -> run("SELECT * { ?s ?p ?o }", "turtle"));
        assertTrue(e.getMessage().contains("CONSTRUCT"), e.getMessage());
    }

    @Test
    void malformedQueryReportsItsPosition() {
        var e = assertThrows(QueryParseException.class, () -> SparqlRunner.parse("SELECT ?s {\n ?s kg:x }"));
        assertEquals(2, e.getLine());
    }

    @Test
    void queryMayRedeclareAPrefix() {
        String csv = run("PREFIX kg: <urn:other#> SELECT (COUNT(*) AS ?n) { ?s kg:forkedFrom ?o }", "csv");
        assertEquals("n\r\n0\r\n", csv);
    }

    @Test
    void unknownFormatNameListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> QueryFormat.of("yaml"));
        assertTrue(e.getMessage().contains("csv"), e.getMessage());
    }
}
