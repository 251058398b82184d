package org.softkg.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The figures of one {@link Benchmark} run: per step (reading, the pipeline stages grouped as the
 * design names them, RDF building, writing, end to end) the median and spread of the timed passes in
 * wall time and in CPU time, the throughput, and the ratio to the step's floor (on CPU time where step
 * and floor run on one thread, which survives a loaded machine; on wall time for the store, whose floor,
 * the bulk loader, runs threads of its own); then each target of the speed issue with its figure.
 * Printed as a table or as JSON.
 */
public final class BenchReport {

    /**
     * A printed row: a label, the step names summed into it, the floor it is compared with, and whether
     * the ratio is taken on CPU time (both sides on the calling thread) or on wall time.
     */
    private record Row(String label, List<String> steps, String floor, boolean cpuRatio) {
        Row(String label, List<String> steps) {
            this(label, steps, null, false);
        }
    }

    static final String ANNOTATION = "annotation (POS + lemma)";
    static final String WRITING = "writing to TDB2";

    /** Targets of the speed issue. */
    static final double TARGET_TOKENS_PER_SECOND = 30_000;
    static final double TARGET_ANNOTATION_RATIO = 1.3;
    static final double TARGET_WRITE_RATIO = 2.0;
    static final double TARGET_SPEEDUP = 1.7;
    static final double TARGET_MEMORY_GROWTH = 0.20;
    static final double TARGET_RAW_TOKENS_PER_SECOND = 10_000;

    private static final List<Row> ROWS = List.of(
            new Row("reading", List.of(Benchmark.READING), Floors.READ_BYTES, true),
            new Row(ANNOTATION, List.of("PosLemmaAnnotator"), Floors.POS, true),
            new Row("mention repair + resolution", List.of("TagDecoder", "MentionRepair", "EntityResolver")),
            new Row("relation matching", List.of("RelationExtractor")),
            new Row("RDF building", List.of(Benchmark.RDF)),
            new Row(WRITING, List.of(Benchmark.WRITE), Floors.BULK_LOAD, false),
            new Row("end to end", List.of(Benchmark.END_TO_END), Floors.POS, true));

    private final String corpus;
    private final int documents;
    private final long sentences;
    private final long tokens;
    private final long quads;
    private final int repeat;
    private final int jobs;
    private final Map<String, Samples> steps;
    private final Map<String, Samples> floors;
    private final long peakHeap;
    private final double lemmaHitRate;
    private Map<String, Samples> stepsCpu = Map.of();
    private Map<String, Samples> floorsCpu = Map.of();
    private JobsScaling scaling;
    private List<MemoryRun.Result> memory = List.of();
    private RawTextRun.Result raw;
    private long warmUpNanos;

    BenchReport(String corpus, int documents, long sentences, long tokens, long quads, int repeat, int jobs,
                Map<String, Samples> steps, Map<String, Samples> floors, long peakHeap, double lemmaHitRate) {
        this.lemmaHitRate = lemmaHitRate;
        this.corpus = corpus;
        this.documents = documents;
        this.sentences = sentences;
        this.tokens = tokens;
        this.quads = quads;
        this.repeat = repeat;
        this.jobs = jobs;
        this.steps = steps;
        this.floors = floors;
        this.peakHeap = peakHeap;
    }

    /** The same report with the CPU times of the steps and of the floors. */
    BenchReport withCpu(Map<String, Samples> steps, Map<String, Samples> floors) {
        this.stepsCpu = steps;
        this.floorsCpu = floors;
        return this;
    }

    /**
     * The same report with the end-to-end wall time of the warm-up pass: a first run's speed, with the lemma memo
     * empty and the JIT still compiling, which the timed passes (warm memo) do not show.
     */
    BenchReport withWarmUp(long endToEndNanos) {
        this.warmUpNanos = endToEndNanos;
        return this;
    }

    /** The same report with the {@code --jobs} scaling runs (null: none). */
    BenchReport withScaling(JobsScaling s) {
        this.scaling = s;
        return this;
    }

