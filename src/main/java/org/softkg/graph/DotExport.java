package org.softkg.graph;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes the graph for Graphviz ({@code dot -Tsvg graph.dot -o graph.svg}): a digraph, one box per
 * entity labelled with its name and class and filled by class, one arrow per fact labelled with
 * the relation. Nodes are named by IRI; every string is quoted and escaped.
 */
public final class DotExport {

    private DotExport() {
    }

    /** Writes the digraph. */
    public static void write(KgGraph graph, String name, PrintWriter out) {
        out.println("digraph " + quote(name) + " {");
        out.println("  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false];");
        out.println("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];");
        out.println("  edge [fontname=\"Helvetica\", fontsize=10];");
        for (KgGraph.KgNode n : graph.nodes()) {
            String label = n.label() + (n.types().isEmpty() ? "" : "\n" + String.join(", ", n.types()));
            out.println("  " + quote(n.id()) + " [label=" + quote(label) + ", fillcolor=" + quote(TypeColors.of(n.types())) + "];");
        }
        for (KgGraph.KgEdge e : graph.edges()) {
            String tooltip = e.evidence().isEmpty() ? e.relation() : e.evidence().get(0).text();
            out.println("  " + quote(e.source()) + " -> " + quote(e.target()) + " [label=" + quote(e.relation())
                    + (Double.isNaN(e.confidence()) ? "" : ", confidence=" + quote(String.format(Locale.ROOT, "%.2f", e.confidence())))
                    + ", tooltip=" + quote(tooltip) + "];");
        }
        out.println("}");
        out.flush();
    }

    /** A DOT quoted string: backslashes and quotes escaped, line breaks as {@code \n}. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
