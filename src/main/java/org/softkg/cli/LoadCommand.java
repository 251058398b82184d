package org.softkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.softkg.store.BulkLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code softkg load DIR/}: a fresh store from N-Quads shards, with Jena's TDB2 bulk loader. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
            "Builds a NEW store from N-Quads files (a folder of shards from 'softkg extract --format nquads -o DIR/',",
            "or single .nq files) with Jena's TDB2 parallel bulk loader: the fast path for the first build of a",
            "large graph. The store must not exist yet or be empty; 'softkg extract' adds to an existing store."
        })
final class LoadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "N-Quads files or folders of *.nq / *.nq.gz.")
    private List<Path> inputs;

    @Mixin
    private StoreOptions storeOptions;

    @Override
    public Integer call() {
        List<Path> files;
        try {
            files = inputs.stream().flatMap(p -> BulkLoad.files(p).stream()).toList();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        BulkLoad.Result r;
        try {
            r = BulkLoad.load(files, storeOptions.store);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%,d file%s, %,d quads -> store %s (%.1f s)%n", r.files(), r.files() == 1 ? "" : "s", r.quads(),
                storeOptions.store, r.nanos() / 1e9);
        out.flush();
        return ExitCode.OK;
    }
}
