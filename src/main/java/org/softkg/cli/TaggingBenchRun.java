package org.softkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.softkg.bench.BenchCorpus;
import org.softkg.bench.TaggingBench;
import org.softkg.corpus.InputFormatException;
import org.softkg.ner.NerModels;

/** {@code softkg bench --tagging}: raw-text tagging throughput with the shipped name finder. */
final class TaggingBenchRun {

    private TaggingBenchRun() {
    }

    static int run(BenchCorpus input, int passes, PrintWriter out, PrintWriter err) {
        List<String> paragraphs;
        try {
            paragraphs = TaggingBench.paragraphs(input.files().stream().map(Path::toString).toList());
        } catch (InputFormatException | IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        int cores = Runtime.getRuntime().availableProcessors();
        TaggingBench bench;
        try {
            bench = new TaggingBench(paragraphs, NerModels.shipped(), cores, line -> {
                if (err != null) {
                    err.println("softkg bench: " + line);
                    err.flush();
                }
            });
        } catch (NerModels.NerModelException e) {
            throw new UserException(e.getMessage());
        }
        try {
            out.println("corpus: " + input.description());
            bench.run(passes).print(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted");
        }
        out.flush();
        return ExitCode.OK;
    }
}
