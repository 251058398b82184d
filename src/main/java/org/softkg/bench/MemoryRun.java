package org.softkg.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.pipeline.ExtractionSummary;
import org.softkg.pipeline.ParallelExtraction;
import org.softkg.relation.RuleSet;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.store.StoreSink;
import org.softkg.store.TdbStore;

/**
 * Whether memory stays flat in corpus size: the real extraction ({@link ParallelExtraction} into a fresh
 * TDB2 store, as {@code extract --jobs N} runs it) on a small and on a ten times larger generated corpus
 * ({@link CutCorpus}: distinct documents of 100 sentences), measuring the live heap: after every
 * twentieth of the documents a full collection ({@code System.gc()}) and the heap in use after it. The
 * peak of those samples is what the run keeps alive at its largest; the heap G1 fills between
 * collections is its own choice, bounded by {@code -Xmx}.
 */
final class MemoryRun {

    /** One run: its size and its peak live heap. */
    record Result(long sentences, long tokens, int documents, double seconds, long peakLiveHeap,
                  long lastLiveHeap) {
    }

    private static final int SAMPLES = 20;

    private final List<Path> corpus;
    private final RuleSet rules;
    private final int jobs;
    private final Consumer<String> progress;

    MemoryRun(List<Path> corpus, RuleSet rules, int jobs, Consumer<String> progress) {
        this.corpus = corpus;
        this.rules = rules;
        this.jobs = jobs;
        this.progress = progress;
    }

    /** Generates a corpus of {@code sentences} sentences under {@code work} and extracts it. */
    Result run(Path work, long sentences) {
        Path dir = work.resolve("memory-" + sentences);
        Path store = work.resolve("memory-store");
        try {
            progress.accept("memory run: generating " + String.format("%,d", sentences) + " sentences");
            List<Path> files = CutCorpus.write(corpus, dir, sentences);
            List<String> inputs = new ArrayList<>();
            files.forEach(f -> inputs.add(f.toString()));
            int every = Math.max(1, files.size() / SAMPLES);
            long[] peak = {0};
            long[] last = {0};
            int[] seen = {0};
            progress.accept("memory run: extracting " + files.size() + " documents with " + jobs + " job"
                    + (jobs == 1 ? "" : "s"));
            ExtractionSummary summary;
            try (TdbStore s = TdbStore.open(store); StoreSink sink = new StoreSink(s, StoreSink.DEFAULT_BATCH)) {
                summary = new ParallelExtraction(() -> StandardPipeline.forTaggedInput(rules, jobs),
                        InputFormat.AUTO, jobs, p -> {
                            throw new IllegalArgumentException(p);
                        }, (Document d) -> {
                            if (++seen[0] % every == 0) {
                                last[0] = liveHeap();
                                peak[0] = Math.max(peak[0], last[0]);
                            }
                        }).run(inputs, sink);
                sink.flush();
                last[0] = liveHeap();
                peak[0] = Math.max(peak[0], last[0]);
            }
            return new Result(summary.sentences(), summary.tokens(), summary.documents(), summary.seconds(),
                    peak[0], last[0]);
        } finally {
            TempFolders.delete(store);
            TempFolders.delete(dir);
        }
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
