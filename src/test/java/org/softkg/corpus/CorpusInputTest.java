package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.model.Document;

class CorpusInputTest {

    private static final String WIKISER = "<s>\nLinux\tB-Operating_System\n</s>\n";
    private static final String CONLL = "Linux\tB-Operating_System\n";

    @TempDir
    Path dir;

    @Test
    void wikiSerContentIsDetectedWhateverTheExtension() {
        Path file = Reading.write(dir, "Linux_kernel.conll", "\n\n" + WIKISER);
        Document d = Reading.documents(file, InputFormat.AUTO).get(0);
        assertEquals("Linux kernel", d.title());
        assertEquals("Linux/B-Operating_System", Reading.tagged(d.sentences().get(0)));
    }

    @Test
    void otherContentIsReadAsConll() {
        Path file = Reading.write(dir, "so.txt", CONLL);
        Document d = Reading.documents(file, InputFormat.AUTO).get(0);
        assertEquals(null, d.title());
        assertEquals("so", d.id());
    }

    @Test
    void folderIsReadRecursivelyInNameOrderSkippingHiddenFiles() {
        Reading.write(dir, "b_two.txt", WIKISER);
        Reading.write(dir, "a_one.txt", WIKISER);
        Reading.write(dir, "m/c_three.txt", WIKISER);
        Reading.write(dir, "m/.d_hidden.txt", WIKISER);
        Reading.write(dir, ".git/e_hidden.txt", WIKISER);
        Reading.write(dir, "z_four.txt", CONLL);
        List<Document> docs = Reading.documents(dir, InputFormat.AUTO);
        assertEquals(List.of("a_one", "b_two", "c_three", "z_four"), docs.stream().map(Document::id).toList());
        assertEquals("c three", docs.get(2).title());
        assertEquals(dir.resolve("m/c_three.txt").toString(), docs.get(2).source());
    }

    @Test
    void malformedFileInAFolderDoesNotStopTheNextFile() {
        Reading.write(dir, "a.txt", WIKISER);
        Path bad = Reading.write(dir, "b.txt", "<s>\nLinux\tB-Vegetable\n</s>\n");
        Reading.write(dir, "c.txt", WIKISER);
        try (DocumentStream s = CorpusInput.open(dir.toString(), InputFormat.AUTO)) {
            List<String> outcomes = Reading.outcomes(s);
            assertEquals(3, outcomes.size());
            assertEquals("a", outcomes.get(0));
            assertTrue(outcomes.get(1).startsWith(bad + ":2: unknown entity type 'Vegetable'"), outcomes.get(1));
            assertEquals("c", outcomes.get(2));
        }
    }

    @Test
    void formatArgumentOverridesDetection() {
        Path file = Reading.write(dir, "x.txt", WIKISER);
        try (DocumentStream s = CorpusInput.open(file.toString(), InputFormat.CONLL)) {
            assertEquals(1, assertThrows(InputFormatException.class, s::next).line());
        }
    }

    @Test
    void gzipFileIsDecompressedAndLosesBothExtensions() throws IOException {
        Path file = dir.resolve("Linux_kernel.txt.gz");
        Files.write(file, gzip(WIKISER));
        Document d = Reading.documents(file, InputFormat.AUTO).get(0);
        assertEquals("Linux_kernel", d.id());
        assertEquals("Linux/B-Operating_System", Reading.tagged(d.sentences().get(0)));
    }

    @Test
    void gzipIsFoundByItsMagicBytes() {
        try (DocumentStream s = CorpusInput.open("-", new ByteArrayInputStream(gzip(WIKISER)), InputFormat.AUTO)) {
            assertEquals("stdin", s.next().id());
        }
    }

    @Test
    void dashReadsStandardInput() {
        InputStream saved = System.in;
        System.setIn(Reading.stream(WIKISER));
        try (DocumentStream s = CorpusInput.open("-", InputFormat.AUTO)) {
            Document d = s.next();
            assertEquals("stdin", d.id());
            assertEquals("-", d.source());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void emptyFileGivesNoDocument() {
        Path file = Reading.write(dir, "empty.txt", "\n \n");
        assertEquals(List.of(), Reading.documents(file, InputFormat.AUTO));
    }

    @Test
    void exhaustedStreamThrowsNoSuchElement() {
        try (DocumentStream s = CorpusInput.open("x.txt", Reading.stream(WIKISER), InputFormat.AUTO)) {
            s.next();
            assertFalse(s.hasNext());
            assertThrows(NoSuchElementException.class, s::next);
        }
    }

    @Test
    void givenStreamIsClosedAtItsEnd() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(WIKISER.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (DocumentStream s = CorpusInput.open("x.txt", in, InputFormat.AUTO)) {
            s.next();
            assertFalse(s.hasNext());
            assertTrue(closed[0]);
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
