package org.softkg.graph;

import java.io.PrintWriter;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Prints a lineage as two trees, ancestors and descendants:
 * <pre>
 * DragonFly BSD  [OperatingSystem]
 * ancestors
 * └── forkedFrom → FreeBSD  [OperatingSystem]
 *         "DragonFly BSD is a ... forked from FreeBSD 4.8 ." (DragonFly_BSD sentence 1, ...)
 * descendants
 *     (none)
 * </pre>
 * With {@code why}, each edge is followed by the sentences that state it.
 */
public final class LineageText {

    private final Graph graph;
    private final boolean why;

    /** A printer naming entities from {@code graph}; {@code why} adds the supporting sentences. */
    public LineageText(Graph graph, boolean why) {
        this.graph = graph;
        this.why = why;
    }

    /** Writes the result. */
    public void write(Lineage.Result result, PrintWriter out) {
        out.println(name(result.root()));
        section("ancestors", result.ancestors(), true, out);
        section("descendants", result.descendants(), false, out);
        out.flush();
    }

    private void section(String title, Lineage.TreeNode root, boolean upward, PrintWriter out) {
        out.println(title);
        if (root.children().isEmpty()) {
            out.println("    (none)");
            return;
        }
        children(root.children(), "", upward, out);
    }

    private void children(List<Lineage.TreeNode> nodes, String prefix, boolean upward, PrintWriter out) {
        for (int i = 0; i < nodes.size(); i++) {
            Lineage.TreeNode n = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            String edge = upward ? n.edge().relation() + " → " : "← " + n.edge().relation() + " ";
            out.println(prefix + (last ? "└── " : "├── ") + edge + name(n.entity())
                    + (n.repeated() ? "  (shown above)" : ""));
            String inner = prefix + (last ? "    " : "│   ");
            if (why) {
                List<Evidence> evidence = n.edge().evidence();
                if (evidence.isEmpty()) {
                    out.println(inner + "    (no sentence recorded)");
                }
                for (Evidence e : evidence) {
                    out.println(inner + "    \"" + e.text() + "\"");
                    out.println(inner + "      (" + e.source() + ")");
                }
            }
            children(n.children(), inner, upward, out);
        }
    }

    private String name(Node entity) {
        List<String> types = Labels.types(graph, entity);
        return Labels.label(graph, entity) + (types.isEmpty() ? "" : "  [" + String.join(", ", types) + "]");
    }
}
