package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval ner (whole input) and extract (each raw-text document) make the names consistent unless --no-consistent-names. */
class EvalConsistentNamesTest {

    @TempDir
    Path dir;

    @Test
    void evalScoresWithAndWithoutTheConsistencyStep() throws IOException {
        Path data = NerCommandsTest.tinyCorpus(dir);
        Path model = dir.resolve("m.bin");
        CliRun train = CliRun.run("train", "ner", "--data", data.toString(), "-o", model.toString(),
                "--algorithm", "MAXENT", "--iterations", "30");
        assertEquals(0, train.exitCode(), train.err());
        for (String option : new String[] {"--consistent-names", "--no-consistent-names"}) {
            CliRun eval = CliRun.run("eval", "ner", "--model", model.toString(), "--data", data.toString(), option);
            assertEquals(0, eval.exitCode(), eval.err());
            assertTrue(eval.out().strip().endsWith("f1 1.000"), option + ": " + eval.out());
        }
        CliRun folds = CliRun.run("eval", "ner", "--data", data.toString(), "--folds", "2", "--iterations", "20",
                "--no-consistent-names");
        assertEquals(0, folds.exitCode(), folds.err());
        assertTrue(folds.out().startsWith("18 sentences, 18 entities"), folds.out());
        CliRun help = CliRun.run("eval", "ner", "--help");
        assertTrue(help.out().contains("--[no-]consistent-names"), help.out());

        Path raw = Files.writeString(dir.resolve("note.txt"), "We use Python every day.\n\nIt runs on Linux and more.\n");
        for (String option : new String[] {"--consistent-names", "--no-consistent-names"}) {
            Path out = dir.resolve("out" + option + ".nt");
            CliRun extract = CliRun.run("extract", "--ner-model", model.toString(), "-o", out.toString(), option,
                    raw.toString());
            assertEquals(0, extract.exitCode(), extract.err());
            String nt = Files.readString(out);
            assertTrue(nt.contains("\"Python\"") && nt.contains("\"Linux\""), option + ": " + nt);
        }
        assertTrue(CliRun.run("extract", "--help").out().contains("--[no-]consistent-names"));
    }
}
