package org.softkg.pipeline;

import org.softkg.model.Document;

/**
 * Where finished documents go: the TDB2 store, an RDF file, a remote endpoint.
 * {@link #accept} is all-or-nothing for one document.
 */
public interface DocumentSink extends AutoCloseable {

    /** Writes one finished document (its entities and facts). */
    void accept(Document document);

    /** Flushes what is buffered (pretty RDF formats write here) and releases resources. */
    @Override
    void close();
}
