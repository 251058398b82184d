package org.softkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.softkg.graph.GraphSnapshot;
import org.softkg.store.MemoryDataset;
import org.softkg.store.TdbStore;

/** The graph a command reads: RDF files given with {@code --data}, else the store (its union graph, in memory). */
final class GraphInput {

    private GraphInput() {
    }

    static Graph load(List<Path> data, Path store) {
        if (data != null && !data.isEmpty()) {
            MemoryDataset memory = new MemoryDataset();
            for (Path f : data) {
                memory.load(f);
            }
            return GraphSnapshot.of(memory.dataset());
        }
        try (TdbStore s = StoreAccess.openExisting(store)) {
            return GraphSnapshot.of(s.dataset());
        }
    }
}