    /** The same report with the raw-text runs (null: none). */
    BenchReport withRawText(RawTextRun.Result r) {
        this.raw = r;
        return this;
    }

    /** The same report with the memory-flatness runs (small one first; empty: none). */
    BenchReport withMemory(List<MemoryRun.Result> runs) {
        this.memory = List.copyOf(runs);
        return this;
    }

    /** The labels of the printed steps, in order (stages the table does not know get a row of their own). */
    public List<String> stepLabels() {
        List<String> out = new ArrayList<>();
        rows().forEach(r -> out.add(r.label()));
        return out;
    }

    /** Median seconds of a printed step, by label. */
    public double medianSeconds(String label) {
        return rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .map(r -> summed(r.steps()).median() / 1e9).orElseThrow();
    }

    public long tokens() {
        return tokens;
    }

    public long peakHeapBytes() {
        return peakHeap;
    }

    private List<Row> rows() {
        Set<String> known = new LinkedHashSet<>();
        ROWS.forEach(r -> known.addAll(r.steps()));
        List<Row> out = new ArrayList<>(ROWS.subList(0, 4));
        for (String s : steps.keySet()) {
            if (!known.contains(s)) {
                out.add(new Row(s, List.of(s)));
            }
        }
        out.addAll(ROWS.subList(4, ROWS.size()));
        return out;
    }

    /** Per-pass sums of several steps' wall times (each step has one sample per pass). */
    private Samples summed(List<String> names) {
        return summed(steps, names);
    }

    /** Per-pass sums of several steps' CPU times. */
    private Samples summedCpu(List<String> names) {
        return summed(stepsCpu, names);
    }

    /** The ratio of a row to its floor (CPU or wall time as the row says), or NaN when there is none. */
    private double ratio(Row r) {
        if (r.floor() == null) {
            return Double.NaN;
        }
        Samples f = (r.cpuRatio() ? floorsCpu : floors).get(r.floor());
        Samples mine = r.cpuRatio() ? summedCpu(r.steps()) : summed(r.steps());
        if (f == null || f.median() == 0 || mine.isEmpty() || mine.median() == 0) {
            return Double.NaN;
        }
        return mine.median() / f.median();
    }

