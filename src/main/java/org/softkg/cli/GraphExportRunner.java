package org.softkg.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.softkg.graph.CsvExport;
import org.softkg.graph.DotExport;
import org.softkg.graph.GraphFormat;
import org.softkg.graph.GraphMlExport;
import org.softkg.graph.GraphSnapshot;
import org.softkg.graph.HtmlExport;
import org.softkg.graph.KgGraph;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.Vocab;
import org.softkg.store.TdbStore;

/** Writes a {@link KgGraph} in a property-graph format ({@code export --format csv|graphml|dot|html}, lineage). */
final class GraphExportRunner {

    private GraphExportRunner() {
    }

    /** The graph format asked for by {@code --format}, else by the output file's extension; empty for RDF. */
    static Optional<GraphFormat> requested(String format, Path output) {
        if (format != null) {
            return GraphFormat.fromName(format);
        }
        if (output != null && !"-".equals(output.toString())) {
            return GraphFormat.fromFileName(output.getFileName().toString());
        }
        return Optional.empty();
    }

    /** The entities and facts of the store, or of one document. */
    static KgGraph read(TdbStore store, Optional<String> document) {
        if (document.isEmpty()) {
            return KgGraph.read(GraphSnapshot.of(store.dataset()));
        }
        var dsg = store.dataset().asDatasetGraph();
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getGraph(DocumentRdf.documentNode(document.get())).find().forEach(g::add));
        Vocab.ontology().find().forEach(g::add);
        return KgGraph.read(g);
    }

    /** Writes the graph to {@code output} (a folder for CSV; a file or stdout otherwise). */
    static void write(KgGraph graph, GraphFormat format, Path output, String title) {
        if (format == GraphFormat.CSV) {
            if (output == null || "-".equals(output.toString())) {
                throw new UserException("csv export writes two files, " + CsvExport.NODES + " and " + CsvExport.EDGES
                        + ": give the folder with -o DIR");
            }
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw new UserException(output + ": not a folder; csv export writes "
                        + CsvExport.NODES + " and " + CsvExport.EDGES + " into the folder given with -o");
            }
            try {
                CsvExport.write(graph, output);
            } catch (IOException e) {
                throw new UserException(output + ": cannot write: " + e.getMessage(), e);
            }
            return;
        }
        try (OutputTarget target = OutputTarget.open(output, System.out)) {
            switch (format) {
                case GRAPHML -> {
                    try {
                        GraphMlExport.write(graph, target.stream());
                    } catch (XMLStreamException e) {
                        throw new UncheckedIOException(new IOException(e.getMessage(), e));
                    }
                }
                case DOT -> DotExport.write(graph, title, writer(target));
                case HTML -> HtmlExport.write(graph, title, writer(target));
                default -> throw new IllegalStateException(format.toString());
            }
            target.commit();
        }
    }

    private static PrintWriter writer(OutputTarget target) {
        return new PrintWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8));
    }
}
