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
import org.softkg.pipeline.ExtractionSummary;
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
 * temporary TDB2 store; then the floors ({@link Floors}) on the same input. With {@code jobs > 1} also
 * the scaling of {@link ParallelExtraction} from one worker to {@code jobs} ({@link JobsScaling}); on
 * request the memory-flatness runs ({@link MemoryRun}).
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
    private final long memorySentences;
    private boolean rawText;

    /**
     * @param corpus   what to read
     * @param rules    the relation rules
     * @param repeat   timed passes (at least 1)
     * @param jobs     workers for the end-to-end figure (1 = the sequential passes)
     * @param progress receives one line per pass (for stderr)
     */
    public Benchmark(BenchCorpus corpus, RuleSet rules, int repeat, int jobs, Consumer<String> progress) {
        this(corpus, rules, repeat, jobs, progress, 0);
    }

    /**
     * The same, plus the memory-flatness runs when {@code memorySentences > 0}: extraction of generated
     * corpora of that many sentences and of ten times as many ({@link MemoryRun}).
     */
    public Benchmark(BenchCorpus corpus, RuleSet rules, int repeat, int jobs, Consumer<String> progress,
                     long memorySentences) {
        this.memorySentences = memorySentences;
        if (repeat < 1 || jobs < 1) {
            throw new IllegalArgumentException("repeat and jobs must be at least 1");
        }
        this.corpus = corpus;
        this.rules = rules;
        this.repeat = repeat;
        this.jobs = jobs;
        this.progress = progress;
    }

    /**
     * Also times raw text end to end on one worker ({@link RawTextRun}): the corpus joined back into one
     * document of plain text, through sentence detection, tokenization and the name finder.
     */
    public Benchmark withRawText(boolean on) {
        this.rawText = on;
        return this;
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
            Map<String, Samples> cpu = new LinkedHashMap<>();
            Floors floors = new Floors(corpus.files(), nquads, repeat);
            floors.posWarmUp();
            for (int i = 1; i <= repeat; i++) {
                progress.accept("timed pass " + i + "/" + repeat);
                PassResult r = pass(work, null);
                r.nanos.forEach((k, v) -> steps.computeIfAbsent(k, x -> new Samples()).add(v));
                r.cpu.forEach((k, v) -> cpu.computeIfAbsent(k, x -> new Samples()).add(v));
                floors.posRun(); // timed in the same state as the pass (see Floors.posRun)
            }
            long peak = peakHeap();
            JobsScaling scaling = jobs > 1 ? scaling(work) : null;
            RawTextRun.Result raw = rawText ? new RawTextRun(corpus.files(), rules, progress).run(work, repeat) : null;
            progress.accept("floors");
            Map<String, Samples> floorSamples = floors.measure(work);
            List<MemoryRun.Result> memory = new ArrayList<>();
            if (memorySentences > 0) {
                MemoryRun m = new MemoryRun(corpus.files(), rules, jobs, progress);
                memory.add(m.run(work, memorySentences));
                memory.add(m.run(work, 10 * memorySentences));
            }
            return new BenchReport(corpus.description(), warm.documents, warm.sentences, warm.tokens, warm.quads,
                    repeat, jobs, steps, floorSamples, peak, warm.lemmaHitRate)
                    .withCpu(cpu, floors.cpu())
                    .withWarmUp(warm.nanos.getOrDefault(END_TO_END, 0L))
                    .withScaling(scaling)
                    .withRawText(raw)
                    .withMemory(memory);
        } finally {
            TempFolders.delete(work);
        }
    }

    /**
     * The parallel driver with one worker and with {@code jobs}, interleaved, on a corpus of many documents:
     * the bench corpus itself when it has at least {@code 4 x jobs} documents, else its sentences cut into
     * documents of 100 ({@link CutCorpus}); a single long document cannot be spread over workers whole.
     */
    private JobsScaling scaling(Path work) {
        List<Path> files = corpus.files();
        String description = corpus.description();
        long documents = countDocuments(files);
        if (documents < 4L * jobs) {
            long sentences = CutCorpus.sentences(files);
            files = CutCorpus.write(files, work.resolve("cut"), sentences);
            description = description + " cut into " + files.size() + " document" + (files.size() == 1 ? "" : "s")
                    + " of up to "
                    + CutCorpus.SENTENCES_PER_DOCUMENT + " sentences";
        }
        List<String> inputs = new ArrayList<>();
        files.forEach(f -> inputs.add(f.toString()));
        Samples one = new Samples();
        Samples many = new Samples();
        Samples oneCpu = new Samples();
        Samples manyCpu = new Samples();
        progress.accept("jobs scaling: warm-up with 1 and " + jobs + " jobs");
        long[] counts = parallelPass(work, inputs, 1, null);
        parallelPass(work, inputs, jobs, null);
        for (int i = 1; i <= repeat; i++) {
            progress.accept("jobs scaling: pass " + i + "/" + repeat + " with 1 job");
            parallelPass(work, inputs, 1, new Samples[] {one, oneCpu});
            progress.accept("jobs scaling: pass " + i + "/" + repeat + " with " + jobs + " jobs");
            parallelPass(work, inputs, jobs, new Samples[] {many, manyCpu});
        }
        return new JobsScaling(jobs, description, counts[0], counts[1], one, many, oneCpu, manyCpu);
    }

    private static long countDocuments(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            try (DocumentStream in = CorpusInput.open(f.toString(), InputFormat.AUTO)) {
                while (in.hasNext()) {
                    in.next();
                    n++;
                }
            }
        }
        return n;
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
            long c0 = ThreadCpu.now();
            for (Path file : corpus.files()) {
                try (DocumentStream in = CorpusInput.open(file.toString(), InputFormat.AUTO)) {
                    while (true) {
                        long tr = System.nanoTime();
                        long cr = ThreadCpu.now();
                        if (!in.hasNext()) {
                            break;
                        }
                        Document read;
                        try {
                            read = in.next();
                        } catch (InputFormatException e) {
                            throw new IllegalArgumentException(e.getMessage(), e);
                        }
                        clock.add(READING, System.nanoTime() - tr, ThreadCpu.now() - cr);
                        Document done = pipeline.process(read);
                        long tb = System.nanoTime();
                        long cb = ThreadCpu.now();
                        Graph g = rdf.toGraph(done);
                        Node name = DocumentRdf.documentNode(done.id());
                        pending.put(name, g);
                        clock.add(RDF, System.nanoTime() - tb, ThreadCpu.now() - cb);
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
            clock.add(END_TO_END, System.nanoTime() - t0, ThreadCpu.now() - c0);
        } finally {
            TempFolders.delete(dir);
        }
        r.nanos.putAll(clock.snapshot());
        r.cpu.putAll(clock.cpuSnapshot());
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
        long c = ThreadCpu.now();
        store.writeGraphs(pending);
        pending.clear();
        clock.add(WRITE, System.nanoTime() - t, ThreadCpu.now() - c);
    }

    /**
     * One end-to-end run of the parallel driver with {@code workers} into a fresh store; adds its wall time
     * and process CPU time to {@code into} (when given); returns the sentences and tokens it read.
     */
    private long[] parallelPass(Path work, List<String> inputs, int workers, Samples[] into) {
        Path dir = work.resolve("store-parallel");
        try (TdbStore store = TdbStore.open(dir); StoreSink sink = new StoreSink(store, StoreSink.DEFAULT_BATCH)) {
            long t0 = System.nanoTime();
            long c0 = ThreadCpu.process();
            ExtractionSummary summary = new ParallelExtraction(() -> StandardPipeline.forTaggedInput(rules, workers),
                    InputFormat.AUTO, workers, p -> {
                        throw new IllegalArgumentException(p);
                    }, d -> { }).run(inputs, sink);
            sink.flush();
            if (into != null) {
                into[0].add(System.nanoTime() - t0);
                into[1].add(ThreadCpu.process() - c0);
            }
            return new long[] {summary.sentences(), summary.tokens()};
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
        final Map<String, Long> cpu = new LinkedHashMap<>();
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