    private Row row(String label) {
        return rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private Samples summed(Map<String, Samples> from, List<String> names) {
        Samples out = new Samples();
        for (int i = 0; i < repeat; i++) {
            long sum = 0;
            for (String n : names) {
                Samples s = from.get(n);
                if (s != null && s.count() > i) {
                    sum += s.values().get(i);
                }
            }
            out.add(sum);
        }
        return out;
    }

    /** The table. */
    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "corpus: %s%n", corpus);
        out.printf(Locale.ROOT, "%,d document%s, %,d sentences, %,d tokens, %,d quads; %d timed pass%s after a warm-up; "
                        + "jobs %d; %d cores; Java %s; max heap %,d MB%n",
                documents, documents == 1 ? "" : "s", sentences, tokens, quads, repeat, repeat == 1 ? "" : "es", jobs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        out.println();
        String fmt = "%-28s %9s %7s %9s %10s %11s   %-20s %9s %8s%n";
        out.printf(Locale.ROOT, fmt, "step", "wall ms", "spread", "cpu ms", "tokens/s", "sentences/s", "floor",
                "floor ms", "x floor");
        for (Row r : rows()) {
            Samples s = summed(r.steps());
            Samples c = summedCpu(r.steps());
            double ms = s.median() / 1e6;
            String floorName = "";
            String floorMs = "";
            String ratio = "";
            double x = ratio(r);
            if (!Double.isNaN(x)) {
                Samples f = (r.cpuRatio() ? floorsCpu : floors).get(r.floor());
                floorName = r.floor().replace("floor: ", "") + (r.cpuRatio() ? " (cpu)" : " (wall)");
                floorMs = String.format(Locale.ROOT, "%.1f", f.median() / 1e6);
                ratio = String.format(Locale.ROOT, "%.2f", x);
            }
            out.printf(Locale.ROOT, fmt, r.label(), String.format(Locale.ROOT, "%.1f", ms),
                    String.format(Locale.ROOT, "±%.0f%%", s.spread() * 100),
                    c.isEmpty() ? "" : String.format(Locale.ROOT, "%.1f", c.median() / 1e6),
                    rate(tokens, s.median()), rate(sentences, s.median()), floorName, floorMs, ratio);
        }
        out.println();
        out.println("floors (same input, same libraries; cpu = CPU time of the calling thread):");
        for (Map.Entry<String, Samples> e : floors.entrySet()) {
            Samples s = e.getValue();
            Samples c = floorsCpu.get(e.getKey());
            boolean load = e.getKey().equals(Floors.BULK_LOAD);
            out.printf(Locale.ROOT, "  %-28s %10.1f ms wall  ±%.0f%%  %s%s%n", e.getKey().replace("floor: ", ""),
                    s.median() / 1e6, s.spread() * 100,
                    load ? rate(quads, s.median()) + " quads/s" : rate(tokens, s.median()) + " tokens/s",
                    load || c == null ? "" : String.format(Locale.ROOT, "; %.1f ms cpu, %s tokens/s", c.median() / 1e6,
                            rate(tokens, c.median())));
        }
        Samples write = summed(List.of(Benchmark.WRITE));
        out.printf(Locale.ROOT, "  %-28s %10.1f ms wall         %s quads/s%n", "(softkg writing to TDB2)",
                write.median() / 1e6, rate(quads, write.median()));
        Samples annotation = summedCpu(row(ANNOTATION).steps());
        Samples posLemma = floorsCpu.get(Floors.POS_LEMMA);
        if (posLemma != null && posLemma.median() > 0 && !annotation.isEmpty()) {
            out.printf(Locale.ROOT, "annotation is %.2fx OpenNLP POS + lemmatizer without a memo (cpu)%n",
                    annotation.median() / posLemma.median());
        }
        if (warmUpNanos > 0) {
            out.printf(Locale.ROOT, "warm-up pass (a first run: empty lemma memo, JIT compiling; also writes N-Quads): "
                    + "%.1f ms wall, %s tokens/s%n", warmUpNanos / 1e6, rate(tokens, warmUpNanos));
        }
        out.printf(Locale.ROOT, "lemma memo hit rate in the warm-up pass: %.1f%% (the timed passes reuse the warm memo)%n",
                lemmaHitRate * 100);
        out.printf(Locale.ROOT, "peak heap during the timed passes: %,d MB%n", peakHeap >> 20);
        printScaling(out);
        printRawText(out);
        printMemory(out);
        out.println();
        out.println("targets:");
        for (Target t : targets()) {
            out.printf(Locale.ROOT, "  %-44s %-34s %s%n", t.name(), t.figure(), t.verdict());
        }
        out.flush();
    }

    private void printScaling(PrintWriter out) {
        if (scaling == null) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "jobs scaling (extract's parallel driver, end to end into TDB2): %s%n", scaling.corpus());
        out.printf(Locale.ROOT, "  %,d sentences, %,d tokens; %d pass%s each, interleaved%n", scaling.sentences(),
                scaling.tokens(), repeat, repeat == 1 ? "" : "es");
        out.printf(Locale.ROOT, "  1 job : %10.1f ms wall  ±%.0f%%  %s tokens/s  cores busy %.2f%n",
                scaling.one().median() / 1e6, scaling.one().spread() * 100,
                rate(scaling.tokens(), scaling.one().median()), scaling.coresUsedOne());
        out.printf(Locale.ROOT, "  %d jobs: %10.1f ms wall  ±%.0f%%  %s tokens/s  cores busy %.2f of %d%n",
                scaling.jobs(), scaling.many().median() / 1e6, scaling.many().spread() * 100,
                rate(scaling.tokens(), scaling.many().median()), scaling.coresUsedMany(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "  speed-up %.2fx%n", scaling.speedup());
        out.printf(Locale.ROOT, "  process cpu: 1 job %.1f ms, %d jobs %.1f ms (x%.2f); with %d free cores the cpu allows"
                        + " at most %.2fx%n", scaling.oneCpu().median() / 1e6, scaling.jobs(),
                scaling.manyCpu().median() / 1e6, scaling.cpuRatio(), scaling.jobs(), scaling.cpuBoundSpeedup());
    }

