package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.nlp.ModelResource;

class NerModelsTest {

    @TempDir
    Path dir;

    @Test
    void missingModel() {
        Path p = dir.resolve("none.bin");
        NerModels.NerModelException e = assertThrows(NerModels.NerModelException.class, () -> NerModels.load(p));
        assertEquals(p + ": no such name finder model file", e.getMessage());
    }

    @Test
    void folderIsNotAModel() {
        NerModels.NerModelException e = assertThrows(NerModels.NerModelException.class, () -> NerModels.load(dir));
        assertEquals(dir + ": is a folder, not a name finder model", e.getMessage());
    }

    @Test
    void corruptModel() throws IOException {
        Path p = Files.writeString(dir.resolve("bad.bin"), "this is not a model\n");
        NerModels.NerModelException e = assertThrows(NerModels.NerModelException.class, () -> NerModels.load(p));
        assertTrue(e.getMessage().startsWith(p + ": not a valid name finder model"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anotherKindOfOpenNlpModel() throws IOException {
        Path p = dir.resolve("pos.bin");
        try (InputStream in = ModelResource.TOKENS.open(); OutputStream out = Files.newOutputStream(p)) {
            in.transferTo(out);
        }
        NerModels.NerModelException e = assertThrows(NerModels.NerModelException.class, () -> NerModels.load(p));
        assertEquals(p + ": not a name finder model (it is an OpenNLP model for TokenizerME)", e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
