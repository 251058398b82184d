package org.softkg.corpus;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Opens tagged input as a {@link DocumentStream}: a file, a folder, a gzip file or stdin.
 * Opening never fails: a path that cannot be read shows up as an {@link InputFormatException}
 * (line 0) from the stream's first {@code next()}, like every other per-file error.
 */
public final class CorpusInput {

    /** The name that stands for standard input. */
    public static final String STDIN = "-";

    private CorpusInput() {
    }

    /**
     * Opens a file, a folder (every regular file inside, sorted by name, recursively, skipping hidden
     * files and folders and not following links to folders), a gzip file (found by its magic bytes),
     * or {@code -} for stdin.
     */
    public static DocumentStream open(String pathOrDash, InputFormat format) {
        if (STDIN.equals(pathOrDash)) {
            return open(STDIN, new UnclosedInput(System.in), format);
        }
        Objects.requireNonNull(format, "format");
        Path path;
        try {
            path = Path.of(pathOrDash);
        } catch (InvalidPathException e) {
            return new CorpusStream(List.of(Source.failing(pathOrDash, "invalid path: " + e.getReason())).iterator(), format);
        }
        if (Files.isDirectory(path)) {
            return new CorpusStream(new FolderWalk(path), format);
        }
        return new CorpusStream(List.of(Source.file(path)).iterator(), format);
    }

    /**
     * Reads an already open stream (stdin, tests). {@code name} names it in errors and gives the document
     * id like a file name would; {@code -} gives the id {@code stdin}. The stream is closed with the
     * returned {@link DocumentStream} or when it is exhausted.
     */
    public static DocumentStream open(String name, InputStream in, InputFormat format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        return new CorpusStream(List.of(Source.stream(name, in)).iterator(), format);
    }

    /** System.in must stay open for whoever reads it next. */
    private static final class UnclosedInput extends FilterInputStream {
        UnclosedInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // standard input belongs to the process
        }
    }
}
