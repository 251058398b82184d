package org.softkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a folder and everything below it. */
public final class FolderTree {

    private FolderTree() {
    }

    /** Deletes {@code dir} and its contents, best effort: what cannot be deleted stays. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a leftover file is not worth failing the caller
                }
            });
        } catch (IOException e) {
            // best effort, as above
        }
    }
}
