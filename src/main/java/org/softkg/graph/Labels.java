package org.softkg.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.softkg.rdf.Vocab;

/** Readable names of graph nodes: the rdfs:label, else the prefixed IRI, else the node as Jena writes it. */
public final class Labels {

    private Labels() {
    }

    /** The node's first rdfs:label (by lexical order, so runs agree), else its short form. */
    public static String label(Graph graph, Node node) {
        if (node.isTripleTerm()) {
            Triple t = node.getTriple();
            return label(graph, t.getSubject()) + " " + shortForm(t.getPredicate()) + " " + label(graph, t.getObject());
        }
        if (!node.isURI() && !node.isBlank()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        }
        return graph.find(node, RDFS.label.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .sorted()
                .findFirst()
                .orElse(shortForm(node));
    }

    /** The alternative labels (skos:altLabel), sorted. */
    public static List<String> aliases(Graph graph, Node node) {
        List<String> out = new ArrayList<>();
        graph.find(node, SKOS.altLabel.asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t.getObject().getLiteralLexicalForm());
            }
        });
        out.sort(null);
        return out;
    }

    /** The local names of the node's softkg classes ({@code OperatingSystem}), sorted. */
    public static List<String> types(Graph graph, Node node) {
        List<String> out = new ArrayList<>();
        graph.find(node, RDF.type.asNode(), Node.ANY).forEach(t -> {
            Node c = t.getObject();
            if (c.isURI() && c.getURI().startsWith(Vocab.ONTOLOGY_NS)) {
                out.add(c.getURI().substring(Vocab.ONTOLOGY_NS.length()));
            }
        });
        out.sort(null);
        return out;
    }

    /** {@code kg:forkedFrom} for an IRI under a softkg prefix, the IRI otherwise. */
    public static String shortForm(Node node) {
        if (node.isURI()) {
            String s = Vocab.PREFIXES.shortForm(node.getURI());
            return s.equals(node.getURI()) ? "<" + s + ">" : s;
        }
        return node.toString();
    }
}
