package org.softkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR}: the embedded TDB2 database folder. */
final class StoreOptions {
    /** The default store folder, in the working directory. */
    static final String DEFAULT_STORE = "softkg-store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT_STORE,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the working directory).")
    Path store;
}
