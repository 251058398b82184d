package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train ner --gaussian-sigma} and {@code eval ner --model M --outside-weight W} as a user runs them. */
class NerPriorOptionsTest {

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        return NerCommandsTest.tinyCorpus(dir);
    }

    private static String lastLine(String out) {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void gisTrainsWithAGaussianPriorAndTheModelCanBeScoredAtAnotherOutsideWeight() throws IOException {
        Path data = corpus();
        Path model = dir.resolve("g.bin");
        CliRun train = CliRun.run("train", "ner", "--data", data.toString(), "-o", model.toString(), "--iterations", "40",
                "--algorithm", "MAXENT", "--gaussian-sigma", "2");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.err().contains("GIS with a Gaussian prior, sigma 2.0"), train.err());

        CliRun own = CliRun.run("eval", "ner", "--model", model.toString(), "--data", data.toString());
        assertEquals(0, own.exitCode(), own.err());
        assertEquals("overall precision 1.000 recall 1.000 f1 1.000", lastLine(own.out()));
        // a tiny outside weight tags almost every token: the precision falls, so the weight given was used
        CliRun eager = CliRun.run("eval", "ner", "--model", model.toString(), "--data", data.toString(),
                "--outside-weight", "0.000000000001");
        assertEquals(0, eager.exitCode(), eager.err());
        assertTrue(lastLine(eager.out()).startsWith("overall precision 0."), eager.out());
    }

    @Test
    void theSigmaIsForGisOnlyAndNeverNegative() throws IOException {
        Path data = corpus();
        Path model = dir.resolve("p.bin");
        CliRun perceptron = CliRun.run("train", "ner", "--data", data.toString(), "-o", model.toString(),
                "--gaussian-sigma", "2");
        assertEquals(2, perceptron.exitCode());
        assertTrue(perceptron.err().contains("--gaussian-sigma applies to --algorithm MAXENT only"), perceptron.err());
        CliRun negative = CliRun.run("train", "ner", "--data", data.toString(), "-o", model.toString(),
                "--algorithm", "MAXENT", "--gaussian-sigma", "-1");
        assertEquals(2, negative.exitCode());
        assertTrue(negative.err().contains("--gaussian-sigma must be >= 0"), negative.err());
        assertTrue(Files.notExists(model));
        CliRun weight = CliRun.run("eval", "ner", "--data", data.toString(), "--outside-weight", "1.5");
        assertEquals(2, weight.exitCode());
        assertTrue(weight.err().contains("--outside-weight must be above 0 and at most 1"), weight.err());
    }
}
