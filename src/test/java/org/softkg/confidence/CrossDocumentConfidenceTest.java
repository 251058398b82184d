package org.softkg.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.softkg.confidence.FactDocs.doc;
import static org.softkg.confidence.FactDocs.entity;
import static org.softkg.confidence.FactDocs.fact;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.softkg.graph.KgGraph;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.Reification;

/**
 * A fact stated in two documents is one triple with one reifier per sentence; a reader of the union of
 * the documents' graphs (the store's default graph) combines them as the extraction combines the
 * sentences of one document.
 */
class CrossDocumentConfidenceTest {

    private final Entity quill = entity("Quill Editor", "Application");
    private final Entity inkpad = entity("InkPad", "Application");

    private Document stating(String id, String sentence, double confidence) {
        return doc(id, sentence).withEntities(List.of(quill, inkpad))
                .withFacts(List.of(fact(id, quill, "forkedFrom", inkpad, confidence, "fork-noun", 0)));
    }

    @Test
    void twoDocumentsGiveOneEdgeWithTheCombinedConfidence() {
        Document a = stating("a", "Quill Editor is a fork of InkPad .", 0.8);
        Document b = stating("b", "Quill Editor was forked from InkPad in 2020 .", 0.7);
        DocumentRdf rdf = new DocumentRdf(Reification.RDF12);
        Graph union = GraphFactory.createDefaultGraph();
        rdf.toGraph(a).find().forEach(union::add);
        rdf.toGraph(b).find().forEach(union::add);
        List<KgGraph.KgEdge> edges = KgGraph.read(union).edges();
        assertEquals(1, edges.size());
        assertEquals(2, edges.get(0).evidence().size());
        assertEquals(1 - 0.2 * 0.3, edges.get(0).confidence(), 1e-9);

        Document both = doc("c", "Quill Editor is a fork of InkPad .", "Quill Editor was forked from InkPad in 2020 .")
                .withEntities(List.of(quill, inkpad))
                .withFacts(List.of(fact("c", quill, "forkedFrom", inkpad, 0.8, "fork-noun", 0),
                        fact("c", quill, "forkedFrom", inkpad, 0.7, "fork-passive", 1)));
        assertEquals(edges.get(0).confidence(), FactAggregation.of(both).get(0).confidence(), 1e-9);
    }

    @Test
    void theSameSentenceInTwoDocumentsCountsOnce() {
        Document a = stating("a", "Quill Editor is a fork of InkPad .", 0.8);
        Document b = stating("b", "Quill Editor is a fork of InkPad .", 0.8);
        DocumentRdf rdf = new DocumentRdf(Reification.RDF12);
        Graph union = GraphFactory.createDefaultGraph();
        rdf.toGraph(a).find().forEach(union::add);
        rdf.toGraph(b).find().forEach(union::add);
        assertEquals(0.8, KgGraph.read(union).edges().get(0).confidence(), 1e-9);
    }
}
