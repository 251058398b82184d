package org.softkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.softkg.store.FolderTree;

/** Temporary folders for benchmark stores, deleted after use. */
final class TempFolders {

    private TempFolders() {
    }

    static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("creating a temporary folder", e);
        }
    }

    /** Deletes a folder tree; best effort. */
    static void delete(Path dir) {
        FolderTree.delete(dir);
    }
}
