package org.softkg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.softkg.rdf.Vocab;

/**
 * The knowledge graph as a property graph for graph tools: entities as nodes, facts (triples of a
 * softkg relation between two entities) as edges with their confidence and supporting sentences.
 * Provenance nodes (documents, sentences, extractions) and the ontology are left out.
 *
 * @param nodes entities, sorted by label then IRI
 * @param edges facts, sorted by source, relation, target
 */
public record KgGraph(List<KgNode> nodes, List<KgEdge> edges) {

    /**
     * An entity.
     *
     * @param id      its IRI
     * @param label   its rdfs:label (or short IRI)
     * @param types   local names of its softkg classes
     * @param aliases its skos:altLabels
     */
    public record KgNode(String id, String label, List<String> types, List<String> aliases) {
    }

    /**
     * A fact.
     *
     * @param source     subject IRI
     * @param target     object IRI
     * @param relation   the relation's local name ({@code forkedFrom})
     * @param confidence its extractions' confidences combined by noisy-or over distinct sentences
     *                   ({@link org.softkg.confidence.Confidence#combine}), NaN when none is recorded
     * @param evidence   the sentences that state it
     */
    public record KgEdge(String source, String target, String relation, double confidence, List<Evidence> evidence) {
    }

    public KgGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Reads the entities and facts of an RDF graph (RDF 1.2 or RDF 1.1 reification). */
    public static KgGraph read(Graph graph) {
        Set<Node> entities = new TreeSet<>(Comparator.comparing(Node::getURI));
        List<KgEdge> edges = new ArrayList<>();
        graph.find().forEach(t -> {
            if (isEntity(t.getSubject())) {
                entities.add(t.getSubject());
            }
            if (isEntity(t.getObject())) {
                entities.add(t.getObject());
            }
        });
        graph.find().forEach(t -> {
            Node p = t.getPredicate();
            if (isEntity(t.getSubject()) && isEntity(t.getObject()) && p.isURI() && p.getURI().startsWith(Vocab.ONTOLOGY_NS)) {
                edges.add(edge(graph, t));
            }
        });
        List<KgNode> nodes = new ArrayList<>();
        for (Node e : entities) {
            nodes.add(node(graph, e));
        }
        return sorted(nodes, edges);
    }

    static KgGraph sorted(List<KgNode> nodes, List<KgEdge> edges) {
        List<KgNode> n = new ArrayList<>(nodes);
        n.sort(Comparator.comparing(KgNode::label, String.CASE_INSENSITIVE_ORDER).thenComparing(KgNode::id));
        List<KgEdge> e = new ArrayList<>(edges);
        e.sort(Comparator.comparing(KgEdge::source).thenComparing(KgEdge::relation).thenComparing(KgEdge::target));
        return new KgGraph(n, e);
    }

    /** The node of one entity. */
    static KgNode node(Graph graph, Node entity) {
        return new KgNode(entity.getURI(), Labels.label(graph, entity), Labels.types(graph, entity), Labels.aliases(graph, entity));
    }

    /** The edge of one fact triple. */
    static KgEdge edge(Graph graph, Triple fact) {
        List<Evidence> evidence = Evidence.of(graph, fact);
        double conf = org.softkg.confidence.Confidence.combine(evidence,
                ev -> ev.text().isEmpty() ? ev.document() + '#' + ev.sentence() : ev.text(), Evidence::confidence);
        return new KgEdge(fact.getSubject().getURI(), fact.getObject().getURI(),
                fact.getPredicate().getURI().substring(Vocab.ONTOLOGY_NS.length()), conf, evidence);
    }

    /** True for an IRI under the entity namespace. */
    public static boolean isEntity(Node n) {
        return n.isURI() && n.getURI().startsWith(Vocab.ENTITY_NS);
    }

    /** The nodes by id. */
    public Map<String, KgNode> nodesById() {
        Map<String, KgNode> m = new LinkedHashMap<>();
        nodes.forEach(n -> m.put(n.id(), n));
        return m;
    }

    /** The IRI node of an id. */
    static Node iri(String id) {
        return NodeFactory.createURI(id);
    }
}
