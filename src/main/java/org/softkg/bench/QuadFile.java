package org.softkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/** An N-Quads file written graph by graph (the input of the bulk-loader floor). */
final class QuadFile implements AutoCloseable {

    private final OutputStream out;
    private final StreamRDF stream;

    QuadFile(Path file) {
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("creating " + file, e);
        }
        this.stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
    }

    void write(Node graphName, Graph graph) {
        graph.find().forEachRemaining(t -> stream.quad(Quad.create(graphName, t)));
    }

    @Override
    public void close() {
        stream.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the N-Quads file", e);
        }
    }
}
