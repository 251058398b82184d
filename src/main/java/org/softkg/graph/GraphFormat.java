package org.softkg.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The property-graph export formats, for the tools users pair with RDF. */
public enum GraphFormat {
    /** nodes.csv and edges.csv for {@code neo4j-admin database import}. */
    CSV("csv"),
    /** GraphML, for Gephi, yEd, NetworkX. */
    GRAPHML("graphml", "graphml"),
    /** Graphviz. */
    DOT("dot", "dot", "gv"),
    /** One self-contained interactive HTML page. */
    HTML("html", "html", "htm");

    private final String name;
    private final List<String> extensions;

    GraphFormat(String name, String... extensions) {
        this.name = name;
        this.extensions = List.of(extensions);
    }

    /** The name users give with {@code --format}. */
    public String formatName() {
        return name;
    }

    /** The format of a {@code --format} name, if it is one of these. */
    public static Optional<GraphFormat> fromName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(n)).findFirst();
    }

    /** The format of an output file name's extension, if it is one of these (CSV writes a folder: never by extension). */
    public static Optional<GraphFormat> fromFileName(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.extensions.stream().anyMatch(e -> f.endsWith("." + e))).findFirst();
    }

    /** Every name. */
    public static List<String> names() {
        return Arrays.stream(values()).map(GraphFormat::formatName).toList();
    }
}
