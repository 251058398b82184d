package org.softkg.pipeline;

import org.softkg.model.Document;

/**
 * Where finished documents go: the TDB2 store, an RDF file, a remote endpoint.
 * {@link #accept} is all-or-nothing for one document.
 */
public interface DocumentSink extends AutoCloseable {

    /** Writes one finished document (its entities and facts). */
    void accept(Document document);

    /**
     * Work for a finished document that does not touch the destination (building its RDF graph), which a
     * parallel run does on the worker thread that processed the document; the result goes to
     * {@link #accept(Document, Object)}. Must be thread-safe and must not throw (a document that cannot be
     * prepared gives null, and {@code accept} then fails on it as usual). Default: nothing to prepare.
     */
    default Object prepare(Document document) {
        return null;
    }

    /** Writes one finished document with what {@link #prepare} gave for it (null: accept it as usual). */
    default void accept(Document document, Object prepared) {
        accept(document);
    }

    /** Flushes what is buffered (pretty RDF formats write here) and releases resources. */
    @Override
    void close();
}
