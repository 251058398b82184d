package org.softkg.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/** The entailments of query --infer, on the hand-built lineage. */
class EntailmentTest {

    private static final Graph CLOSURE = Entailment.closure(TestGraphs.parse(TestGraphs.LINEAGE
            + "ent:alpha kg:similarTo ent:gamma . ent:jo a kg:Person ; rdfs:label \"Jo\" ."));

    private static Node ent(String local) {
        return org.apache.jena.graph.NodeFactory.createURI(Vocab.ENTITY_NS + local);
    }

    private static boolean holds(String s, String p, String o) {
        return CLOSURE.contains(ent(s), Vocab.kg(p), ent(o));
    }

    @Test
    void aForkIsBasedOnItsOrigin() {
        assertTrue(holds("beta", "basedOn", "alpha"));
    }

    @Test
    void basedOnIsTransitiveThroughForks() {
        assertTrue(holds("gamma", "basedOn", "alpha"), "gamma basedOn beta forkedFrom alpha");
        assertFalse(holds("gamma", "forkedFrom", "alpha"), "forkedFrom is not transitive");
    }

    @Test
    void inversesAreBothWays() {
        assertTrue(holds("alpha", "hasFork", "beta"));
        assertTrue(holds("gamma", "predecessorOf", "delta"));
        assertTrue(holds("acme", "developerOf", "beta"));
    }

    @Test
    void symmetricAndSuperProperties() {
        assertTrue(holds("gamma", "similarTo", "alpha"));
        assertTrue(holds("beta", "relatedTo", "alpha"));
        assertTrue(holds("alpha", "relatedTo", "beta"), "via the inverse hasFork");
    }

    @Test
    void classHierarchyTypesInstances() {
        assertTrue(CLOSURE.contains(ent("alpha"), org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.kg("Software")));
        assertTrue(CLOSURE.contains(ent("jo"), org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.kg("Agent")));
    }

    @Test
    void domainsAndRangesDoNotTypeEntities() {
        Graph wrong = Entailment.closure(TestGraphs.parse(TestGraphs.LINEAGE + "ent:beta kg:developedBy ent:alpha ."));
        assertFalse(wrong.contains(ent("alpha"), org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.Agent));
    }
}
