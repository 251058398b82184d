package org.softkg.corpus;

import java.io.Closeable;
import java.util.Iterator;
import org.softkg.model.Document;

/**
 * Documents read one at a time. {@link #next()} throws {@link InputFormatException} for a malformed
 * document (or a file that cannot be read); the stream then skips the rest of that file, so the caller
 * catches, reports and keeps iterating. {@link #hasNext()} never throws: it is true while a document or
 * an error is pending. Closing releases the open file.
 */
public interface DocumentStream extends Iterator<Document>, Closeable {

    /** Releases the open file; never throws. */
    @Override
    void close();
}
