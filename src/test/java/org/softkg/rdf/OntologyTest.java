package org.softkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.softkg.model.EntityType;

class OntologyTest {

    private static final List<String> RELATIONS = List.of("forkedFrom", "basedOn", "developedBy", "writtenIn",
            "license", "runsOn", "supports", "successorOf", "influencedBy", "similarTo", "partOf", "implements",
            "uses", "importedFrom", "compatibleWith", "dependsOn");

    private final Graph ontology = Vocab.ontology();

    private boolean has(Node s, Node p, Node o) {
        return ontology.contains(s, p, o);
    }

    @Test
    void ontologyHasItsHeader() {
        Node iri = NodeFactory.createURI(Vocab.ONTOLOGY_IRI);
        assertTrue(has(iri, RDF.Nodes.type, OWL.Ontology.asNode()));
        assertTrue(has(iri, NodeFactory.createURI("http://purl.org/dc/terms/license"),
                NodeFactory.createURI("https://www.apache.org/licenses/LICENSE-2.0")));
        assertTrue(ontology.contains(iri, OWL.versionInfo.asNode(), Node.ANY));
    }

    @Test
    void everyRelationIsAnObjectPropertyWithLabelAndComment() {
        for (String r : RELATIONS) {
            Node p = Vocab.kg(r);
            assertTrue(has(p, RDF.Nodes.type, OWL.ObjectProperty.asNode()), r);
            assertTrue(ontology.contains(p, RDFS.Nodes.label, Node.ANY), r + " label");
            assertTrue(ontology.contains(p, RDFS.Nodes.comment, Node.ANY), r + " comment");
            assertTrue(Vocab.relationNames().contains(r), r + " in relationNames");
        }
    }

    @Test
    void relationNamesLeaveOutProvenanceProperties() {
        assertFalse(Vocab.relationNames().contains("document"));
        assertFalse(Vocab.relationNames().contains("relatedTo"));
        assertTrue(Vocab.relationNames().contains("hasFork"));
    }

    @Test
    void everyEntityTypeHasAClass() {
        for (EntityType t : EntityType.values()) {
            Node c = Vocab.kg(t.className());
            assertTrue(has(c, RDF.Nodes.type, OWL.Class.asNode()), t.className());
            assertTrue(ontology.contains(c, RDFS.Nodes.label, Node.ANY), t.className() + " label");
            assertTrue(ontology.contains(c, RDFS.Nodes.subClassOf, Node.ANY), t.className() + " superclass");
        }
    }

    @Test
    void wikiSerTypesAreSoftwareEntitiesAndAgentsAreNot() {
        for (EntityType t : EntityType.values()) {
            boolean software = subClassOf(Vocab.kg(t.className()), Vocab.SoftwareEntity);
            assertEquals(t.isWikiSer(), software, t.className());
            assertEquals(!t.isWikiSer(), subClassOf(Vocab.kg(t.className()), Vocab.Agent), t.className());
        }
    }

    @Test
    void forkedFromIsAKindOfBasedOn() {
        assertTrue(has(Vocab.kg("forkedFrom"), RDFS.Nodes.subPropertyOf, Vocab.kg("basedOn")));
    }

    @Test
    void similarityAndCompatibilityAreSymmetric() {
        assertTrue(has(Vocab.kg("similarTo"), RDF.Nodes.type, OWL.SymmetricProperty.asNode()));
        assertTrue(has(Vocab.kg("compatibleWith"), RDF.Nodes.type, OWL.SymmetricProperty.asNode()));
    }

    @Test
    void rangesOfTypedRelations() {
        assertTrue(has(Vocab.kg("developedBy"), RDFS.Nodes.range, Vocab.Agent));
        assertTrue(has(Vocab.kg("writtenIn"), RDFS.Nodes.range, Vocab.kg("ProgrammingLanguage")));
        assertTrue(has(Vocab.kg("license"), RDFS.Nodes.range, Vocab.kg("License")));
    }

    @Test
    void extractionIsAProvEntity() {
        assertTrue(has(Vocab.Extraction, RDFS.Nodes.subClassOf, NodeFactory.createURI(Vocab.PROV_NS + "Entity")));
    }

    @Test
    void everyVocabConstantInTheKgNamespaceIsDeclared() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field f : Vocab.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                if (n.getURI().startsWith(Vocab.ONTOLOGY_NS) && !ontology.contains(n, RDF.Nodes.type, Node.ANY)) {
                    missing.add(f.getName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKgTermUsedInTheOntologyIsDeclared() {
        List<String> undeclared = new ArrayList<>();
        ontology.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Vocab.ONTOLOGY_NS) && !ontology.contains(n, RDF.Nodes.type, Node.ANY)
                        && !undeclared.contains(n.getURI())) {
                    undeclared.add(n.getURI());
                }
            }
        });
        assertEquals(List.of(), undeclared);
    }

    private boolean subClassOf(Node c, Node ancestor) {
        if (c.equals(ancestor)) {
            return true;
        }
        return ontology.find(c, RDFS.Nodes.subClassOf, Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isURI() && subClassOf(t.getObject(), ancestor));
    }
}
