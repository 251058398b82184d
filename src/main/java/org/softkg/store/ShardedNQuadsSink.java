package org.softkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.softkg.model.Document;
import org.softkg.pipeline.DocumentSink;
import org.softkg.rdf.RdfSyntax;
import org.softkg.rdf.Reification;

/**
 * Writes documents as N-Quads shards into a folder, for {@code softkg load} (Jena's bulk loader) or a
 * cluster store: a new shard {@code part-00001.nq}, {@code part-00002.nq}... starts with each input file
 * (each document {@link Document#source() source}) and after every {@code documentsPerShard} documents.
 * Each document is its own named graph, as in the store. A shard becomes visible under its name only when
 * it is complete (written to a hidden temporary file, then renamed), so a failed run leaves whole shards.
 */
public final class ShardedNQuadsSink implements DocumentSink {

    /** File name extension of the shards. */
    public static final String EXTENSION = ".nq";

    private final Path folder;
    private final Reification reification;
    private final int documentsPerShard;
    private final List<Path> written = new ArrayList<>();
    private Shard current;
    private String currentSource;
    private int inShard;

    /**
     * @param folder            where the shards go (created when missing)
     * @param reification       how provenance points at facts
     * @param documentsPerShard at most this many documents per shard, at least 1
     */
    public ShardedNQuadsSink(Path folder, Reification reification, int documentsPerShard) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.reification = Objects.requireNonNull(reification, "reification");
        if (documentsPerShard < 1) {
            throw new IllegalArgumentException("documents per shard must be at least 1");
        }
        this.documentsPerShard = documentsPerShard;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot create the folder: " + e.getMessage(), e);
        }
    }

    @Override
    public void accept(Document document) {
        if (current == null || inShard >= documentsPerShard || !Objects.equals(currentSource, document.source())) {
            finishShard();
            current = new Shard(folder.resolve(String.format("part-%05d%s", nextNumber(), EXTENSION)));
            currentSource = document.source();
            inShard = 0;
        }
        current.sink.accept(document);
        inShard++;
    }

    private int nextNumber() {
        return written.size() + 1;
    }

    private void finishShard() {
        if (current != null) {
            written.add(current.commit());
            current = null;
        }
    }

    /** The shards completed so far, in order. */
    public List<Path> shards() {
        return List.copyOf(written);
    }

    @Override
    public void close() {
        finishShard();
    }

    /** One shard being written. */
    private final class Shard {
        private final Path target;
        private final Path temp;
        private final OutputStream out;
        private final RdfFileSink sink;

        Shard(Path target) {
            this.target = target;
            try {
                this.temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
                this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
            }
            this.sink = new RdfFileSink(out, RdfSyntax.NQUADS, reification);
        }

        Path commit() {
            sink.close();
            try {
                out.close();
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
            }
        }
    }
}
