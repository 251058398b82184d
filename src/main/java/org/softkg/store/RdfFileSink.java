package org.softkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.softkg.model.Document;
import org.softkg.pipeline.DocumentSink;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.RdfOutput;
import org.softkg.rdf.RdfSyntax;
import org.softkg.rdf.Reification;

/**
 * Writes documents to an RDF output stream. N-Triples and N-Quads stream: each document is written
 * when it arrives (N-Quads keeps one named graph per document). Turtle, TriG, JSON-LD and RDF/XML
 * accumulate and are written at {@link #close()} (TriG and JSON-LD with one named graph per document,
 * Turtle and RDF/XML as one graph). JSON-LD always gets RDF 1.1 reification. The stream is flushed,
 * not closed: its owner closes it.
 */
public final class RdfFileSink implements DocumentSink {

    private final OutputStream out;
    private final RdfSyntax syntax;
    private final DocumentRdf rdf;
    private final StreamRDF stream;
    private final DatasetGraph accumulated;
    private boolean closed;

    /**
     * @param out          where to write
     * @param syntax       the RDF syntax
     * @param reification  how provenance points at facts (JSON-LD forces {@link Reification#RDF11})
     */
    public RdfFileSink(OutputStream out, RdfSyntax syntax, Reification reification) {
        this.out = Objects.requireNonNull(out, "out");
        this.syntax = Objects.requireNonNull(syntax, "syntax");
        this.rdf = new DocumentRdf(syntax.hasTripleTerms() ? reification : Reification.RDF11);
        boolean streaming = syntax == RdfSyntax.NTRIPLES || syntax == RdfSyntax.NQUADS;
        this.stream = streaming ? StreamRDFWriter.getWriterStream(out, syntax.format()) : null;
        this.accumulated = streaming ? null : DatasetGraphFactory.create();
        if (stream != null) {
            stream.start();
        }
    }

    @Override
    public void accept(Document document) {
        write(document, rdf.toGraph(document));
    }

    /** The document's graph, built on the calling (worker) thread; null when it cannot be built. */
    @Override
    public Object prepare(Document document) {
        try {
            return rdf.toGraph(document);
        } catch (RuntimeException e) {
            return null; // accept(document) reports it, as without preparation
        }
    }

    @Override
    public void accept(Document document, Object prepared) {
        if (prepared instanceof Graph graph) {
            write(document, graph);
        } else {
            accept(document);
        }
    }

    private void write(Document document, Graph graph) {
        if (closed) {
            throw new IllegalStateException("sink closed before document " + document.id());
        }
        Node name = DocumentRdf.documentNode(document.id());
        if (stream == null) {
            if (syntax.isQuads()) {
                accumulated.addGraph(name, graph);
            } else {
                graph.find().forEachRemaining(accumulated.getDefaultGraph()::add);
            }
        } else if (syntax.isQuads()) {
            graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
        } else {
            graph.find().forEachRemaining(stream::triple);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stream != null) {
            stream.finish();
        } else {
            if (syntax.isQuads()) {
                RdfOutput.write(out, accumulated, syntax, syntax.format());
            } else {
                RdfOutput.write(out, accumulated.getDefaultGraph(), syntax);
            }
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("flushing " + syntax + " output", e);
        }
    }
}
