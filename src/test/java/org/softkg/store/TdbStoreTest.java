package org.softkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softkg.rdf.TestDocuments.DRAGONFLY;
import static org.softkg.rdf.TestDocuments.FREEBSD;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.model.Document;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.RdfSyntax;
import org.softkg.rdf.Reification;
import org.softkg.rdf.TestDocuments;
import org.softkg.rdf.Vocab;

class TdbStoreTest {

    @TempDir
    Path folder;

    private TdbStore store;

    @BeforeEach
    void open() {
        store = TdbStore.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long quads() {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
    }

    private long count(String sparql) {
        return store.select(sparql).next().getLiteral("n").getLong();
    }

    private Graph graphOf(String documentId) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(DocumentRdf.documentNode(documentId)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Test
    void replacingADocumentTwiceKeepsTheSameTriples() {
        store.replaceDocument(TestDocuments.dragonFly("DragonFly_BSD"));
        long once = quads();
        store.replaceDocument(TestDocuments.dragonFly("DragonFly_BSD"));
        assertEquals(once, quads());
    }

    @Test
    void replacingADocumentDropsWhatItNoLongerSays() {
        store.replaceDocument(TestDocuments.single("d", "A", "uses", "B"));
        store.replaceDocument(TestDocuments.single("d", "A", "dependsOn", "B"));
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { ?s kg:uses ?o }"));
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) { ?s kg:dependsOn ?o }"));
    }

    @Test
    void eachDocumentHasItsOwnGraph() {
        store.replaceDocument(TestDocuments.single("one", "A", "uses", "B"));
        store.replaceDocument(TestDocuments.single("two", "C", "uses", "D"));
        assertTrue(graphOf("one").contains(Node.ANY, Vocab.kg("uses"), Node.ANY));
        assertEquals(1, graphOf("one").find(Node.ANY, Vocab.kg("uses"), Node.ANY).toList().size());
        assertEquals(1, graphOf("two").find(Node.ANY, Vocab.kg("uses"), Node.ANY).toList().size());
        assertTrue(store.containsDocument("one"));
        assertFalse(store.containsDocument("three"));
    }

    @Test
    void defaultGraphOfQueriesIsTheUnion() {
        store.replaceDocument(TestDocuments.single("one", "A", "uses", "B"));
        store.replaceDocument(TestDocuments.single("two", "C", "uses", "D"));
        assertEquals(2, count("SELECT (COUNT(*) AS ?n) { ?s kg:uses ?o }"));
    }

    @Test
    void queriesSeeTheOntology() {
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) { kg:forkedFrom rdfs:subPropertyOf kg:basedOn }"));
    }

    @Test
    void reifierIsFoundByItsTripleTerm() {
        store.replaceDocument(TestDocuments.dragonFly("DragonFly_BSD"));
        var rs = store.select("SELECT ?r ?s ?o ?text { ?r rdf:reifies <<( ?s kg:forkedFrom ?o )>> ; "
                + "prov:wasDerivedFrom/kg:text ?text } ORDER BY ?text");
        assertEquals(2, rs.size());
        var row = rs.next();
        assertEquals(DRAGONFLY, row.getResource("s").getURI());
        assertEquals(FREEBSD, row.getResource("o").getURI());
    }

    @Test
    void failedBatchLeavesEveryGraphAsItWas() {
        store.replaceDocument(TestDocuments.single("d", "A", "uses", "B"));
        Graph before = graphOf("d");
        Document changed = TestDocuments.single("d", "A", "dependsOn", "B");
        Document bad = TestDocuments.single("bad", "X", "eats", "Y");
        assertThrows(IllegalArgumentException.class, () -> store.writeBatch(List.of(changed, bad)));
        assertTrue(graphOf("d").isIsomorphicWith(before));
        assertFalse(store.containsDocument("bad"));
    }

    @Test
    void batchWritesEveryDocument() {
        store.writeBatch(List.of(TestDocuments.single("one", "A", "uses", "B"),
                TestDocuments.single("two", "C", "uses", "D")));
        assertTrue(store.containsDocument("one"));
        assertTrue(store.containsDocument("two"));
    }

