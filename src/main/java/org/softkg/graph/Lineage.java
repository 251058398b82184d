package org.softkg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.softkg.rdf.Vocab;

/**
 * The ancestry and descendants of an entity over the lineage relations: {@code kg:basedOn} and
 * {@code kg:successorOf}, their sub-properties ({@code kg:forkedFrom}) and their inverses
 * ({@code kg:hasFork}, {@code kg:predecessorOf}), all read from the ontology. Every edge is kept in
 * the direction child to parent ({@code DragonFly BSD forkedFrom FreeBSD}), whichever way it was stated.
 */
public final class Lineage {

    /** The roots of the lineage relations in the ontology. */
    public static final List<Node> ROOT_RELATIONS = List.of(Vocab.kg("basedOn"), Vocab.kg("successorOf"));

    /**
     * One entity of the tree and the edge that reached it.
     *
     * @param entity   the entity IRI
     * @param edge     the edge from the parent tree node (null at the root)
     * @param children the next generation (parents for ancestry, children for descendants)
     * @param repeated true when the entity was already shown higher up (its subtree is not repeated)
     */
    public record TreeNode(Node entity, LineageEdge edge, List<TreeNode> children, boolean repeated) {
    }

    /**
     * A lineage fact, child to parent.
     *
     * @param child    the derived entity
     * @param relation the forward relation's local name ({@code forkedFrom})
     * @param parent   the origin
     * @param evidence the sentences that state it (in either direction)
     */
    public record LineageEdge(Node child, String relation, Node parent, List<Evidence> evidence) {
    }

    /**
     * The whole answer.
     *
     * @param root        the entity asked about
     * @param ancestors   tree of origins (children of the root are its parents)
     * @param descendants tree of derived entities
     */
    public record Result(Node root, TreeNode ancestors, TreeNode descendants) {
    }

    private final Graph graph;
    private final Map<Node, List<LineageEdge>> up = new LinkedHashMap<>();
    private final Map<Node, List<LineageEdge>> down = new LinkedHashMap<>();

    /** Collects the lineage edges of {@code graph} (which must hold the ontology, or have it added). */
    public Lineage(Graph graph) {
        this.graph = graph;
        Graph ontology = Vocab.ontology();
        Set<Node> forward = forwardRelations(ontology);
        Map<Node, Node> inverses = inverses(ontology, forward);
        Set<List<Node>> seen = new HashSet<>();
        graph.find().forEach(t -> {
            Node p = t.getPredicate();
            if (!KgGraph.isEntity(t.getSubject()) || !KgGraph.isEntity(t.getObject())) {
                return;
            }
            Node child;
            Node parent;
            Node rel;
            if (forward.contains(p)) {
                child = t.getSubject();
                parent = t.getObject();
                rel = p;
            } else if (inverses.containsKey(p)) {
                child = t.getObject();
                parent = t.getSubject();
                rel = inverses.get(p);
            } else {
                return;
            }
            if (seen.add(List.of(child, rel, parent))) {
                List<Evidence> ev = new ArrayList<>(Evidence.of(graph, Triple.create(child, rel, parent)));
                for (var inv : inverses.entrySet()) {
                    if (inv.getValue().equals(rel)) {
                        ev.addAll(Evidence.of(graph, Triple.create(parent, inv.getKey(), child)));
                    }
                }
                LineageEdge e = new LineageEdge(child, rel.getURI().substring(Vocab.ONTOLOGY_NS.length()), parent, List.copyOf(ev));
                up.computeIfAbsent(child, k -> new ArrayList<>()).add(e);
                down.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
            }
        });
        Comparator<LineageEdge> order = Comparator.comparing(LineageEdge::relation)
                .thenComparing(e -> Labels.label(graph, e.parent()).toLowerCase(java.util.Locale.ROOT))
                .thenComparing(e -> Labels.label(graph, e.child()).toLowerCase(java.util.Locale.ROOT));
        up.values().forEach(l -> l.sort(order));
        down.values().forEach(l -> l.sort(order));
    }

    /** {@code kg:basedOn}, {@code kg:successorOf} and every sub-property of them. */
    static Set<Node> forwardRelations(Graph ontology) {
        Set<Node> out = new LinkedHashSet<>(ROOT_RELATIONS);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Triple t : ontology.find(Node.ANY, RDFS.subPropertyOf.asNode(), Node.ANY).toList()) {
                if (out.contains(t.getObject()) && out.add(t.getSubject())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    /** Inverse property to the forward relation it reverses ({@code kg:hasFork} to {@code kg:forkedFrom}). */
    static Map<Node, Node> inverses(Graph ontology, Set<Node> forward) {
        Map<Node, Node> out = new LinkedHashMap<>();
        ontology.find(Node.ANY, OWL.inverseOf.asNode(), Node.ANY).forEach(t -> {
            if (forward.contains(t.getSubject()) && !forward.contains(t.getObject())) {
                out.put(t.getObject(), t.getSubject());
            } else if (forward.contains(t.getObject()) && !forward.contains(t.getSubject())) {
                out.put(t.getSubject(), t.getObject());
            }
        });
        return out;
    }

    /** The lineage of {@code entity}, following at most {@code depth} generations each way (0: all). */
    public Result of(Node entity, int depth) {
        int max = depth <= 0 ? Integer.MAX_VALUE : depth;
        TreeNode ancestors = walk(entity, null, up, true, max, new HashSet<>(Set.of(entity)));
        TreeNode descendants = walk(entity, null, down, false, max, new HashSet<>(Set.of(entity)));
        return new Result(entity, ancestors, descendants);
    }

    private TreeNode walk(Node at, LineageEdge via, Map<Node, List<LineageEdge>> edges, boolean upward, int depthLeft,
                          Set<Node> shown) {
        List<TreeNode> children = new ArrayList<>();
        if (depthLeft > 0) {
            for (LineageEdge e : edges.getOrDefault(at, List.of())) {
                Node next = upward ? e.parent() : e.child();
                if (shown.add(next)) {
                    children.add(walk(next, e, edges, upward, depthLeft - 1, shown));
                } else {
                    children.add(new TreeNode(next, e, List.of(), true));
                }
            }
        }
        return new TreeNode(at, via, List.copyOf(children), false);
    }

    /** The graph the lineage was read from. */
    public Graph graph() {
        return graph;
    }

    /** The entities and edges of a result, as a property graph for the DOT and HTML exports. */
    public KgGraph toKgGraph(Result result) {
        Map<Node, KgGraph.KgNode> nodes = new LinkedHashMap<>();
        Map<List<Node>, KgGraph.KgEdge> edges = new LinkedHashMap<>();
        collect(result.ancestors(), nodes, edges);
        collect(result.descendants(), nodes, edges);
        return KgGraph.sorted(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()));
    }

    private void collect(TreeNode n, Map<Node, KgGraph.KgNode> nodes, Map<List<Node>, KgGraph.KgEdge> edges) {
        nodes.computeIfAbsent(n.entity(), e -> KgGraph.node(graph, e));
        if (n.edge() != null) {
            LineageEdge e = n.edge();
            double conf = org.softkg.confidence.Confidence.combine(e.evidence(),
                ev -> ev.text().isEmpty() ? ev.document() + '#' + ev.sentence() : ev.text(), Evidence::confidence);
            edges.putIfAbsent(List.of(e.child(), Vocab.kg(e.relation()), e.parent()),
                    new KgGraph.KgEdge(e.child().getURI(), e.parent().getURI(), e.relation(), conf, e.evidence()));
        }
        n.children().forEach(c -> collect(c, nodes, edges));
    }
}
