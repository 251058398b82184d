package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrownClustersTest {

    private static final String TEXT = """
            # invented clusters
            rust\t1011011010
            haskell\t1011011011
            gcc\t10110111
            the\t010
            x0\t1010011110
            v0\t110
            """;

    private static BrownClusters clusters() throws IOException {
        return BrownClusters.read(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tokensAreLookedUpLowerCasedWithTheirDigitRunsCollapsed() throws IOException {
        BrownClusters c = clusters();
        assertEquals(6, c.size());
        assertEquals("1011011010", c.pathOf("Rust"));
        assertEquals("1010011110", c.pathOf("x86"));
        assertEquals("110", c.pathOf("v2.14"));
        assertNull(c.pathOf("Zig"));
        assertEquals("x0_0", BrownClusters.key("X86_64"));
    }

    @Test
    void featuresArePathPrefixesOfTheTokenAndItsNeighbours() throws IOException {
        BrownClusterFeatures f = new BrownClusterFeatures(clusters());
        String[] tokens = {"The", "GCC", "compiles", "Rust"};
        List<String> at1 = new ArrayList<>();
        f.createFeatures(at1, tokens, 1, new String[0]);
        // path 10110111: prefixes 4 and 6, then the whole path once; the neighbours' prefixes 4 and 6
        assertEquals(List.of("br4=1011", "br6=101101", "br10=10110111", "br-4=010"), at1);
        List<String> at2 = new ArrayList<>();
        f.createFeatures(at2, tokens, 2, new String[0]);
        assertEquals(List.of("br=none", "br-4=1011", "br-6=101101", "br+4=1011", "br+6=101101"), at2);
    }

    @Test
    void writeThenReadGivesTheSameClustersAndGzipFilesAreRead(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        clusters().write(bytes);
        BrownClusters again = BrownClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(6, again.size());
        assertEquals("1011011011", again.pathOf("HASKELL"));
        Path gz = dir.resolve("c.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(TEXT.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("010", BrownClusters.read(gz).pathOf("the"));
    }

    @Test
    void malformedLinesAreRefusedWithTheirNumber() {
        for (String bad : new String[] {"rust 1011\n", "rust\t10a1\n", "\t1011\n"}) {
            IOException e = assertThrows(IOException.class,
                    () -> BrownClusters.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
            assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        }
    }

    @Test
    void brownClustersTravelInsideTheModel() throws Exception {
        List<NameSample> samples = TinyCorpus.samples();
        List<String> progress = new ArrayList<>();
        TokenNameFinderModel model = NerTrainer.train(samples, List.of(),
                new NerTrainer.Options(NerTrainer.Algorithm.MAXENT, 30, 0, 1, 0.1, 0.1, 1, false, 1.0, 0.0, clusters()),
                progress::add);
        assertTrue(progress.contains("Brown clusters: 6 words"), progress.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        TokenNameFinderModel reloaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
        assertTrue(reloaded.getArtifact(BrownClusterFeatures.RESOURCE) instanceof BrownClusters b && b.size() == 6);
        assertEquals(1.0, NerEvaluator.evaluate(reloaded, samples).overall().f1(), 1e-9);
    }

    @Test
    void wordClustersAndBrownClustersAreAlternatives() {
        assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Options(NerTrainer.Algorithm.MAXENT, 30, 0,
                1, 0.1, 0.1, 1, true, 1.0, 0.0, clusters()));
    }
}
