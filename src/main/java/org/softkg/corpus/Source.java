package org.softkg.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file or an open stream.
 *
 * @param name   the name used in errors and as {@link org.softkg.model.Document#source()} (the path as given, {@code -} for stdin)
 * @param id     the document id derived from the name
 * @param title  the title derived from the id, or {@code null} for stdin
 * @param opener opens the bytes, once
 */
record Source(String name, String id, String title, Opener opener) {

    /** Opens the bytes of a source. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(opener, "opener");
    }

    /** A file on disk. */
    static Source file(Path path) {
        DocumentNames.Naming naming = DocumentNames.forPath(path.toString(), true);
        return new Source(path.toString(), naming.id(), naming.title(), () -> Files.newInputStream(path));
    }

    /** An open stream; the name {@code -} stands for stdin. */
    static Source stream(String name, InputStream in) {
        if (CorpusInput.STDIN.equals(name)) {
            return new Source(name, DocumentNames.STDIN_ID, null, () -> in);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank stream name");
        }
        DocumentNames.Naming naming = DocumentNames.forPath(name, false);
        return new Source(name, naming.id(), naming.title(), () -> in);
    }

    /** A source that cannot be read; opening it reports {@code problem} on line 0. */
    static Source failing(String name, String problem) {
        return new Source(name, "unreadable", null, () -> {
            throw new InputFormatException(name, 0, problem);
        });
    }
}
