package org.softkg.remote;

import org.softkg.model.Document;
import org.softkg.pipeline.DocumentSink;
import org.softkg.rdf.DocumentRdf;

/**
 * Sends each finished document's graph to a remote endpoint (replacing the remote graph named by the
 * document IRI) after handing the document to the next sink, so extraction pushes as it goes.
 * Closing closes the next sink.
 */
public final class PushSink implements DocumentSink {

    private final DocumentSink next;
    private final GraphPusher pusher;
    private final DocumentRdf rdf;

    /** Pushes with {@code pusher} the graphs {@code rdf} makes, after {@code next} has each document. */
    public PushSink(DocumentSink next, GraphPusher pusher, DocumentRdf rdf) {
        this.next = next;
        this.pusher = pusher;
        this.rdf = rdf;
    }

    @Override
    public void accept(Document document) {
        next.accept(document);
        pusher.pushGraph(DocumentRdf.documentNode(document.id()), rdf.toGraph(document));
    }

    @Override
    public void close() {
        next.close();
    }
}
