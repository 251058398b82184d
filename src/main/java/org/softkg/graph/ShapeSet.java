package org.softkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/** The SHACL shapes of the graph: {@code ontology/shapes.ttl} from the classpath, or a user's file. */
public final class ShapeSet {

    /** Classpath location of the default shapes (the pom packages {@code ontology/} there). */
    public static final String RESOURCE = "/org/softkg/ontology/shapes.ttl";

    private ShapeSet() {
    }

    /** The default shapes as an RDF graph. */
    public static Graph defaultGraph() {
        try (InputStream in = ShapeSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("shapes " + RESOURCE + " not on the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /** The default shapes, parsed for validation. */
    public static Shapes defaults() {
        return Shapes.parse(defaultGraph());
    }

    /** Shapes read from a Turtle (or any RDF syntax by extension) file. */
    public static Shapes read(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        return Shapes.parse(g);
    }
}
