package org.softkg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Rewrites RDF 1.2 reifiers ({@code r rdf:reifies <<( s p o )>>}) as RDF 1.1 statements
 * ({@code r a rdf:Statement; rdf:subject s; rdf:predicate p; rdf:object o}).
 */
public final class StatementReification {

    private StatementReification() {
    }

    /** A copy of {@code graph} with every {@code rdf:reifies} triple term rewritten; other triples unchanged. */
    public static Graph toStatements(Graph graph) {
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEach(t -> {
            if (t.getPredicate().equals(RDF.Nodes.reifies) && t.getObject().isTripleTerm()) {
                addStatement(out, t.getSubject(), t.getObject().getTriple());
            } else {
                out.add(t);
            }
        });
        return out;
    }

    private static void addStatement(Graph out, Node reifier, Triple triple) {
        out.add(reifier, RDF.Nodes.type, RDF.Nodes.Statement);
        out.add(reifier, RDF.Nodes.subject, triple.getSubject());
        out.add(reifier, RDF.Nodes.predicate, triple.getPredicate());
        out.add(reifier, RDF.Nodes.object, triple.getObject());
    }
}
