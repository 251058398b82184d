package org.softkg.spark;

import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormatException;
import org.softkg.model.Document;
import org.softkg.pipeline.Pipeline;
import scala.Tuple2;

/**
 * The {@code mapPartitions} function: for one partition of (file, bytes) pairs it builds ONE pipeline
 * ({@link JobSettings#pipeline()}, the chain of {@code softkg extract}) and returns, lazily, the N-Quads
 * text of each finished document. Files are read with the core's {@link CorpusInput} (format from the
 * content, gzip by its magic bytes), so a partition holds one document in memory at a time.
 *
 * <p>Bad input is handled as {@code softkg extract} handles it: a malformed file or document is reported
 * ({@code FILE:LINE: problem}) and skipped, a stage failing on one document skips that document, the
 * other documents go on.
 */
final class PartitionExtraction implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, String> {

    private static final long serialVersionUID = 1L;

    private final JobSettings settings;
    private final JobCounters counters;

    PartitionExtraction(JobSettings settings, JobCounters counters) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public Iterator<String> call(Iterator<Tuple2<String, PortableDataStream>> files) {
        return new Quads(files);
    }

    /** Pulls documents file by file and turns each into its quads. */
    private final class Quads implements Iterator<String> {
        private final Iterator<Tuple2<String, PortableDataStream>> files;
        private final DocumentQuads writer = new DocumentQuads(settings.reification());
        private Pipeline pipeline;
        private DocumentStream current;
        private String next;

        Quads(Iterator<Tuple2<String, PortableDataStream>> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (current == null || !current.hasNext()) {
                    closeCurrent();
                    if (!files.hasNext()) {
                        return false;
                    }
                    current = open(files.next());
                    continue;
                }
                Document read;
                try {
                    read = current.next();
                } catch (InputFormatException e) {
                    counters.problem(e.getMessage());
                    continue;
                }
                Document done = process(read);
                if (done != null) {
                    next = writer.of(done);
                    counters.add(done);
                }
            }
            return true;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String out = next;
            next = null;
            return out;
        }

        private DocumentStream open(Tuple2<String, PortableDataStream> file) {
            InputStream in = file._2().open();
            return CorpusInput.open(SourceNames.of(file._1()), in, settings.format());
        }

        private Document process(Document read) {
            if (pipeline == null) {
                pipeline = settings.pipeline();
            }
            try {
                return pipeline.process(read);
            } catch (RuntimeException e) {
                // as in CorpusExtraction: a bug in a stage must not take the other documents down with it
                counters.problem(read.source() + ": document " + read.id() + " skipped: " + e);
                return null;
            }
        }

        private void closeCurrent() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
