package org.softkg.cli;

import java.util.concurrent.Callable;
import org.softkg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code softkg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts documents, entities by type and facts by relation in the store.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (TdbStore store = StoreAccess.openExisting(storeOptions.store)) {
            spec.commandLine().getOut().print(store.stats().report());
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
