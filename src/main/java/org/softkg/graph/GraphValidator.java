package org.softkg.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.softkg.rdf.Vocab;

/**
 * Validates a knowledge graph against SHACL shapes with Jena SHACL. The data graph is the given graph
 * plus the ontology, since {@code sh:class} follows {@code rdfs:subClassOf} in the data (an
 * operating system is a software entity only by the ontology's class hierarchy).
 */
public final class GraphValidator {

    private final Shapes shapes;

    /** A validator for these shapes. */
    public GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator for {@code ontology/shapes.ttl}. */
    public static GraphValidator withDefaultShapes() {
        return new GraphValidator(ShapeSet.defaults());
    }

    /** Validates {@code data} (not changed) with the ontology added. */
    public Validation validate(Graph data) {
        Graph g = GraphFactory.createDefaultGraph();
        data.find().forEach(g::add);
        Vocab.ontology().find().forEach(g::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        return new Validation(report, g, shapes.getGraph());
    }

    /**
     * The outcome of a validation.
     *
     * @param report the SHACL validation report
     * @param data   the graph that was validated (data plus ontology), for labels of focus nodes
     * @param shapes the shapes graph
     */
    public record Validation(ValidationReport report, Graph data, Graph shapes) {
        /** True when no result was reported. */
        public boolean conforms() {
            return report.conforms();
        }

        /** The readable summary of the results. */
        public ValidationSummary summary() {
            return ValidationSummary.of(report, data, shapes);
        }
    }
}