    @Test
    void queriesHaveThePrefixesPredeclared() {
        store.replaceDocument(TestDocuments.dragonFly("DragonFly_BSD"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query("SELECT ?o { ent:DragonFly_BSD kg:forkedFrom ?o }", QueryFormat.of("csv"), out);
        assertEquals("o\r\n" + FREEBSD + "\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportOfOneDocumentHoldsOnlyItsGraph() {
        store.replaceDocument(TestDocuments.dragonFly("DragonFly_BSD"));
        store.replaceDocument(TestDocuments.single("other", "A", "uses", "B"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, RdfSyntax.TURTLE, Optional.of("DragonFly_BSD"));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), RdfSyntax.TURTLE.lang()).parse(back);
        Graph expected = new DocumentRdf(Reification.RDF12).toGraph(TestDocuments.dragonFly("DragonFly_BSD"));
        assertTrue(back.isIsomorphicWith(expected));
    }

    @Test
    void exportOfAMissingDocumentFails() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> store.export(new ByteArrayOutputStream(), RdfSyntax.TURTLE, Optional.of("nope")));
        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
    }

    @Test
    void exportAsTrigKeepsTheNamedGraphs() {
        store.replaceDocument(TestDocuments.single("one", "A", "uses", "B"));
        store.replaceDocument(TestDocuments.single("two", "C", "uses", "D"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, RdfSyntax.TRIG, Optional.empty());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("PREFIX kg:"), text);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(text, RdfSyntax.TRIG.lang()).parse(back);
        assertTrue(back.containsGraph(DocumentRdf.documentNode("one")));
        assertTrue(back.containsGraph(DocumentRdf.documentNode("two")));
        assertTrue(back.containsGraph(TdbStore.ONTOLOGY_GRAPH));
    }

    @Test
    void exportAsJsonLdUsesStatements() {
        store.replaceDocument(TestDocuments.dragonFly("DragonFly_BSD"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, RdfSyntax.JSONLD, Optional.of("DragonFly_BSD"));
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), RdfSyntax.JSONLD.lang()).parse(back);
        Graph expected = new DocumentRdf(Reification.RDF11).toGraph(TestDocuments.dragonFly("DragonFly_BSD"));
        assertTrue(back.getGraph(DocumentRdf.documentNode("DragonFly_BSD")).isIsomorphicWith(expected));
    }

    @Test
    void exportAsNTriplesIsTheUnionGraph() {
        store.replaceDocument(TestDocuments.single("one", "A", "uses", "B"));
        store.replaceDocument(TestDocuments.single("two", "C", "uses", "D"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, RdfSyntax.NTRIPLES, Optional.empty());
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), RdfSyntax.NTRIPLES.lang()).parse(back);
        assertEquals(2, back.find(Node.ANY, Vocab.kg("uses"), Node.ANY).toList().size());
        assertTrue(back.contains(Vocab.kg("forkedFrom"), Node.ANY, Node.ANY), "ontology included");
    }

    @Test
    void statsCountDocumentsEntitiesAndFacts() {
        store.replaceDocument(TestDocuments.dragonFly("DragonFly_BSD"));
        store.replaceDocument(TestDocuments.single("other", "FreeBSD", "uses", "Clang"));  // FreeBSD again, as an Application
        StoreStats stats = store.stats();
        assertEquals(2, stats.documents());
        assertEquals(4, stats.entities(), stats::report);
        assertEquals(Map.of("OperatingSystem", 2L, "Person", 1L, "Application", 2L), stats.entitiesByType());
        assertEquals(3, stats.facts());
        assertEquals(Map.of("forkedFrom", 1L, "developedBy", 1L, "uses", 1L), stats.factsByRelation());
        assertEquals(4, stats.extractions());
    }

    @Test
    void compactionKeepsTheData() {
        store.replaceDocument(TestDocuments.dragonFly("DragonFly_BSD"));
        store.replaceDocument(TestDocuments.dragonFly("DragonFly_BSD"));
        long before = quads();
        store.compact();
        assertEquals(before, quads());
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) { ?s kg:forkedFrom ?o }"));
    }

    @Test
    void ontologyIsWrittenOnceAndReplacedWhenItChanges() {
        long before = quads();
        store.close();
        store = TdbStore.open(folder);
        assertEquals(before, quads());
        Graph smaller = GraphFactory.createDefaultGraph();
        Vocab.ontology().find().forEachRemaining(smaller::add);
        smaller.delete(smaller.find(Vocab.kg("forkedFrom"), Node.ANY, Node.ANY).next());
        store.close();
        store = TdbStore.open(folder, smaller);
        assertEquals(before - 1, quads());
    }
}
