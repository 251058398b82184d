package org.softkg.corpus;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.softkg.model.Document;

/**
 * The documents of a sequence of sources, one source open at a time. An error ends its source:
 * the stream reports it from {@link #next()} and goes on with the next source.
 */
final class CorpusStream implements DocumentStream {

    private final Iterator<Source> sources;
    private final InputFormat format;
    private SourceReader current;
    private Document pendingDocument;
    private InputFormatException pendingError;
    private boolean closed;

    /** Reads {@code sources} in order as {@code format}. */
    CorpusStream(Iterator<Source> sources, InputFormat format) {
        this.sources = sources;
        this.format = format;
    }

    @Override
    public boolean hasNext() {
        if (!closed && pendingDocument == null && pendingError == null) {
            advance();
        }
        return pendingDocument != null || pendingError != null;
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more documents");
        }
        if (pendingError != null) {
            InputFormatException e = pendingError;
            pendingError = null;
            throw e;
        }
        Document d = pendingDocument;
        pendingDocument = null;
        return d;
    }

    private void advance() {
        while (true) {
            if (current == null) {
                if (!sources.hasNext()) {
                    return;
                }
                current = new SourceReader(sources.next(), format);
            }
            try {
                Document d = current.next();
                if (d != null) {
                    pendingDocument = d;
                    return;
                }
            } catch (InputFormatException e) {
                pendingError = e;
            }
            current.close();
            current = null;
            if (pendingError != null) {
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        pendingDocument = null;
        pendingError = null;
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
