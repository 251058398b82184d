package org.softkg.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * An output file written all-or-nothing: bytes go to a temporary file beside it, renamed over the
 * target by {@link #commit()}; {@link #close()} without commit removes the temporary file.
 * {@code -} or {@code null} is standard output.
 */
final class OutputTarget implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    private OutputTarget(Path target, Path temp, OutputStream out) {
        this.target = target;
        this.temp = temp;
        this.out = out;
    }

    static OutputTarget open(Path file, PrintStream stdout) {
        if (file == null || "-".equals(file.toString())) {
            return new OutputTarget(null, null, new FilterOutputStream(stdout) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        }
        try {
            Path abs = file.toAbsolutePath();
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            // a sibling created like any new file, so the result gets the user's usual permissions
            Path temp = abs.resolveSibling("." + abs.getFileName() + "." + UUID.randomUUID() + ".part");
            return new OutputTarget(abs, temp, new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16));
        } catch (IOException e) {
            throw new UserException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    OutputStream stream() {
        return out;
    }

    /** Makes the output visible under its name. */
    void commit() {
        try {
            out.close();
            if (temp != null) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // the run already failed; the temporary file goes below
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
