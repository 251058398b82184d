package org.softkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.softkg.corpus.InputFormat;
import org.softkg.ner.NerModels;
import org.softkg.pipeline.ExtractionSummary;
import org.softkg.pipeline.ParallelExtraction;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.relation.RuleSet;
import org.softkg.store.StoreSink;
import org.softkg.store.TdbStore;

/**
 * Raw text end to end, the way {@code extract --input-format raw --jobs 1} runs it: the corpus's sentences
 * joined back into plain text as one document of paragraphs ({@link TaggingBench#paragraphs}), then
 * sentence detection, tokenization, the software name finder (and the within-document name pass), POS +
 * lemma and the rest of the pipeline, written into a fresh TDB2 store, on one worker. One warm-up pass,
 * then {@code repeat} timed passes; wall time, CPU time of the calling thread (which runs the pipeline and
 * the store writes with one worker) and process CPU time.
 */
final class RawTextRun {

    private final List<Path> files;
    private final RuleSet rules;
    private final Consumer<String> progress;

    RawTextRun(List<Path> files, RuleSet rules, Consumer<String> progress) {
        this.files = List.copyOf(files);
        this.rules = rules;
        this.progress = progress;
    }

    /** The figures of a raw-text pass. */
    record Result(long sentences, long tokens, Samples wall, Samples threadCpu, Samples processCpu) {
    }

    /** Writes the text into {@code work}, then runs the passes. */
    Result run(Path work, int repeat) {
        Path text = work.resolve("raw-text.txt");
        List<String> inputs = new ArrayList<>();
        files.forEach(f -> inputs.add(f.toString()));
        try {
            Files.writeString(text, String.join("\n\n", TaggingBench.paragraphs(inputs)) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + text + ": " + e.getMessage(), e);
        }
        Samples wall = new Samples();
        Samples thread = new Samples();
        Samples process = new Samples();
        progress.accept("raw text: warm-up pass");
        long[] counts = pass(work, text, null);
        for (int i = 1; i <= repeat; i++) {
            progress.accept("raw text: timed pass " + i + "/" + repeat);
            pass(work, text, new Samples[] {wall, thread, process});
        }
        return new Result(counts[0], counts[1], wall, thread, process);
    }

    private long[] pass(Path work, Path text, Samples[] into) {
        Path dir = work.resolve("store-raw");
        try (TdbStore store = TdbStore.open(dir); StoreSink sink = new StoreSink(store, StoreSink.DEFAULT_BATCH)) {
            long t0 = System.nanoTime();
            long c0 = ThreadCpu.now();
            long p0 = ThreadCpu.process();
            ExtractionSummary summary = new ParallelExtraction(
                    () -> StandardPipeline.forRawText(rules, NerModels::shipped, 1), InputFormat.RAW, 1, p -> {
                        throw new IllegalArgumentException(p);
                    }, d -> { }).run(List.of(text.toString()), sink);
            sink.flush();
            if (into != null) {
                into[0].add(System.nanoTime() - t0);
                into[1].add(ThreadCpu.now() - c0);
                into[2].add(ThreadCpu.process() - p0);
            }
            return new long[] {summary.sentences(), summary.tokens()};
        } finally {
            TempFolders.delete(dir);
        }
    }
}
