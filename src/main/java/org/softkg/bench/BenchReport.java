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
 * design names them, RDF building, writing, end to end) the median and spread of the timed passes,
 * the throughput, and the ratio to the step's floor. Printed as a table or as JSON.
 */
public final class BenchReport {

    /** A printed row: a label, the step names summed into it, and the floor it is compared with. */
    private record Row(String label, List<String> steps, String floor) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("reading", List.of(Benchmark.READING), Floors.READ_BYTES),
            new Row("annotation (POS + lemma)", List.of("PosLemmaAnnotator"), Floors.POS_LEMMA),
            new Row("mention repair + resolution", List.of("TagDecoder", "MentionRepair", "EntityResolver"), null),
            new Row("relation matching", List.of("RelationExtractor"), null),
            new Row("RDF building", List.of(Benchmark.RDF), null),
            new Row("writing to TDB2", List.of(Benchmark.WRITE), Floors.BULK_LOAD),
            new Row("end to end", List.of(Benchmark.END_TO_END), null));

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
                out.add(new Row(s, List.of(s), null));
            }
        }
        out.addAll(ROWS.subList(4, ROWS.size()));
        return out;
    }

    /** Per-pass sums of several steps (each step has one sample per pass). */
    private Samples summed(List<String> names) {
        Samples out = new Samples();
        for (int i = 0; i < repeat; i++) {
            long sum = 0;
            for (String n : names) {
                Samples s = steps.get(n);
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
        String fmt = "%-30s %10s %8s %11s %11s   %-28s %10s %8s%n";
        out.printf(Locale.ROOT, fmt, "step", "median ms", "spread", "tokens/s", "sentences/s", "floor", "floor ms", "x floor");
        for (Row r : rows()) {
            Samples s = summed(r.steps());
            double ms = s.median() / 1e6;
            String floorName = "";
            String floorMs = "";
            String ratio = "";
            if (r.floor() != null && floors.containsKey(r.floor())) {
                double f = floors.get(r.floor()).median() / 1e6;
                floorName = r.floor().replace("floor: ", "");
                floorMs = String.format(Locale.ROOT, "%.1f", f);
                ratio = f == 0 ? "" : String.format(Locale.ROOT, "%.2f", ms / f);
            }
            out.printf(Locale.ROOT, fmt, r.label(), String.format(Locale.ROOT, "%.1f", ms),
                    String.format(Locale.ROOT, "±%.0f%%", s.spread() * 100),
                    rate(tokens, s.median()), rate(sentences, s.median()), floorName, floorMs, ratio);
        }
        out.println();
        out.println("floors (same input, same libraries):");
        for (Map.Entry<String, Samples> e : floors.entrySet()) {
            Samples s = e.getValue();
            boolean load = e.getKey().equals(Floors.BULK_LOAD);
            out.printf(Locale.ROOT, "  %-30s %10.1f ms  ±%.0f%%  %s%n", e.getKey().replace("floor: ", ""),
                    s.median() / 1e6, s.spread() * 100,
                    load ? rate(quads, s.median()) + " quads/s" : rate(tokens, s.median()) + " tokens/s");
        }
        Samples write = summed(List.of(Benchmark.WRITE));
        out.printf(Locale.ROOT, "  %-30s %10.1f ms         %s quads/s%n", "(softkg writing to TDB2)",
                write.median() / 1e6, rate(quads, write.median()));
        out.printf(Locale.ROOT, "lemma memo hit rate in the warm-up pass: %.1f%% (the timed passes reuse the warm memo)%n",
                lemmaHitRate * 100);
        out.printf(Locale.ROOT, "peak heap during the timed passes: %,d MB%n", peakHeap >> 20);
        out.flush();
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
            o.put("tokensPerSecond", num(perSecond(tokens, s.median())));
            o.put("sentencesPerSecond", num(perSecond(sentences, s.median())));
            if (r.floor() != null && floors.containsKey(r.floor())) {
                double f = floors.get(r.floor()).median();
                o.put("floor", quote(r.floor().replace("floor: ", "")));
                o.put("floorMedianMs", num(f / 1e6));
                o.put("ratioToFloor", num(f == 0 ? 0 : s.median() / f));
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
            o.put(e.getKey().equals(Floors.BULK_LOAD) ? "quadsPerSecond" : "tokensPerSecond",
                    num(perSecond(e.getKey().equals(Floors.BULK_LOAD) ? quads : tokens, s.median())));
            b.append("    ").append(object(o)).append(++i < floors.size() ? ",\n" : "\n");
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
