package org.softkg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.softkg.rdf.Vocab;

/**
 * The sentence that supports a fact, read from the fact's reifier: its text, document, position, the
 * rule that matched and the confidence.
 *
 * @param text       the sentence text
 * @param document   the document's label (or IRI)
 * @param sentence   the 0-based sentence index, or -1 when unknown
 * @param rule       the rule id, or empty
 * @param confidence the confidence, or NaN when absent
 */
public record Evidence(String text, String document, int sentence, String rule, double confidence) {

    /**
     * The evidence of a triple: one entry per reifier, RDF 1.2 ({@code rdf:reifies <<( s p o )>>}) or
     * RDF 1.1 ({@code rdf:subject}, {@code rdf:predicate}, {@code rdf:object}); ordered by confidence,
     * highest first, then document and sentence.
     */
    public static List<Evidence> of(Graph graph, Triple fact) {
        List<Node> reifiers = new ArrayList<>();
        graph.find(Node.ANY, RDF.Nodes.reifies, NodeFactory.createTripleTerm(fact)).forEach(t -> reifiers.add(t.getSubject()));
        graph.find(Node.ANY, RDF.Nodes.subject, fact.getSubject()).forEach(t -> {
            Node r = t.getSubject();
            if (graph.contains(r, RDF.Nodes.predicate, fact.getPredicate()) && graph.contains(r, RDF.Nodes.object, fact.getObject())
                    && !reifiers.contains(r)) {
                reifiers.add(r);
            }
        });
        List<Evidence> out = new ArrayList<>();
        for (Node r : reifiers) {
            out.add(read(graph, r));
        }
        out.sort(Comparator.comparingDouble((Evidence e) -> Double.isNaN(e.confidence()) ? -1 : e.confidence()).reversed()
                .thenComparing(Evidence::document).thenComparingInt(Evidence::sentence));
        return out;
    }

    private static Evidence read(Graph graph, Node reifier) {
        Node sentence = one(graph, reifier, Vocab.wasDerivedFrom);
        String text = "";
        String document = "";
        int index = -1;
        if (sentence != null) {
            Node t = one(graph, sentence, Vocab.text);
            text = t != null && t.isLiteral() ? t.getLiteralLexicalForm() : "";
            Node d = one(graph, sentence, Vocab.document);
            document = d == null ? "" : documentName(d);
            Node i = one(graph, sentence, Vocab.sentenceIndex);
            if (i != null && i.isLiteral() && i.getLiteralValue() instanceof Number n) {
                index = n.intValue();
            }
        }
        Node rule = one(graph, reifier, Vocab.rule);
        Node conf = one(graph, reifier, Vocab.confidence);
        double c = conf != null && conf.isLiteral() && conf.getLiteralValue() instanceof Number n ? n.doubleValue() : Double.NaN;
        return new Evidence(text, document, index, rule != null && rule.isLiteral() ? rule.getLiteralLexicalForm() : "", c);
    }

    /** A document's id: the last segment of its IRI under the softkg document namespace. */
    private static String documentName(Node d) {
        if (d.isURI() && d.getURI().startsWith(Vocab.DOC_NS)) {
            return d.getURI().substring(Vocab.DOC_NS.length());
        }
        return Labels.shortForm(d);
    }

    private static Node one(Graph graph, Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /**
     * {@code DragonFly_BSD sentence 1, rule fork-description, confidence 0.90}: sentences counted from 1,
     * as {@code softkg extract} prints them ({@code kg:sentenceIndex} counts from 0).
     */
    public String source() {
        StringBuilder sb = new StringBuilder(document.isEmpty() ? "?" : document);
        if (sentence >= 0) {
            sb.append(" sentence ").append(sentence + 1);
        }
        if (!rule.isEmpty()) {
            sb.append(", rule ").append(rule);
        }
        if (!Double.isNaN(confidence)) {
            sb.append(String.format(java.util.Locale.ROOT, ", confidence %.2f", confidence));
        }
        return sb.toString();
    }
}
