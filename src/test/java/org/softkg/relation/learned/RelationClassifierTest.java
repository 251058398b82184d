package org.softkg.relation.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationClassifierTest {

    @TempDir
    Path dir;

    @Test
    void missingModelFileIsOneLineNamingIt() {
        Path missing = dir.resolve("none.bin");
        RelationModelException e = assertThrows(RelationModelException.class, () -> RelationClassifier.read(missing));
        assertEquals(missing + ": no such relation model file", e.getMessage());
    }

    @Test
    void corruptModelFileIsOneLineNamingIt() throws Exception {
        Path junk = dir.resolve("junk.bin");
        Files.writeString(junk, "this is no model");
        RelationModelException e = assertThrows(RelationModelException.class, () -> RelationClassifier.read(junk));
        assertEquals(junk + ": not a softkg relation model (corrupt or truncated)", e.getMessage());
        Path other = dir.resolve("other.bin");
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(other)))) {
            out.writeUTF("something else");
        }
        e = assertThrows(RelationModelException.class, () -> RelationClassifier.read(other));
        assertEquals(other + ": not a softkg relation model", e.getMessage());
    }

    @Test
    void truncatedModelFileIsOneLine() throws Exception {
        Path good = dir.resolve("good.bin");
        LearnedTestDocs.tinyModel().write(good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.bin");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        RelationModelException e = assertThrows(RelationModelException.class, () -> RelationClassifier.read(cut));
        assertTrue(e.getMessage().startsWith(cut + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void writtenModelReadsBackWithItsCalibration() throws Exception {
        Path file = dir.resolve("m.bin");
        RelationClassifier m = LearnedTestDocs.tinyModel()
                .with(new Calibration(0.4, new double[] {0.4, 0.7}, new double[] {0.6, 0.9}));
        m.write(file);
        RelationClassifier back = RelationClassifier.read(file);
        assertEquals(0.4, back.calibration().threshold());
        assertEquals(0.6, back.calibration().confidence(0.5));
        assertEquals(0.9, back.calibration().confidence(0.95));
        Candidate c = LearnedTestDocs.tinyGold().get(0).candidates().get(0);
        assertEquals(m.best(c).probability(), back.best(c).probability(), 1e-12);
        assertEquals(m.best(c).label(), back.best(c).label());
    }

    @Test
    void theShippedModelLoads() {
        double t = RelationClassifier.shipped().calibration().threshold();
        assertTrue(t > 0 && t <= 1, "threshold " + t);
    }
}
