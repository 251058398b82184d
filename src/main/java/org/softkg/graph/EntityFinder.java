package org.softkg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.softkg.rdf.Vocab;

/**
 * Finds an entity by name: its rdfs:label, else a skos:altLabel, compared case-insensitively; or its
 * IRI ({@code ent:freebsd} or the full IRI). Fails with the close names when none matches, and with
 * the candidates when several do.
 */
public final class EntityFinder {

    /** No entity has the name, or several have it; the message lists the names to try. */
    public static final class NameException extends IllegalArgumentException {
        NameException(String message) {
            super(message);
        }
    }

    private static final int MAX_SUGGESTIONS = 5;

    private final Graph graph;

    /** A finder over the entities of {@code graph}. */
    public EntityFinder(Graph graph) {
        this.graph = graph;
    }

    /**
     * The entity named {@code name}.
     *
     * @throws NameException when no entity or several entities have the name
     */
    public Node find(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        Node byIri = byIri(name.strip());
        if (byIri != null) {
            return byIri;
        }
        Set<Node> byLabel = matches(RDFS.label.asNode(), key);
        Set<Node> found = byLabel.isEmpty() ? matches(SKOS.altLabel.asNode(), key) : byLabel;
        if (found.size() == 1) {
            return found.iterator().next();
        }
        if (found.isEmpty()) {
            List<String> close = closeNames(key);
            throw new NameException("no entity named '" + name + "'"
                    + (close.isEmpty() ? "" : "; close names: " + String.join(", ", close)));
        }
        String list = found.stream()
                .map(n -> Labels.label(graph, n) + " (" + Labels.shortForm(n) + ", " + String.join("/", Labels.types(graph, n)) + ")")
                .collect(Collectors.joining(", "));
        throw new NameException("several entities are named '" + name + "': " + list + "; give the IRI instead");
    }

    private Node byIri(String name) {
        String iri = name.startsWith("ent:") ? Vocab.ENTITY_NS + name.substring(4) : name;
        if (!iri.startsWith(Vocab.ENTITY_NS)) {
            return null;
        }
        Node n = KgGraph.iri(iri);
        return graph.contains(n, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, n) ? n : null;
    }

    private Set<Node> matches(Node property, String key) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        graph.find(Node.ANY, property, Node.ANY).forEach(t -> {
            if (KgGraph.isEntity(t.getSubject()) && t.getObject().isLiteral()
                    && t.getObject().getLiteralLexicalForm().strip().toLowerCase(Locale.ROOT).equals(key)) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    /** Entity names near {@code key}: containing it or contained in it, or within a small edit distance. */
    List<String> closeNames(String key) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
            graph.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (!KgGraph.isEntity(t.getSubject()) || !t.getObject().isLiteral()) {
                    return;
                }
                String label = t.getObject().getLiteralLexicalForm();
                String l = label.toLowerCase(Locale.ROOT);
                int d = distance(key, l);
                int score = l.contains(key) || (key.contains(l) && l.length() >= 3) ? Math.min(d, 1) : d;
                if (score <= Math.max(2, key.length() / 3)) {
                    scores.merge(label, score, Math::min);
                }
            });
        }
        List<String> names = new ArrayList<>(scores.keySet());
        names.sort(Comparator.comparingInt((String s) -> scores.get(s)).thenComparing(String.CASE_INSENSITIVE_ORDER));
        return names.subList(0, Math.min(MAX_SUGGESTIONS, names.size()));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }
}
