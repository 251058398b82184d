package org.softkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.StatementReification;

/** The shapes of ontology/shapes.ttl on hand-built clean and broken graphs. */
class GraphValidatorTest {

    private static final GraphValidator VALIDATOR = GraphValidator.withDefaultShapes();

    private static ValidationSummary violations(String turtle) {
        GraphValidator.Validation v = VALIDATOR.validate(TestGraphs.parse(turtle));
        assertFalse(v.conforms(), "expected violations");
        return v.summary();
    }

    private static boolean has(ValidationSummary s, String shape, String constraint, String focus) {
        return s.groups().stream().anyMatch(g -> g.shape().equals(shape) && g.constraint().equals(constraint)
                && g.examples().stream().anyMatch(e -> e.focus().equals(focus)));
    }

    @Test
    void cleanGraphConforms() {
        GraphValidator.Validation v = VALIDATOR.validate(TestGraphs.parse(TestGraphs.LINEAGE));
        assertTrue(v.conforms(), () -> v.summary().groups().toString());
        assertEquals(0, v.summary().total());
    }

    @Test
    void rdf11StatementReificationConformsToo() {
        Graph rdf11 = StatementReification.toStatements(TestGraphs.parse(TestGraphs.LINEAGE));
        assertTrue(VALIDATOR.validate(rdf11).conforms());
    }

    @Test
    void objectOutsideTheRangeIsAViolation() {
        ValidationSummary s = violations(TestGraphs.LINEAGE + "ent:beta kg:developedBy ent:alpha .");
        assertTrue(has(s, "kgs:developedBy-range", "sh:ClassConstraintComponent", "Alpha OS"), s.toString());
        assertEquals(1, s.total(), s.toString());
    }

    @Test
    void subjectOutsideTheInheritedDomainIsAViolation() {
        ValidationSummary s = violations(TestGraphs.LINEAGE + "ent:acme kg:forkedFrom ent:alpha .");
        assertTrue(has(s, "kgs:forkedFrom-domain", "sh:ClassConstraintComponent", "Acme"), s.toString());
    }

    @Test
    void subclassesSatisfyTheRange() {
        // a Person is a kg:Agent by the ontology's class hierarchy
        String person = "ent:jo a kg:Person ; rdfs:label \"Jo\" . ent:beta kg:developedBy ent:jo .";
        assertTrue(VALIDATOR.validate(TestGraphs.parse(TestGraphs.LINEAGE + person)).conforms());
    }

    @Test
    void entityWithoutLabelOrTypeIsAViolation() {
        ValidationSummary s = violations(TestGraphs.LINEAGE + "ent:gamma kg:runsOn ent:nameless .");
        List<String> constraints = s.groups().stream().filter(g -> g.shape().startsWith("kgs:Entity"))
                .map(g -> g.path() + " " + g.constraint()).sorted().toList();
        assertEquals(List.of("rdf:type sh:MinCountConstraintComponent", "rdfs:label sh:MinCountConstraintComponent"),
                constraints, s.toString());
    }

    @Test
    void confidenceOutOfRangeOrNotADoubleIsAViolation() {
        String high = TestGraphs.LINEAGE.replace("\"0.85\"^^xsd:double", "\"1.5\"^^xsd:double");
        ValidationSummary s = violations(high);
        assertTrue(s.groups().stream().anyMatch(g -> g.shape().equals("kgs:Confidence-value")
                && g.constraint().equals("sh:MaxInclusiveConstraintComponent")), s.toString());
        String text = TestGraphs.LINEAGE.replace("\"0.85\"^^xsd:double", "\"high\"");
        ValidationSummary t = violations(text);
        assertTrue(t.groups().stream().anyMatch(g -> g.constraint().equals("sh:DatatypeConstraintComponent")), t.toString());
    }

    @Test
    void extractionWithoutItsSentenceRuleOrTripleIsAViolation() {
        String bad = "<https://w3id.org/softkg/doc/Test/fact/bad> a kg:Extraction ; kg:confidence 0.5e0 .";
        ValidationSummary s = violations(TestGraphs.LINEAGE + bad);
        List<String> found = s.groups().stream().filter(g -> g.shape().startsWith("kgs:Extraction"))
                .map(g -> g.constraint() + " " + g.path()).sorted().toList();
        assertEquals(List.of("sh:MinCountConstraintComponent kg:rule", "sh:MinCountConstraintComponent prov:wasDerivedFrom",
                "sh:OrConstraintComponent "), found, s.toString());
    }

    @Test
    void sentenceWithoutTextOrDocumentIsAViolation() {
        String bad = "<https://w3id.org/softkg/doc/Test/sentence/9> a kg:Sentence .";
        ValidationSummary s = violations(TestGraphs.LINEAGE + bad);
        List<String> paths = s.groups().stream().filter(g -> g.shape().startsWith("kgs:Sentence")).map(ValidationSummary.Group::path)
                .sorted().toList();
        assertEquals(List.of("kg:document", "kg:text"), paths, s.toString());
    }
}
