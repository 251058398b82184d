package org.softkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * The domain and range shapes of ontology/shapes.ttl are written by hand; this checks they are exactly
 * what the ontology implies: own, inherited from super-properties, swapped from inverses, both ways
 * for symmetric properties.
 */
class ShapesAgreeWithOntologyTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node TARGET_SUBJECTS = NodeFactory.createURI(SH + "targetSubjectsOf");
    private static final Node TARGET_OBJECTS = NodeFactory.createURI(SH + "targetObjectsOf");
    private static final Node CLASS = NodeFactory.createURI(SH + "class");

    @Test
    void domainAndRangeShapesAreThoseOfTheOntology() {
        assertEquals(implied(true), declared(TARGET_SUBJECTS), "domain shapes (sh:targetSubjectsOf + sh:class)");
        assertEquals(implied(false), declared(TARGET_OBJECTS), "range shapes (sh:targetObjectsOf + sh:class)");
    }

    @Test
    void theDeveloperRangeIsAgentAndForksInheritTheBasedOnDomain() {
        Map<String, Set<String>> ranges = implied(false);
        assertEquals(Set.of("Agent"), ranges.get("developedBy"));
        assertEquals(Set.of("SoftwareEntity"), implied(true).get("forkedFrom"));
        assertEquals(Set.of("Agent"), implied(true).get("developerOf"));
        assertFalse(ranges.containsKey("uses"), "kg:uses declares no range");
    }

    /** relation local name -> class local names, from sh:targetSubjectsOf or sh:targetObjectsOf shapes with sh:class. */
    private static Map<String, Set<String>> declared(Node target) {
        Graph shapes = ShapeSet.defaultGraph();
        Map<String, Set<String>> out = new TreeMap<>();
        shapes.find(Node.ANY, target, Node.ANY).forEach(t -> {
            Node p = t.getObject();
            if (!p.getURI().startsWith(Vocab.ONTOLOGY_NS) || !Vocab.relationNames().contains(local(p))) {
                return;
            }
            shapes.find(t.getSubject(), CLASS, Node.ANY)
                    .forEach(c -> out.computeIfAbsent(local(p), k -> new TreeSet<>()).add(local(c.getObject())));
        });
        return out;
    }

    /** relation local name -> implied domain (or range) class local names. */
    private static Map<String, Set<String>> implied(boolean domain) {
        Graph o = Vocab.ontology();
        Map<String, Set<String>> out = new TreeMap<>();
        for (String name : Vocab.relationNames()) {
            Set<String> classes = new TreeSet<>();
            Node p = Vocab.kg(name);
            for (Node q : superProperties(o, p)) {
                classes.addAll(objects(o, q, domain ? RDFS.domain.asNode() : RDFS.range.asNode()));
                for (Node inv : inverses(o, q)) {
                    classes.addAll(objects(o, inv, domain ? RDFS.range.asNode() : RDFS.domain.asNode()));
                    for (Node invSuper : superProperties(o, inv)) {
                        classes.addAll(objects(o, invSuper, domain ? RDFS.range.asNode() : RDFS.domain.asNode()));
                    }
                }
                if (o.contains(q, RDF.type.asNode(), OWL.SymmetricProperty.asNode())) {
                    classes.addAll(objects(o, q, domain ? RDFS.range.asNode() : RDFS.domain.asNode()));
                }
            }
            if (!classes.isEmpty()) {
                out.put(name, classes);
            }
        }
        return out;
    }

    private static Set<Node> superProperties(Graph o, Node p) {
        Set<Node> out = new HashSet<>(Set.of(p));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Node q : Set.copyOf(out)) {
                for (var t : o.find(q, RDFS.subPropertyOf.asNode(), Node.ANY).toList()) {
                    grew |= out.add(t.getObject());
                }
            }
        }
        return out;
    }

    private static Set<Node> inverses(Graph o, Node p) {
        Set<Node> out = new HashSet<>();
        o.find(p, OWL.inverseOf.asNode(), Node.ANY).forEach(t -> out.add(t.getObject()));
        o.find(Node.ANY, OWL.inverseOf.asNode(), p).forEach(t -> out.add(t.getSubject()));
        return out;
    }

    private static Set<String> objects(Graph o, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        o.find(s, p, Node.ANY).forEach(t -> out.add(local(t.getObject())));
        return out;
    }

    private static String local(Node n) {
        return n.getURI().substring(n.getURI().lastIndexOf('#') + 1);
    }
}
