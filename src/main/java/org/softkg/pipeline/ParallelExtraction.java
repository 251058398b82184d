package org.softkg.pipeline;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.corpus.InputFormatException;
import org.softkg.model.Document;

/**
 * {@link CorpusExtraction} on several worker threads: the calling thread reads documents, N workers
 * each run their own pipeline (from {@code pipelines}, one per worker: taggers are not thread-safe, the
 * models behind them are shared), and one writer thread owns the sink and writes the documents in input
 * order, so the sink sees exactly what a one-worker run gives it; the sink's preparation of a document (its
 * RDF graph, {@link DocumentSink#prepare}) runs on the worker. At most {@link #inFlight} documents are in
 * flight (memory stays flat). Problems are reported, in input order, as {@link CorpusExtraction} does;
 * a sink failure stops the run and is rethrown. With one job this is {@link CorpusExtraction} itself.
 */
public final class ParallelExtraction {

    private final Supplier<Pipeline> pipelines;
    private final InputFormat format;
    private final int jobs;
    private final Consumer<String> problems;
    private final Consumer<Document> finished;

    /**
     * @param pipelines builds one pipeline per worker (e.g. {@code () -> StandardPipeline.forTaggedInput(rules)})
     * @param format    the input format, or {@link InputFormat#AUTO}
     * @param jobs      worker threads, at least 1
     * @param problems  receives one line per skipped file or document
     * @param finished  sees each document after it was written, in input order
     */
    public ParallelExtraction(Supplier<Pipeline> pipelines, InputFormat format, int jobs,
                              Consumer<String> problems, Consumer<Document> finished) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.pipelines = pipelines;
        this.format = format;
        this.jobs = jobs;
        this.problems = problems;
        this.finished = finished;
    }

    /**
     * Documents in flight at most (submitted to the workers or done and waiting for the writer): enough
     * for the workers to go on while the writer spends its time in one store transaction (a batch of 32
     * documents takes about as long to write as 12 documents take to process on two workers), and a
     * constant, so memory stays flat in corpus size.
     */
    static int inFlight(int jobs) {
        return 4 * jobs + 16;
    }

    /** Extracts every input (files, folders, {@code -} for stdin) into {@code sink}. */
    public ExtractionSummary run(List<String> inputs, DocumentSink sink) {
        if (jobs == 1) {
            return new CorpusExtraction(pipelines.get(), format, problems, finished).run(inputs, sink);
        }
        long t0 = System.nanoTime();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "softkg-worker-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Pipeline> pipeline = ThreadLocal.withInitial(pipelines);
        BlockingQueue<Future<Outcome>> queue = new ArrayBlockingQueue<>(inFlight(jobs));
        Writer writer = new Writer(queue, sink);
        Thread writerThread = new Thread(writer, "softkg-writer");
        writerThread.setDaemon(true);
        writerThread.start();
        try {
            read(inputs, workers, pipeline, queue, writer, sink);
            put(queue, Outcome.END);
            join(writerThread);
        } finally {
            workers.shutdownNow();
            if (writerThread.isAlive()) {
                writerThread.interrupt();
                join(writerThread);
            }
        }
        if (writer.failure.get() != null) {
            Throwable f = writer.failure.get();
            throw f instanceof RuntimeException re ? re : new IllegalStateException(f.getMessage(), f);
        }
        SummaryCounter c = writer.counter;
        return c.summary(System.nanoTime() - t0);
    }

    private void read(List<String> inputs, ExecutorService workers, ThreadLocal<Pipeline> pipeline,
                      BlockingQueue<Future<Outcome>> queue, Writer writer, DocumentSink sink) {
        for (String input : inputs) {
            try (DocumentStream stream = CorpusInput.open(input, format)) {
                while (stream.hasNext() && writer.failure.get() == null) {
                    Document read;
                    try {
                        read = stream.next();
                    } catch (InputFormatException e) {
                        put(queue, Outcome.problem(e.getMessage()));
                        continue;
                    }
                    put(queue, workers.submit(() -> process(pipeline.get(), read, sink)));
                }
            }
            if (writer.failure.get() != null) {
                return;
            }
        }
    }

    /** Runs the pipeline on a document, then the sink's preparation (its RDF graph), on the worker. */
    private static Outcome process(Pipeline pipeline, Document read, DocumentSink sink) {
        Document done;
        try {
            done = pipeline.process(read);
        } catch (RuntimeException e) {
            // a bug in a stage must not take the other documents down with it
            return new Outcome(null, null, read.source() + ": document " + read.id() + " skipped: " + e);
        }
        return new Outcome(done, sink.prepare(done), null);
    }

    private static void put(BlockingQueue<Future<Outcome>> queue, Future<Outcome> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        }
    }

    private static void put(BlockingQueue<Future<Outcome>> queue, Outcome o) {
        put(queue, CompletableFuture.completedFuture(o));
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        }
    }

    /** A processed document, or the problem that replaced it; {@link #END} closes the queue. */
    private record Outcome(Document document, Object prepared, String problem) {
        static final Outcome END = new Outcome(null, null, null);

        static Outcome problem(String line) {
            return new Outcome(null, null, line);
        }
    }

    /** Takes outcomes in input order and writes them; the only thread touching the sink. */
    private final class Writer implements Runnable {
        private final BlockingQueue<Future<Outcome>> queue;
        private final DocumentSink sink;
        final SummaryCounter counter = new SummaryCounter();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Writer(BlockingQueue<Future<Outcome>> queue, DocumentSink sink) {
            this.queue = queue;
            this.sink = sink;
        }

        @Override
        public void run() {
            while (true) {
                Outcome o;
                try {
                    o = queue.take().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, e.getCause());
                    continue;
                }
                if (o == Outcome.END) {
                    return;
                }
                if (failure.get() != null) {
                    continue; // drain, so that the reader never blocks on a full queue
                }
                try {
                    write(o);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        }

        private void write(Outcome o) {
            if (o.problem() != null) {
                problems.accept(o.problem());
                counter.problem();
            } else {
                sink.accept(o.document(), o.prepared());
                counter.add(o.document());
                finished.accept(o.document());
            }
        }
    }
}
