package org.softkg.pipeline;

import java.util.List;
import java.util.function.Consumer;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.corpus.InputFormatException;
import org.softkg.model.Document;

/**
 * Runs a pipeline over input files and hands each finished document to a sink. A malformed file or
 * document is reported (one line, {@code FILE:LINE: problem}) and skipped; the others go on. A sink
 * failure stops the run, since the sink writes each document all-or-nothing.
 */
public final class CorpusExtraction {

    private final Pipeline pipeline;
    private final InputFormat format;
    private final Consumer<String> problems;
    private final Consumer<Document> finished;

    /**
     * @param pipeline the stages to run
     * @param format   the input format, or {@link InputFormat#AUTO}
     * @param problems receives one line per skipped file or document
     * @param finished sees each document after it was written (may be a no-op)
     */
    public CorpusExtraction(Pipeline pipeline, InputFormat format, Consumer<String> problems,
                            Consumer<Document> finished) {
        this.pipeline = pipeline;
        this.format = format;
        this.problems = problems;
        this.finished = finished;
    }

    /** Extracts every input (files, folders, {@code -} for stdin) into {@code sink}. */
    public ExtractionSummary run(List<String> inputs, DocumentSink sink) {
        long t0 = System.nanoTime();
        SummaryCounter c = new SummaryCounter();
        for (String input : inputs) {
            try (DocumentStream stream = CorpusInput.open(input, format)) {
                while (stream.hasNext()) {
                    Document read;
                    try {
                        read = stream.next();
                    } catch (InputFormatException e) {
                        problems.accept(e.getMessage());
                        c.problem();
                        continue;
                    }
                    Document done = process(read, c);
                    if (done != null) {
                        sink.accept(done);
                        c.add(done);
                        finished.accept(done);
                    }
                }
            }
        }
        return c.summary(System.nanoTime() - t0);
    }

    private Document process(Document read, SummaryCounter c) {
        try {
            return pipeline.process(read);
        } catch (RuntimeException e) {
            // a bug in a stage must not take the other documents down with it
            problems.accept(read.source() + ": document " + read.id() + " skipped: " + e);
            c.problem();
            return null;
        }
    }
}
