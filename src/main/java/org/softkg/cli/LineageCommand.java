package org.softkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** placeholder replaced below. */
@Command(name = "lineage")
final class LineageCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
