package org.softkg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.softkg.model.Document;
import org.softkg.rdf.RdfSyntax;
import org.softkg.rdf.Reification;
import org.softkg.store.RdfFileSink;

/**
 * One finished document as N-Quads text, written by the core's {@link RdfFileSink} (the writer behind
 * {@code softkg extract --format nquads}, and so behind its shards): the document's own named graph, the
 * same terms and the same line form. Not thread-safe; one per partition.
 */
final class DocumentQuads {

    private final Reification reification;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);

    DocumentQuads(Reification reification) {
        this.reification = Objects.requireNonNull(reification, "reification");
    }

    /** The document's quads, one per line, without the last line's newline (the output format adds it). */
    String of(Document document) {
        buffer.reset();
        RdfFileSink sink = new RdfFileSink(buffer, RdfSyntax.NQUADS, reification);
        sink.accept(document);
        sink.close();
        String text = buffer.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
