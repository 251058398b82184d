package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.pipeline.SplitCorpus;

/** extract --jobs, extract -o DIR/ (N-Quads shards), load, bench: as a user runs them. */
class SpeedCommandsTest {

    @TempDir
    Path dir;

    private List<String> corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> files = new ArrayList<>();
        SplitCorpus.write(in, 5).forEach(p -> files.add(p.toString()));
        files.add(SplitCorpus.EXAMPLE.toString());
        return files;
    }

    private static String[] args(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all.toArray(String[]::new);
    }

    /** The store's quads (all graphs, the ontology included), sorted, as N-Quads lines. */
    private List<String> quads(Path store) throws IOException {
        Path out = dir.resolve("export-" + store.getFileName() + ".nq");
        CliRun r = CliRun.run("export", "--store", store.toString(), "--format", "nquads", "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        try (Stream<String> lines = Files.lines(out)) {
            return lines.filter(l -> !l.isBlank()).sorted().distinct().toList();
        }
    }

    @Test
    void extractWithSeveralJobsFillsTheSameStoreAsOneJob() throws IOException {
        List<String> files = corpus();
        Path one = dir.resolve("one");
        Path three = dir.resolve("three");
        CliRun r1 = CliRun.run(args(List.of("extract", "-q", "--jobs", "1", "--store", one.toString()), files));
        CliRun r3 = CliRun.run(args(List.of("extract", "-q", "--jobs", "3", "--store", three.toString()), files));
        assertEquals(0, r1.exitCode(), r1.err());
        assertEquals(0, r3.exitCode(), r3.err());
        assertTrue(r3.out().contains("6 documents"), r3.out());
        List<String> q1 = quads(one);
        assertTrue(q1.stream().anyMatch(l -> l.contains("forkedFrom")), "the example's facts are there");
        assertEquals(q1, quads(three), "same triples, same IRIs, same graphs");
    }

    @Test
    void aRunWithMoreFactsThanTheListingShowsFinishes() throws IOException {
        List<String> files = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Path copy = Files.createDirectories(dir.resolve("copy" + i)).resolve("DragonFly_BSD_" + i + ".txt");
            files.add(Files.copy(SplitCorpus.EXAMPLE, copy).toString());
        }
        CliRun r = CliRun.run(args(List.of("extract", "--store", dir.resolve("s").toString()), files));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("8 documents"), r.out());
    }

    @Test
    void shardsLoadedInBulkGiveTheStoreThatExtractBuilds() throws IOException {
        List<String> files = corpus();
        Path shards = dir.resolve("shards");
        CliRun s = CliRun.run(args(List.of("extract", "-q", "--format", "nquads", "-o", shards + "/"), files));
        assertEquals(0, s.exitCode(), s.err());
        try (Stream<Path> list = Files.list(shards)) {
            List<String> names = list.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("part-00001.nq", "part-00002.nq", "part-00003.nq", "part-00004.nq",
                    "part-00005.nq", "part-00006.nq"), names, "one shard per input file, nothing else");
        }
        Path loaded = dir.resolve("loaded");
        CliRun l = CliRun.run("load", shards + "/", "--store", loaded.toString());
        assertEquals(0, l.exitCode(), l.err());
        assertTrue(l.out().contains("6 files"), l.out());

        Path extracted = dir.resolve("extracted");
        CliRun e = CliRun.run(args(List.of("extract", "-q", "--store", extracted.toString()), files));
        assertEquals(0, e.exitCode(), e.err());
        assertEquals(quads(extracted), quads(loaded));

        CliRun q = CliRun.run("query", "--store", loaded.toString(), "--format", "csv",
                "SELECT ?o { ?s kg:forkedFrom ?o }");
        assertEquals(0, q.exitCode(), q.err());
        assertTrue(q.out().contains("freebsd"), q.out());
    }

    @Test
    void loadRefusesAStoreThatIsNotEmptyAndLeavesItAlone() throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, CliRun.run("extract", "-q", SplitCorpus.EXAMPLE.toString(), "--store", store.toString()).exitCode());
        List<String> before = quads(store);
        Path shards = dir.resolve("shards");
        assertEquals(0, CliRun.run("extract", "-q", "-o", shards + "/", SplitCorpus.EXAMPLE.toString()).exitCode());
        CliRun l = CliRun.run("load", shards.toString(), "--store", store.toString());
        assertEquals(1, l.exitCode());
        assertTrue(l.err().contains("not empty") && l.err().lines().count() == 1, l.err());
        assertEquals(before, quads(store));
    }

    @Test
    void loadOfBrokenNQuadsFailsInOneLineAndLeavesNoStore() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.nq"), "<http://a> <http://b> \"unterminated .\n");
        Path store = dir.resolve("store");
        CliRun l = CliRun.run("load", bad.toString(), "--store", store.toString());
        assertEquals(1, l.exitCode(), l.out());
        assertEquals(1, l.err().lines().count(), l.err());
        assertFalse(Files.exists(store), "no half-built store");
    }

    @Test
    void benchRunsOnATinyCorpusAndPrintsEveryStage() {
        CliRun r = CliRun.run("bench", "--corpus", SplitCorpus.EXAMPLE.toString(), "--repeat", "1", "-q");
        assertEquals(0, r.exitCode(), r.err());
        for (String step : List.of("reading", "annotation (POS + lemma)", "mention repair + resolution",
                "relation matching", "RDF building", "writing to TDB2", "end to end",
                "OpenNLP POS + lemma", "TDB2 bulk loader", "warm-up pass (a first run", "lemma memo hit rate",
                "peak heap")) {
            assertTrue(r.out().contains(step), step + " missing in\n" + r.out());
        }
        assertTrue(r.out().contains("2,004 tokens"), r.out());
    }

    @Test
    void benchJsonHasTheFigures() {
        CliRun r = CliRun.run("bench", "--corpus", SplitCorpus.EXAMPLE.toString(), "--repeat", "1", "--jobs", "2",
                "--json", "-q");
        assertEquals(0, r.exitCode(), r.err());
        String json = r.out().strip();
        assertTrue(json.startsWith("{") && json.endsWith("}"), json);
        for (String key : List.of("\"tokens\": 2004", "\"jobs\": 2", "\"step\": \"end to end\"", "\"ratioToFloor\"",
                "\"peakHeapBytes\"", "\"quadsPerSecond\"", "\"warmUpEndToEndNanos\"")) {
            assertTrue(json.contains(key), key + " missing in\n" + json);
        }
    }
}
