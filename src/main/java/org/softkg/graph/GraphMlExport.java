package org.softkg.graph;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GraphML (http://graphml.graphdrawing.org) that Gephi, yEd and NetworkX read: a directed
 * graph, nodes with {@code label}, {@code type}, {@code iri} and {@code aliases} attributes, edges with
 * {@code label} and {@code relation} (the relation name), {@code confidence} and {@code sentence}.
 */
public final class GraphMlExport {

    /** The GraphML namespace. */
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlExport() {
    }

    /** Writes the graph as UTF-8 GraphML. */
    public static void write(KgGraph graph, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("graphml");
        w.writeDefaultNamespace(NS);
        w.writeCharacters("\n");
        key(w, "label", "node", "label", "string");
        key(w, "type", "node", "type", "string");
        key(w, "iri", "node", "iri", "string");
        key(w, "aliases", "node", "aliases", "string");
        key(w, "elabel", "edge", "label", "string");
        key(w, "relation", "edge", "relation", "string");
        key(w, "confidence", "edge", "confidence", "double");
        key(w, "sentence", "edge", "sentence", "string");
        w.writeStartElement("graph");
        w.writeAttribute("id", "softkg");
        w.writeAttribute("edgedefault", "directed");
        w.writeCharacters("\n");
        Map<String, String> ids = new HashMap<>();
        int i = 0;
        for (KgGraph.KgNode n : graph.nodes()) {
            String id = "n" + i++;
            ids.put(n.id(), id);
            w.writeStartElement("node");
            w.writeAttribute("id", id);
            data(w, "label", n.label());
            data(w, "type", String.join(" ", n.types()));
            data(w, "iri", n.id());
            if (!n.aliases().isEmpty()) {
                data(w, "aliases", String.join("; ", n.aliases()));
            }
            w.writeEndElement();
            w.writeCharacters("\n");
        }
        int j = 0;
        for (KgGraph.KgEdge e : graph.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", "e" + j++);
            w.writeAttribute("source", ids.get(e.source()));
            w.writeAttribute("target", ids.get(e.target()));
            data(w, "elabel", e.relation());
            data(w, "relation", e.relation());
            if (!Double.isNaN(e.confidence())) {
                data(w, "confidence", Double.toString(e.confidence()));
            }
            List<Evidence> ev = e.evidence();
            if (!ev.isEmpty()) {
                data(w, "sentence", ev.get(0).text());
            }
            w.writeEndElement();
            w.writeCharacters("\n");
        }
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
        w.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
