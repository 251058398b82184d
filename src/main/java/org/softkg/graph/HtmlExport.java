package org.softkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes one self-contained HTML page that draws the graph: the data as JSON in a
 * {@code <script type="application/json" id="softkg-data">} element, and an inline script (no CDN, no
 * fetch) with a force layout on a canvas, relation names on the edges, dragging, zoom, a search box
 * and a panel with the sentences behind each fact.
 */
public final class HtmlExport {

    /** Classpath location of the page template. */
    public static final String TEMPLATE = "/org/softkg/graph/graph-view.html";
    /** Id of the script element holding the graph data. */
    public static final String DATA_ID = "softkg-data";

    private HtmlExport() {
    }

    /** Writes the page, titled {@code title}. */
    public static void write(KgGraph graph, String title, PrintWriter out) {
        String page = template()
                .replace("{{TITLE}}", escapeHtml(title))
                .replace("{{DATA}}", json(graph, title));
        out.print(page);
        out.flush();
    }

    /** The graph data as JSON, safe inside a script element ({@code <} written as {@code \u003c}). */
    static String json(KgGraph graph, String title) {
        JsonObject root = new JsonObject();
        root.put("title", title);
        JsonArray nodes = new JsonArray();
        for (KgGraph.KgNode n : graph.nodes()) {
            JsonObject o = new JsonObject();
            o.put("id", n.id());
            o.put("label", n.label());
            o.put("types", strings(n.types()));
            o.put("aliases", strings(n.aliases()));
            o.put("color", TypeColors.of(n.types()));
            nodes.add(o);
        }
        JsonArray edges = new JsonArray();
        for (KgGraph.KgEdge e : graph.edges()) {
            JsonObject o = new JsonObject();
            o.put("source", e.source());
            o.put("target", e.target());
            o.put("relation", e.relation());
            if (!Double.isNaN(e.confidence())) {
                o.put("confidence", org.apache.jena.atlas.json.JsonNumber.value(e.confidence()));
            }
            JsonArray ev = new JsonArray();
            for (Evidence x : e.evidence()) {
                JsonObject s = new JsonObject();
                s.put("text", x.text());
                s.put("source", x.source());
                ev.add(s);
            }
            o.put("evidence", ev);
            edges.add(o);
        }
        root.put("nodes", nodes);
        root.put("edges", edges);
        return root.toString().replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static JsonArray strings(java.util.List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("{", "&#123;");
    }

    private static String template() {
        try (InputStream in = HtmlExport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("template " + TEMPLATE + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + TEMPLATE, e);
        }
    }
}
