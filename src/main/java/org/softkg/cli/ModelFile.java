package org.softkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing a trained model file the way every {@code train} command does: into a temporary file beside the
 * target, then moved over it, so a failed or interrupted write never leaves a half-written model.
 */
final class ModelFile {

    /** Writes the model's bytes to a given file. */
    @FunctionalInterface
    interface Writer {
        void writeTo(Path file) throws IOException;
    }

    private ModelFile() {
    }

    /** Writes through {@code writer} into a temporary file and moves it to {@code output}; failures are one line. */
    static void write(Path output, Writer writer) {
        Path tmp = null;
        try {
            Path dir = output.toAbsolutePath().getParent();
            tmp = Files.createTempFile(dir, ".softkg-model", ".tmp");
            writer.writeTo(tmp);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserException(output + ": cannot write the model: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // nothing more to do
                }
            }
        }
    }

    /** The file's size in bytes, or -1 when it cannot be read. */
    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
