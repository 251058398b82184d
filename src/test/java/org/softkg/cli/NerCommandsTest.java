package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train ner, eval ner and extract --ner-model as a user runs them. */
class NerCommandsTest {

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        return tinyCorpus(dir);
    }

    /** A small WikiSER file in {@code dir}: a few names in a few sentence patterns (shared with other NER command tests). */
    static Path tinyCorpus(Path dir) throws IOException {
        String[][] names = {{"Linux", "Operating_System"}, {"FreeBSD", "Operating_System"}, {"Python", "Language"},
            {"Java", "Language"}, {"NumPy", "Library"}, {"React", "Library"}};
        String[] patterns = {"We use $ every day .", "The $ project is popular .", "It runs on $ and more ."};
        StringBuilder sb = new StringBuilder();
        for (String p : patterns) {
            for (String[] n : names) {
                sb.append("<s>\n");
                for (String w : p.split(" ")) {
                    sb.append(w.equals("$") ? n[0] + "\tB-" + n[1] : w + "\tO").append('\n');
                }
                sb.append("</s>\n");
            }
        }
        return Files.writeString(dir.resolve("tiny.txt"), sb.toString());
    }

    @Test
    void trainThenEvaluateThenExtractRawTextWithTheModel() throws IOException {
        Path data = corpus();
        Path model = dir.resolve("m.bin");
        CliRun train = CliRun.run("train", "ner", "--data", data.toString(), "-o", model.toString(), "--iterations", "20");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.err().contains("gazetteer: 6 names"), train.err());
        assertTrue(Files.size(model) > 0);

        CliRun eval = CliRun.run("eval", "ner", "--model", model.toString(), "--data", data.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        String[] lines = eval.out().strip().split("\n");
        assertEquals("overall precision 1.000 recall 1.000 f1 1.000", lines[lines.length - 1]);
        assertTrue(eval.out().contains("Library"), eval.out());

        Path raw = Files.writeString(dir.resolve("note.txt"), "We use Python every day.\n\nIt runs on Linux and more.\n");
        CliRun extract = CliRun.run("extract", "--ner-model", model.toString(), "-o", dir.resolve("out.nt").toString(),
                raw.toString());
        assertEquals(0, extract.exitCode(), extract.err());
        String nt = Files.readString(dir.resolve("out.nt"));
        assertTrue(nt.contains("\"Python\""), nt);
        assertTrue(nt.contains("\"Linux\""), nt);
    }

    @Test
    void theOtherTrainersAndTheOutsideWeightAreOptions() throws IOException {
        Path data = corpus();
        Path model = dir.resolve("qn.bin");
        CliRun train = CliRun.run("train", "ner", "--data", data.toString(), "-o", model.toString(), "--iterations", "30",
                "--algorithm", "MAXENT_QN", "--l1", "0", "--l2", "0.01", "--outside-weight", "0.5");
        assertEquals(0, train.exitCode(), train.err());
        CliRun eval = CliRun.run("eval", "ner", "--model", model.toString(), "--data", data.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().strip().endsWith("f1 1.000"), eval.out());
        CliRun bad = CliRun.run("train", "ner", "--data", data.toString(), "-o", model.toString(), "--outside-weight", "0");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--outside-weight must be above 0 and at most 1"), bad.err());
    }

    @Test
    void badModelFilesAreOneLineErrors() throws IOException {
        Path raw = Files.writeString(dir.resolve("note.txt"), "We use Python every day.\n");
        CliRun missing = CliRun.run("extract", "--ner-model", dir.resolve("none.bin").toString(), raw.toString());
        assertEquals(1, missing.exitCode());
        assertEquals("softkg: " + dir.resolve("none.bin") + ": no such name finder model file", missing.err().strip());
        Path corrupt = Files.writeString(dir.resolve("bad.bin"), "garbage");
        CliRun bad = CliRun.run("eval", "ner", "--model", corrupt.toString(), "--data", raw.toString());
        assertEquals(1, bad.exitCode());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("not a valid name finder model"), bad.err());
    }

    @Test
    void evalWithoutEntitiesAndBadSelectorsAreUserErrors() throws IOException {
        Path data = corpus();
        CliRun r = CliRun.run("eval", "ner", "--data", data + "::half/2");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("must be train/N or test/N"), r.err());
    }

    @Test
    void foldsCanTrainOnMoreDataThanTheyScore() throws IOException {
        Path data = corpus();
        CliRun r = CliRun.run("eval", "ner", "--data", data + "::train/2", "--folds", "2", "--iterations", "20",
                "--also-train", data + "::test/2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("9 sentences, 9 entities"), r.out());
        CliRun noFolds = CliRun.run("eval", "ner", "--data", data.toString(), "--also-train", data.toString());
        assertEquals(2, noFolds.exitCode());
        assertTrue(noFolds.err().contains("--also-train needs --folds"), noFolds.err());
    }

    @Test
    void namesInTheStoreAreFoundAgainInRawTextUnlessTurnedOff() throws IOException {
        Path model = dir.resolve("m.bin");
        assertEquals(0, CliRun.run("train", "ner", "--data", corpus().toString(), "-o", model.toString(),
                "--iterations", "20").exitCode());
        Path store = dir.resolve("store");
        Path tagged = Files.writeString(dir.resolve("tagged.txt"),
                "<s>\nZorblax\tB-Application\nStudio\tI-Application\nis\tO\nan\tO\neditor\tO\n.\tO\n</s>\n");
        CliRun load = CliRun.run("extract", "--store", store.toString(), "-q", tagged.toString());
        assertEquals(0, load.exitCode(), load.err());
        Path raw = Files.writeString(dir.resolve("note.txt"), "Yesterday Zorblax Studio crashed twice.\n");
        String query = "SELECT ?t WHERE { GRAPH ?g { ?d kg:source ?src . FILTER(CONTAINS(?src, 'note.txt')) "
                + "?e rdfs:label 'Zorblax Studio' ; a ?t } }";

        CliRun on = CliRun.run("extract", "--store", store.toString(), "--ner-model", model.toString(), "-q", raw.toString());
        assertEquals(0, on.exitCode(), on.err());
        CliRun typed = CliRun.run("query", "--store", store.toString(), query);
        assertTrue(typed.out().contains("Application"), typed.out() + typed.err());

        CliRun off = CliRun.run("extract", "--store", store.toString(), "--ner-model", model.toString(), "-q",
                "--no-store-names", raw.toString());
        assertEquals(0, off.exitCode(), off.err());
        CliRun untyped = CliRun.run("query", "--store", store.toString(), query);
        assertTrue(!untyped.out().contains("Application"), untyped.out());
    }
}
