package org.softkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.softkg.store.TdbStore;

/** Opens the store for commands, with one-line errors. */
final class StoreAccess {

    private StoreAccess() {
    }

    /** Opens (creating when missing) the store folder. */
    static TdbStore openOrCreate(Path folder) {
        try {
            return TdbStore.open(folder);
        } catch (RuntimeException e) {
            throw new UserException(folder + ": cannot open the store: " + ErrorReporter.describe(e), e);
        }
    }

    /** Opens an existing store; a missing folder is an error that says how to make one. */
    static TdbStore openExisting(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserException(folder + ": no store here yet; run 'softkg extract FILE' first, or pass --store DIR");
        }
        return openOrCreate(folder);
    }
}
