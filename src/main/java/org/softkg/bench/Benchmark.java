package org.softkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.corpus.InputFormatException;
import org.softkg.model.Document;
import org.softkg.nlp.PosLemmaAnnotator;
import org.softkg.pipeline.DocumentStage;
import org.softkg.pipeline.ParallelExtraction;
import org.softkg.pipeline.Pipeline;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.Reification;
import org.softkg.relation.RuleSet;
import org.softkg.store.StoreSink;
import org.softkg.store.TdbStore;

/**
 * Runs softkg's real pipeline ({@link StandardPipeline}, each stage wrapped in a {@link TimedStage}) and
 * store writing on a corpus: one warm-up pass, then {@code repeat} timed passes, each into a fresh
 * temporary TDB2 store; then the floors ({@link Floors}) on the same input. With {@code jobs > 1} the
 * end-to-end figure comes from {@link ParallelExtraction} runs instead of the sequential passes.
 */
public final class Benchmark {

    /** Step names used besides the stage names. */
    static final String READING = "reading";
    static final String RDF = "rdf";
    static final String WRITE = "write";
    static final String END_TO_END = "end to end";

    private final BenchCorpus corpus;
    private final RuleSet rules;
    private final int repeat;
    private final int jobs;
    private final Consumer<String> progress;

    /**
     * @param corpus   what to read
     * @param rules    the relation rules
     * @param repeat   timed passes (at least 1)
     * @param jobs     workers for the end-to-end figure (1 = the sequential passes)
     * @param progress receives one line per pass (for stderr)
     */
    public Benchmark(BenchCorpus corpus, RuleSet rules, int repeat, int jobs, Consumer<String> progress) {
        if (repeat < 1 || jobs < 1) {
            throw new IllegalArgumentException("repeat and jobs must be at least 1");
        }
        this.corpus = corpus;
        this.rules = rules;
        this.repeat = repeat;
        this.jobs = jobs;
        this.progress = progress;
    }

    /** Runs everything and returns the figures. */
    public BenchReport run() {
        Path work = TempFolders.create("softkg-bench");
        try {
            Path nquads = work.resolve("quads.nq");
            progress.accept("warm-up pass");
            PassResult warm = pass(work, nquads);
            resetPeakHeap();
            Map<String, Samples> steps = new LinkedHashMap<>();
            for (int i = 1; i <= repeat; i++) {
                progress.accept("timed pass " + i + "/" + repeat);
                PassResult r = pass(work, null);
                r.nanos.forEach((k, v) -> steps.computeIfAbsent(k, x -> new Samples()).add(v));
            }
            if (jobs > 1) {
                Samples parallel = new Samples();
                parallelPass(work); // warm-up of the workers' own taggers
                for (int i = 1; i <= repeat; i++) {
                    progress.accept("end-to-end pass with " + jobs + " jobs " + i + "/" + repeat);
                    parallel.add(parallelPass(work));
                }
                steps.put(END_TO_END, parallel);
            }
            long peak = peakHeap();
            progress.accept("floors");
            Floors floors = new Floors(corpus.files(), nquads, repeat);
            Map<String, Samples> floorSamples = floors.measure(work);
            return new BenchReport(corpus.description(), warm.documents, warm.sentences, warm.tokens, warm.quads,
                    repeat, jobs, steps, floorSamples, peak, warm.lemmaHitRate);
        } finally {
            TempFolders.delete(work);
        }
    }

    /** One sequential pass into a fresh store; when {@code nquads} is given, also writes the quads there. */
    private PassResult pass(Path work, Path nquads) {
        StageClock clock = new StageClock();
        Pipeline pipeline = StandardPipeline.forTaggedInput(rules, s -> new TimedStage(s, clock));
        DocumentRdf rdf = new DocumentRdf(Reification.RDF12);
        Path dir = work.resolve("store");
        PassResult r = new PassResult();
        try (TdbStore store = TdbStore.open(dir);
             QuadFile quads = nquads == null ? null : new QuadFile(nquads)) {
            Map<Node, Graph> pending = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            for (Path file : corpus.files()) {
                try (DocumentStream in = CorpusInput.open(file.toString(), InputFormat.AUTO)) {
                    while (true) {
                        long tr = System.nanoTime();
                        if (!in.hasNext()) {
                            break;
                        }
                        Document read;
                        try {
                            read = in.next();
                        } catch (InputFormatException e) {
                            throw new IllegalArgumentException(e.getMessage(), e);
                        }
                        clock.add(READING, System.nanoTime() - tr);
                        Document done = pipeline.process(read);
                        long tb = System.nanoTime();
                        Graph g = rdf.toGraph(done);
                        Node name = DocumentRdf.documentNode(done.id());
                        pending.put(name, g);
                        clock.add(RDF, System.nanoTime() - tb);
                        r.count(done, g);
                        if (quads != null) {
                            quads.write(name, g);
                        }
                        if (pending.size() >= StoreSink.DEFAULT_BATCH) {
                            write(store, pending, clock);
                        }
                    }
                }
            }
            write(store, pending, clock);
            clock.add(END_TO_END, System.nanoTime() - t0);
        } finally {
            TempFolders.delete(dir);
        }
        r.nanos.putAll(clock.snapshot());
        for (DocumentStage s : pipeline.stages()) {
            if (s instanceof TimedStage t && t.inner() instanceof PosLemmaAnnotator a) {
                r.lemmaHitRate = a.memoHitRate();
            }
        }
        return r;
    }

    private static void write(TdbStore store, Map<Node, Graph> pending, StageClock clock) {
        if (pending.isEmpty()) {
            return;
        }
        long t = System.nanoTime();
        store.writeGraphs(pending);
        pending.clear();
        clock.add(WRITE, System.nanoTime() - t);
    }

    /** One end-to-end run of the parallel driver into a fresh store; returns its wall time. */
    private long parallelPass(Path work) {
        Path dir = work.resolve("store-parallel");
        try (TdbStore store = TdbStore.open(dir); StoreSink sink = new StoreSink(store, StoreSink.DEFAULT_BATCH)) {
            long t0 = System.nanoTime();
            List<String> inputs = new ArrayList<>();
            corpus.files().forEach(f -> inputs.add(f.toString()));
            new ParallelExtraction(() -> StandardPipeline.forTaggedInput(rules, jobs), InputFormat.AUTO, jobs,
                    p -> {
                        throw new IllegalArgumentException(p);
                    }, d -> { }).run(inputs, sink);
            sink.flush();
            return System.nanoTime() - t0;
        } finally {
            TempFolders.delete(dir);
        }
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset, in bytes. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Counts of one pass. */
    private static final class PassResult {
        final Map<String, Long> nanos = new LinkedHashMap<>();
        int documents;
        long sentences;
        long tokens;
        long quads;
        double lemmaHitRate = Double.NaN;

        void count(Document d, Graph g) {
            documents++;
            sentences += d.sentences().size();
            tokens += d.tokenCount();
            quads += g.size();
        }
    }
}
