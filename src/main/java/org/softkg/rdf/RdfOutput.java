package org.softkg.rdf;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Writes graphs and datasets with Jena's writers, the softkg prefixes, and RDF 1.1 reification
 * where the syntax has no triple terms (JSON-LD). The source is never modified, so a store's
 * graphs can be written inside a read transaction. (Jena's JSON-LD and RDF/XML writers take their
 * prefixes from the graph itself, not from the prefix map argument: graphs are written through a view
 * carrying the prefixes.)
 */
public final class RdfOutput {

    private static final PrefixMap PREFIXES = Prefixes.adapt(Vocab.PREFIXES);

    private RdfOutput() {
    }

    /** Writes a graph in {@code syntax}, in its pretty {@link RdfSyntax#format()}. */
    public static void write(OutputStream out, Graph graph, RdfSyntax syntax) {
        write(out, graph, syntax, syntax.format());
    }

    /** Writes a graph in {@code format}, a format of {@code syntax}. */
    public static void write(OutputStream out, Graph graph, RdfSyntax syntax, RDFFormat format) {
        Graph g = new WithPrefixes(syntax.hasTripleTerms() ? graph : StatementReification.toStatements(graph));
        RDFWriterRegistry.getWriterGraphFactory(format).create(format)
                .write(out, g, PREFIXES, null, RIOT.getContext().copy());
    }

    /** Writes a dataset in {@code format}, a format of the quad syntax {@code syntax}. */
    public static void write(OutputStream out, DatasetGraph dataset, RdfSyntax syntax, RDFFormat format) {
        if (!syntax.isQuads()) {
            throw new IllegalArgumentException(syntax + " holds no named graphs: write the union graph instead");
        }
        DatasetGraph d = syntax.hasTripleTerms() ? dataset : withStatements(dataset);
        RDFWriterRegistry.getWriterDatasetFactory(format).create(format)
                .write(out, d, PREFIXES, null, RIOT.getContext().copy());
    }

    /** A view of a graph with the softkg prefixes, for the writers that read the graph's own prefixes. */
    private static final class WithPrefixes extends WrappedGraph {
        WithPrefixes(Graph base) {
            super(base);
        }

        @Override
        public PrefixMapping getPrefixMapping() {
            return Vocab.PREFIXES;
        }
    }

    private static DatasetGraph withStatements(DatasetGraph dataset) {
        DatasetGraph copy = DatasetGraphFactory.create();
        copy.prefixes().putAll(PREFIXES);
        StatementReification.toStatements(dataset.getDefaultGraph()).find().forEach(copy.getDefaultGraph()::add);
        for (var it = dataset.listGraphNodes(); it.hasNext(); ) {
            Node name = it.next();
            copy.addGraph(name, StatementReification.toStatements(dataset.getGraph(name)));
        }
        return copy;
    }
}