    private void printRawText(PrintWriter out) {
        if (raw == null) {
            return;
        }
        out.println();
        out.println("raw text end to end into TDB2, one worker (the corpus joined back into one document of paragraphs;");
        out.println("  sentences, tokens, name finder, within-document names, POS + lemma, mentions, relations, store):");
        out.printf(Locale.ROOT, "  %,d sentences, %,d tokens; %d pass%s after a warm-up%n", raw.sentences(), raw.tokens(),
                repeat, repeat == 1 ? "" : "es");
        out.printf(Locale.ROOT, "  %10.1f ms wall  ±%.0f%%  %s tokens/s; %.1f ms cpu (pipeline thread), %s tokens/s;"
                        + " process cpu %.1f ms (cores busy %.2f)%n",
                raw.wall().median() / 1e6, raw.wall().spread() * 100, rate(raw.tokens(), raw.wall().median()),
                raw.threadCpu().median() / 1e6, rate(raw.tokens(), raw.threadCpu().median()),
                raw.processCpu().median() / 1e6, rawCoresBusy());
    }

    private double rawCoresBusy() {
        return raw.wall().median() <= 0 ? 0 : raw.processCpu().median() / raw.wall().median();
    }

    private void printMemory(PrintWriter out) {
        if (memory.size() < 2) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "memory (extraction into TDB2 with %d job%s, max heap %,d MB; live heap = in use after"
                + " a full GC, sampled 20 times per run):%n", jobs, jobs == 1 ? "" : "s",
                Runtime.getRuntime().maxMemory() >> 20);
        for (MemoryRun.Result m : memory) {
            out.printf(Locale.ROOT, "  %,9d sentences %,6d documents %,11d tokens %8.1f s  peak live heap %,5d MB"
                            + "  at the end %,5d MB%n", m.sentences(), m.documents(), m.tokens(), m.seconds(),
                    m.peakLiveHeap() >> 20, m.lastLiveHeap() >> 20);
        }
    }

    /** One target: its name, the measured figure, and met / not met / not measured. */
    record Target(String name, String figure, String verdict) {
    }

    /** The targets of the speed issue with this run's figures. */
    public List<Target> targets() {
        List<Target> out = new ArrayList<>();
        Samples end = summed(List.of(Benchmark.END_TO_END));
        Samples endCpu = summedCpu(List.of(Benchmark.END_TO_END));
        double wallRate = perSecond(tokens, end.median());
        String cpuRate = endCpu.isEmpty() ? "" : " (" + rate(tokens, endCpu.median()) + " on cpu)";
        out.add(new Target("end to end, one worker >= 30,000 tokens/s", rate(tokens, end.median()) + cpuRate,
                verdict(wallRate >= TARGET_TOKENS_PER_SECOND)));
        double a = ratio(row(ANNOTATION));
        out.add(new Target("annotation <= 1.3x OpenNLP POS alone (cpu)", x(a),
                Double.isNaN(a) ? "not measured" : verdict(a <= TARGET_ANNOTATION_RATIO)));
        double w = ratio(row(WRITING));
        out.add(new Target("writing <= 2x TDB2 bulk loader (wall)", x(w),
                Double.isNaN(w) ? "not measured" : verdict(w <= TARGET_WRITE_RATIO)));
        if (scaling == null) {
            out.add(new Target("--jobs 2 >= 1.7x one worker", "", "not measured (use --jobs 2)"));
        } else {
            out.add(new Target("--jobs " + scaling.jobs() + " >= 1.7x one worker", x(scaling.speedup())
                    + String.format(Locale.ROOT, " (cores busy %.2f)", scaling.coresUsedMany()),
                    verdict(scaling.speedup() >= TARGET_SPEEDUP)));
        }
        if (raw == null) {
            out.add(new Target("raw text, one worker >= 10,000 tokens/s", "", "not measured (use --raw)"));
        } else {
            out.add(new Target("raw text, one worker >= 10,000 tokens/s", rate(raw.tokens(), raw.wall().median())
                    + " (" + rate(raw.tokens(), raw.threadCpu().median()) + " on cpu)",
                    verdict(perSecond(raw.tokens(), raw.wall().median()) >= TARGET_RAW_TOKENS_PER_SECOND)));
        }
        if (memory.size() < 2) {
            out.add(new Target("memory: 10x corpus within +20% peak heap", "", "not measured (use --memory)"));
        } else {
            double growth = memoryGrowth();
            out.add(new Target("memory: 10x corpus within +20% peak heap",
                    String.format(Locale.ROOT, "%+.0f%% live heap", growth * 100),
                    verdict(growth <= TARGET_MEMORY_GROWTH)));
        }
        return out;
    }

    /** Peak live heap of the large memory run relative to the small one, minus 1. */
    double memoryGrowth() {
        return (double) memory.get(1).peakLiveHeap() / memory.get(0).peakLiveHeap() - 1;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "not met";
    }

    private static String x(double d) {
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.2fx", d);
    }

    /** The figures as one JSON object. */
    public String toJson() {
        StringBuilder b = new StringBuilder();
        b.append("{\n");
        field(b, "corpus", quote(corpus)).append(",\n");
        field(b, "documents", documents).append(",\n");
        field(b, "sentences", sentences).append(",\n");
        field(b, "tokens", tokens).append(",\n");
        field(b, "quads", quads).append(",\n");
        field(b, "repeat", repeat).append(",\n");
        field(b, "jobs", jobs).append(",\n");
        field(b, "cores", Runtime.getRuntime().availableProcessors()).append(",\n");
        field(b, "java", quote(System.getProperty("java.version"))).append(",\n");
        field(b, "maxHeapBytes", Runtime.getRuntime().maxMemory()).append(",\n");
        field(b, "peakHeapBytes", peakHeap).append(",\n");
        field(b, "lemmaMemoHitRateWarmUp", num(Double.isNaN(lemmaHitRate) ? 0 : lemmaHitRate)).append(",\n");
        field(b, "warmUpEndToEndNanos", warmUpNanos).append(",\n");
        b.append("  \"steps\": [\n");
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Samples s = summed(r.steps());
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("step", quote(r.label()));
            o.put("medianMs", num(s.median() / 1e6));
            o.put("minMs", num(s.min() / 1e6));
            o.put("maxMs", num(s.max() / 1e6));
            Samples c = summedCpu(r.steps());
            if (!c.isEmpty()) {
                o.put("cpuMedianMs", num(c.median() / 1e6));
            }
            o.put("tokensPerSecond", num(perSecond(tokens, s.median())));
            o.put("sentencesPerSecond", num(perSecond(sentences, s.median())));
            double x = ratio(r);
            if (!Double.isNaN(x)) {
                Samples f = (r.cpuRatio() ? floorsCpu : floors).get(r.floor());
                o.put("floor", quote(r.floor().replace("floor: ", "")));
                o.put("ratioOn", quote(r.cpuRatio() ? "cpu" : "wall"));
                o.put("floorMedianMs", num(f.median() / 1e6));
                o.put("ratioToFloor", num(x));
            }
            b.append("    ").append(object(o)).append(i + 1 < rows.size() ? ",\n" : "\n");
        }
        b.append("  ],\n  \"floors\": [\n");
        int i = 0;
        for (Map.Entry<String, Samples> e : floors.entrySet()) {
            Samples s = e.getValue();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("floor", quote(e.getKey().replace("floor: ", "")));
            o.put("medianMs", num(s.median() / 1e6));
            o.put("minMs", num(s.min() / 1e6));
            o.put("maxMs", num(s.max() / 1e6));
            Samples c = floorsCpu.get(e.getKey());
            if (c != null && !e.getKey().equals(Floors.BULK_LOAD)) {
                o.put("cpuMedianMs", num(c.median() / 1e6));
            }
            o.put(e.getKey().equals(Floors.BULK_LOAD) ? "quadsPerSecond" : "tokensPerSecond",
                    num(perSecond(e.getKey().equals(Floors.BULK_LOAD) ? quads : tokens, s.median())));
            b.append("    ").append(object(o)).append(++i < floors.size() ? ",\n" : "\n");
        }
        b.append("  ]");
        if (scaling != null) {
            b.append(",\n  \"jobsScaling\": {\"jobs\": ").append(scaling.jobs())
                    .append(", \"corpus\": ").append(quote(scaling.corpus()))
                    .append(", \"tokens\": ").append(scaling.tokens())
                    .append(", \"oneJobMedianMs\": ").append(num(scaling.one().median() / 1e6))
                    .append(", \"jobsMedianMs\": ").append(num(scaling.many().median() / 1e6))
                    .append(", \"speedup\": ").append(num(scaling.speedup()))
                    .append(", \"coresBusyOneJob\": ").append(num(scaling.coresUsedOne()))
                    .append(", \"coresBusyJobs\": ").append(num(scaling.coresUsedMany()))
                    .append(", \"oneJobCpuMedianMs\": ").append(num(scaling.oneCpu().median() / 1e6))
                    .append(", \"jobsCpuMedianMs\": ").append(num(scaling.manyCpu().median() / 1e6))
                    .append(", \"cpuBoundSpeedup\": ").append(num(scaling.cpuBoundSpeedup())).append("}");
        }
        if (raw != null) {
            b.append(",\n  \"rawText\": {\"sentences\": ").append(raw.sentences())
                    .append(", \"tokens\": ").append(raw.tokens())
                    .append(", \"medianMs\": ").append(num(raw.wall().median() / 1e6))
                    .append(", \"cpuMedianMs\": ").append(num(raw.threadCpu().median() / 1e6))
                    .append(", \"processCpuMedianMs\": ").append(num(raw.processCpu().median() / 1e6))
                    .append(", \"tokensPerSecond\": ").append(num(perSecond(raw.tokens(), raw.wall().median())))
                    .append(", \"cpuTokensPerSecond\": ").append(num(perSecond(raw.tokens(), raw.threadCpu().median())))
                    .append("}");
        }
        if (memory.size() >= 2) {
            b.append(",\n  \"memory\": [\n");
            for (int m = 0; m < memory.size(); m++) {
                MemoryRun.Result r = memory.get(m);
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("sentences", r.sentences());
                o.put("documents", r.documents());
                o.put("tokens", r.tokens());
                o.put("seconds", num(r.seconds()));
                o.put("peakLiveHeapBytes", r.peakLiveHeap());
                o.put("lastLiveHeapBytes", r.lastLiveHeap());
                b.append("    ").append(object(o)).append(m + 1 < memory.size() ? ",\n" : "\n");
            }
            b.append("  ],\n  \"memoryGrowth\": ").append(num(memoryGrowth()));
        }
        b.append(",\n  \"targets\": [\n");
        List<Target> ts = targets();
        for (int t = 0; t < ts.size(); t++) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("target", quote(ts.get(t).name()));
            o.put("figure", quote(ts.get(t).figure()));
            o.put("verdict", quote(ts.get(t).verdict()));
            b.append("    ").append(object(o)).append(t + 1 < ts.size() ? ",\n" : "\n");
        }
        b.append("  ]\n}\n");
        return b.toString();
    }

    private static StringBuilder field(StringBuilder b, String name, Object value) {
        return b.append("  \"").append(name).append("\": ").append(value);
    }

    private static String object(Map<String, Object> o) {
        List<String> parts = new ArrayList<>();
        o.forEach((k, v) -> parts.add("\"" + k + "\": " + v));
        return "{" + String.join(", ", parts) + "}";
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static double perSecond(long count, double nanos) {
        return nanos <= 0 ? 0 : count / (nanos / 1e9);
    }

    private static String rate(long count, double nanos) {
        return String.format(Locale.ROOT, "%,.0f", perSecond(count, nanos));
    }
}
