package org.softkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softkg.rdf.TestDocuments.DILLON;
import static org.softkg.rdf.TestDocuments.DRAGONFLY;
import static org.softkg.rdf.TestDocuments.FREEBSD;
import static org.softkg.rdf.TestDocuments.UNIX;

import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;
import org.softkg.model.Span;

class DocumentRdfTest {

    private static final Node FORKED_FROM = Vocab.kg("forkedFrom");

    private final Document doc = TestDocuments.dragonFly("DragonFly_BSD");
    private final Graph graph = new DocumentRdf(Reification.RDF12).toGraph(doc);

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private List<Node> reifiersOf(Node s, Node p, Node o) {
        return graph.find(Node.ANY, RDF.Nodes.reifies, NodeFactory.createTripleTerm(s, p, o))
                .mapWith(Triple::getSubject).toList();
    }

    @Test
    void factIsAPlainTriple() {
        assertTrue(graph.contains(uri(DRAGONFLY), FORKED_FROM, uri(FREEBSD)));
        assertTrue(graph.contains(uri(DRAGONFLY), Vocab.kg("developedBy"), uri(DILLON)));
    }

    @Test
    void entitiesHaveTypeLabelAndAliases() {
        Node df = uri(DRAGONFLY);
        assertTrue(graph.contains(df, RDF.Nodes.type, Vocab.kg("OperatingSystem")));
        assertTrue(graph.contains(df, RDFS.Nodes.label, str("DragonFly BSD")));
        assertTrue(graph.contains(df, SKOS.altLabel.asNode(), str("DragonFly")));
        assertTrue(graph.contains(uri(DILLON), RDF.Nodes.type, Vocab.kg("Person")));
    }

    @Test
    void untypedEntityOutsideFactsIsLeftOut() {
        assertFalse(graph.contains(uri(UNIX), Node.ANY, Node.ANY));
    }

    @Test
    void untypedEntityInAFactIsASoftwareEntity() {
        String x = Vocab.ENTITY_NS + "X";
        String y = Vocab.ENTITY_NS + "Y";
        Document d = new Document("d", null, "-", List.of(TestDocuments.sentence(0, "X uses Y")), List.of(),
                List.of(new Entity(x, "X", Set.of(), Set.of()), new Entity(y, "Y", Set.of(), Set.of("Library"))),
                List.of(new Fact(x, "uses", y, 1, "r", new Evidence("d", 0, new Span(0, 1), new Span(2, 3), new Span(0, 3)))));
        Graph g = new DocumentRdf(Reification.RDF12).toGraph(d);
        assertTrue(g.contains(uri(x), RDF.Nodes.type, Vocab.SoftwareEntity));
        assertFalse(g.contains(uri(y), RDF.Nodes.type, Vocab.SoftwareEntity));
    }

    @Test
    void factReadInTwoSentencesHasOneTripleAndTwoReifiers() {
        assertEquals(1, graph.find(uri(DRAGONFLY), FORKED_FROM, uri(FREEBSD)).toList().size());
        List<Node> reifiers = reifiersOf(uri(DRAGONFLY), FORKED_FROM, uri(FREEBSD));
        assertEquals(2, reifiers.size());
        Set<Node> sentences = Set.of(uri(DocumentIris.sentence("DragonFly_BSD", 0)),
                uri(DocumentIris.sentence("DragonFly_BSD", 1)));
        for (Node r : reifiers) {
            Node sentence = graph.find(r, Vocab.wasDerivedFrom, Node.ANY).next().getObject();
            assertTrue(sentences.contains(sentence), sentence::toString);
        }
    }

    @Test
    void reifierCarriesProvenance() {
        Node r = uri(DocumentIris.extraction(doc.facts().get(0)));
        Node sentence = uri(DocumentIris.sentence("DragonFly_BSD", 0));
        assertTrue(graph.contains(r, RDF.Nodes.reifies, NodeFactory.createTripleTerm(uri(DRAGONFLY), FORKED_FROM, uri(FREEBSD))));
        assertTrue(graph.contains(r, RDF.Nodes.type, Vocab.Extraction));
        assertTrue(graph.contains(r, Vocab.wasDerivedFrom, sentence));
        assertTrue(graph.contains(r, Vocab.rule, str("fork-passive")));
        assertTrue(graph.contains(r, Vocab.confidence, NodeValue.makeDouble(0.9).asNode()));
        assertTrue(graph.contains(r, Vocab.tokenStart, NodeFactory.createLiteralDT("10", XSDDatatype.XSDinteger)));
        assertTrue(graph.contains(r, Vocab.tokenEnd, NodeFactory.createLiteralDT("13", XSDDatatype.XSDinteger)));
        assertTrue(graph.contains(r, Vocab.objectVersion, str("4.8")));
        assertFalse(graph.contains(r, Vocab.subjectVersion, Node.ANY));
    }

