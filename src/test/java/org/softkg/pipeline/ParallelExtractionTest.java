package org.softkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.rdf.Reification;
import org.softkg.rdf.RdfSyntax;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;
import org.softkg.store.RdfFileSink;

class ParallelExtractionTest {

    private static final RuleSet RULES = RuleSet.loadDefault(Vocab.relationNames());

    @TempDir
    Path dir;

    /** What one run gives: the N-Quads text, the problem lines and the order documents were finished in. */
    private record Run(String nquads, List<String> problems, List<String> order, ExtractionSummary summary) {
    }

    private Run run(List<String> inputs, int jobs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        List<String> order = new ArrayList<>();
        ExtractionSummary summary;
        try (RdfFileSink sink = new RdfFileSink(out, RdfSyntax.NQUADS, Reification.RDF12)) {
            summary = new ParallelExtraction(() -> StandardPipeline.forTaggedInput(RULES, jobs), InputFormat.AUTO, jobs,
                    problems::add, d -> order.add(d.id())).run(inputs, sink);
        }
        return new Run(out.toString(StandardCharsets.UTF_8), problems, order, summary);
    }

    @Test
    void severalWorkersWriteExactlyWhatOneWorkerWrites() throws IOException {
        List<String> inputs = new ArrayList<>();
        SplitCorpus.write(dir, 7).forEach(p -> inputs.add(p.toString()));
        Run one = run(inputs, 1);
        Run three = run(inputs, 3);
        assertEquals(7, one.summary().documents());
        assertTrue(one.nquads().contains("forkedFrom"), "the example's fork fact is in the output");
        assertEquals(one.nquads(), three.nquads(), "same quads, same IRIs, same order");
        assertEquals(one.order(), three.order());
        assertEquals(List.of("part01", "part02", "part03", "part04", "part05", "part06", "part07"), three.order());
        assertEquals(one.summary().facts(), three.summary().facts());
        assertEquals(one.summary().tokens(), three.summary().tokens());
    }

    @Test
    void aLongDocumentSharedBetweenThreadsGivesTheSameGraph() throws IOException {
        String example = Files.readString(SplitCorpus.EXAMPLE);
        Path big = Files.writeString(dir.resolve("Long_document.txt"), example.repeat(9)); // 702 sentences, 3 chunks
        Run one = run(List.of(big.toString()), 1);
        Run three = run(List.of(big.toString()), 3);
        assertEquals(702, three.summary().sentences());
        assertEquals(one.nquads(), three.nquads());
    }

    @Test
    void theWikiSerDevSplitGivesTheSameGraphWithTwoJobs() {
        String shared = System.getProperty("softkg.shared.data");
        Assumptions.assumeTrue(shared != null && Files.isReadable(Path.of(shared, "wikiser-small", "dev.txt")),
                "shared data not available");
        String dev = Path.of(shared, "wikiser-small", "dev.txt").toString();
        assertEquals(run(List.of(dev), 1).nquads(), run(List.of(dev), 2).nquads());
    }

    @Test
    void problemsAreReportedInInputOrderAndTheOtherDocumentsGoOn() throws IOException {
        List<Path> parts = SplitCorpus.write(dir, 4);
        Path bad = Files.writeString(dir.resolve("bad.txt"), "<s>\nword\tO\nbroken\tX-Nope\n</s>\n");
        List<String> inputs = List.of(parts.get(0).toString(), bad.toString(), dir.resolve("missing.txt").toString(),
                parts.get(1).toString(), parts.get(2).toString());
        Run one = run(inputs, 1);
        Run two = run(inputs, 2);
        assertEquals(2, two.summary().problems(), two.problems().toString());
        assertEquals(one.problems(), two.problems());
        assertTrue(two.problems().get(0).contains("bad.txt"), two.problems().toString());
        assertTrue(two.problems().get(1).contains("missing.txt"), two.problems().toString());
        assertEquals(3, two.summary().documents());
        assertEquals(one.nquads(), two.nquads());
    }

    @Test
    void aSinkFailureStopsTheRunAndIsRethrown() throws IOException {
        List<String> inputs = new ArrayList<>();
        SplitCorpus.write(dir, 6).forEach(p -> inputs.add(p.toString()));
        DocumentSink failing = new DocumentSink() {
            private int n;

            @Override
            public void accept(Document document) {
                if (++n == 2) {
                    throw new IllegalStateException("disk full");
                }
            }

            @Override
            public void close() {
            }
        };
        ParallelExtraction extraction = new ParallelExtraction(() -> StandardPipeline.forTaggedInput(RULES),
                InputFormat.AUTO, 2, p -> { }, d -> { });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> extraction.run(inputs, failing));
        assertEquals("disk full", e.getMessage());
    }
}
