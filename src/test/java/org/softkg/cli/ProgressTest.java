package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.pipeline.SplitCorpus;

class ProgressTest {

    @TempDir
    Path dir;

    @Test
    void theInputSizeIsKnownForFilesAndFoldersOnly() throws IOException {
        List<Path> parts = SplitCorpus.write(dir, 3);
        long total = 0;
        for (Path p : parts) {
            total += Files.size(p);
        }
        assertEquals(OptionalLong.of(total), Progress.inputSize(List.of(dir.toString())));
        assertEquals(OptionalLong.of(Files.size(parts.get(0))), Progress.inputSize(List.of(parts.get(0).toString())));
        assertEquals(OptionalLong.empty(), Progress.inputSize(List.of("-")));
        assertEquals(OptionalLong.empty(), Progress.inputSize(List.of(parts.get(0).toString(), "corpus.txt.gz")));
    }

    @Test
    void aDocumentsEstimatedSizeIsCloseToItsFileSize() throws IOException {
        long file = Files.size(SplitCorpus.EXAMPLE);
        try (DocumentStream in = CorpusInput.open(SplitCorpus.EXAMPLE.toString(), InputFormat.AUTO)) {
            Document d = in.next();
            long estimate = Progress.estimatedBytes(d);
            assertTrue(Math.abs(estimate - file) < file / 10, estimate + " vs " + file);
        }
    }

    @Test
    void aShortQuietRunPrintsNoProgress() {
        CliRun r = CliRun.run("extract", "-q", "--format", "nquads", "-o", dir.resolve("out.nq").toString(),
                SplitCorpus.EXAMPLE.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
    }
}
