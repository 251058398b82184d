package org.softkg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.softkg.model.Document;
import org.softkg.pipeline.DocumentSink;
import org.softkg.rdf.DocumentRdf;

/**
 * Writes documents into a {@link TdbStore}, replacing each document's graph. With a batch size above 1,
 * several documents share one write transaction (much cheaper on big runs). Each document is converted
 * to RDF in {@link #accept}, so a bad document fails on its own call; the batch is written when full and
 * at {@link #close()}. Closing the sink does not close the store.
 */
public final class StoreSink implements DocumentSink {

    /** Documents per write transaction that {@code extract} uses: one commit per batch, not per document. */
    public static final int DEFAULT_BATCH = 32;

    private final TdbStore store;
    private final int batchSize;
    private final Map<Node, Graph> pending = new LinkedHashMap<>();

    /**
     * @param store     where documents go
     * @param batchSize documents per write transaction, at least 1
     */
    public StoreSink(TdbStore store, int batchSize) {
        this.store = Objects.requireNonNull(store, "store");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize + " is below 1");
        }
        this.batchSize = batchSize;
    }

    /** A sink writing each document in its own transaction. */
    public StoreSink(TdbStore store) {
        this(store, 1);
    }

    @Override
    public void accept(Document document) {
        add(document, store.documentRdf().toGraph(document));
    }

    /** The document's graph, built on the calling (worker) thread; null when it cannot be built. */
    @Override
    public Object prepare(Document document) {
        try {
            return store.documentRdf().toGraph(document);
        } catch (RuntimeException e) {
            return null; // accept(document) reports it, as without preparation
        }
    }

    @Override
    public void accept(Document document, Object prepared) {
        if (prepared instanceof Graph graph) {
            add(document, graph);
        } else {
            accept(document);
        }
    }

    private void add(Document document, Graph graph) {
        pending.put(DocumentRdf.documentNode(document.id()), graph);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    /** Writes the documents waiting in the batch. */
    public void flush() {
        if (!pending.isEmpty()) {
            try {
                store.writeGraphs(pending);
            } finally {
                pending.clear();
            }
        }
    }

    @Override
    public void close() {
        flush();
    }
}