    @Test
    void sentenceHasTextIndexAndDocument() {
        Node sentence = uri(DocumentIris.sentence("DragonFly_BSD", 2));
        assertTrue(graph.contains(sentence, RDF.Nodes.type, Vocab.Sentence));
        assertTrue(graph.contains(sentence, Vocab.text, str("Matthew Dillon created DragonFly BSD in 2003 .")));
        assertTrue(graph.contains(sentence, Vocab.sentenceIndex, NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger)));
        assertTrue(graph.contains(sentence, Vocab.document, DocumentRdf.documentNode("DragonFly_BSD")));
    }

    @Test
    void documentHasTitleAndSource() {
        Node d = DocumentRdf.documentNode("DragonFly_BSD");
        assertTrue(graph.contains(d, RDF.Nodes.type, Vocab.Document));
        assertTrue(graph.contains(d, RDFS.Nodes.label, str("DragonFly BSD")));
        assertTrue(graph.contains(d, Vocab.source, str("examples/DragonFly_BSD.txt")));
    }

    @Test
    void convertingTwiceGivesTheSameTriples() {
        Graph again = new DocumentRdf(Reification.RDF12).toGraph(TestDocuments.dragonFly("DragonFly_BSD"));
        assertEquals(Set.copyOf(graph.find().toList()), Set.copyOf(again.find().toList()));
    }

    @Test
    void rdf11FormUsesStatements() {
        Graph g = new DocumentRdf(Reification.RDF11).toGraph(doc);
        Node r = uri(DocumentIris.extraction(doc.facts().get(0)));
        assertTrue(g.contains(r, RDF.Nodes.type, RDF.Nodes.Statement));
        assertTrue(g.contains(r, RDF.Nodes.subject, uri(DRAGONFLY)));
        assertTrue(g.contains(r, RDF.Nodes.predicate, FORKED_FROM));
        assertTrue(g.contains(r, RDF.Nodes.object, uri(FREEBSD)));
        assertFalse(g.contains(Node.ANY, RDF.Nodes.reifies, Node.ANY));
        assertTrue(g.contains(uri(DRAGONFLY), FORKED_FROM, uri(FREEBSD)));
    }

    @Test
    void sparqlFindsTheReifierByItsTripleTerm() {
        String sparql = "PREFIX rdf: <" + RDF.getURI() + "> PREFIX kg: <" + Vocab.ONTOLOGY_NS + ">\n"
                + "SELECT ?r ?s ?o { ?r rdf:reifies <<( ?s kg:forkedFrom ?o )>> }";
        try (QueryExecution qe = QueryExecution.create().query(sparql)
                .model(ModelFactory.createModelForGraph(graph)).build()) {
            ResultSetRewindable rs = ResultSetFactory.copyResults(qe.execSelect());
            assertEquals(2, rs.size());
            assertEquals(DRAGONFLY, rs.next().getResource("s").getURI());
        }
    }

    @Test
    void unknownRelationFailsWithItsName() {
        Document bad = TestDocuments.single("bad", "A", "eats", "B");
        var e = assertThrows(IllegalArgumentException.class, () -> new DocumentRdf(Reification.RDF12).toGraph(bad));
        assertTrue(e.getMessage().contains("'eats'"), e.getMessage());
    }

    @Test
    void factWithAnUnlistedEntityFails() {
        Document d = TestDocuments.single("d", "A", "uses", "B");
        Document missing = d.withEntities(List.of(d.entities().get(0)));
        var e = assertThrows(IllegalArgumentException.class, () -> new DocumentRdf(Reification.RDF12).toGraph(missing));
        assertTrue(e.getMessage().contains(Vocab.ENTITY_NS + "B"), e.getMessage());
    }
}
