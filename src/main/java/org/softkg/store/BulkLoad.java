package org.softkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Builds a FRESH store from N-Quads files with Jena's TDB2 parallel bulk loader (much faster than
 * transactions for a first build), then adds the ontology graph as {@link TdbStore#open} does. Refuses a
 * folder that already holds anything: updating a store is {@code softkg extract}'s job. On failure the
 * half-built store folder is removed.
 */
public final class BulkLoad {

    private BulkLoad() {
    }

    /** What a load did. */
    public record Result(int files, long quads, long nanos) {
    }

    /** The N-Quads files to load from {@code input}: the file itself, or a folder's {@code *.nq} and {@code *.nq.gz}, sorted. */
    public static List<Path> files(Path input) {
        if (!Files.isDirectory(input)) {
            if (!Files.isReadable(input)) {
                throw new IllegalArgumentException(input + ": cannot read");
            }
            return List.of(input);
        }
        try (Stream<Path> s = Files.list(input)) {
            List<Path> out = new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return !n.startsWith(".") && (n.endsWith(".nq") || n.endsWith(".nq.gz"));
                    })
                    .sorted(Comparator.comparing(Path::toString)).toList());
            if (out.isEmpty()) {
                throw new IllegalArgumentException(input + ": no N-Quads files (*.nq, *.nq.gz) in this folder");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** True when {@code folder} is missing or an empty folder. */
    public static boolean isFresh(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Loads {@code files} into a new store in {@code storeFolder}.
     *
     * @throws IllegalStateException    when the folder is not empty
     * @throws IllegalArgumentException when a file is not valid N-Quads (the store folder is then removed)
     */
    public static Result load(List<Path> files, Path storeFolder) {
        if (!isFresh(storeFolder)) {
            throw new IllegalStateException(storeFolder + ": the store is not empty; 'softkg load' builds a fresh store"
                    + " (pass --store NEWDIR, or add to this one with 'softkg extract')");
        }
        long t0 = System.nanoTime();
        validate(files);
        boolean done = false;
        try {
            Files.createDirectories(storeFolder);
            long quads;
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(storeFolder));
            try {
                MonitorOutput quiet = (fmt, args) -> { };
                DataLoader loader = LoaderFactory.parallelLoader(dsg, quiet);
                loader.startBulk();
                try {
                    List<String> names = files.stream().map(Path::toString).toList();
                    loader.load(names);
                    loader.finishBulk();
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw new IllegalArgumentException("bulk load failed: " + e.getMessage(), e);
                }
                quads = loader.countQuads();
            } finally {
                TDBInternal.expel(dsg);
            }
            try (TdbStore store = TdbStore.open(storeFolder)) {
                // opening adds the ontology graph, as for every store
                store.folder();
            }
            done = true;
            return new Result(files.size(), quads, System.nanoTime() - t0);
        } catch (IOException e) {
            throw new UncheckedIOException(storeFolder + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                FolderTree.delete(storeFolder);
            }
        }
    }

    /**
     * Parses every file first (N-Quads parsing is several times faster than loading): a bad line is then
     * reported as {@code FILE: problem} before the loader's threads start, and no store is touched.
     */
    private static void validate(List<Path> files) {
        for (Path f : files) {
            try {
                RDFParser.source(f).lang(Lang.NQUADS).parse(StreamRDFLib.sinkNull());
            } catch (RiotException e) {
                throw new IllegalArgumentException(f + ": not valid N-Quads: " + e.getMessage(), e);
            }
        }
    }
}
