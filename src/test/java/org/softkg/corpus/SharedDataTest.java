package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

/** The real inputs: the example document and, when present, the shared development sets. */
class SharedDataTest {

    private static Path shared(String file) {
        String root = System.getProperty("softkg.shared.data");
        assumeTrue(root != null, "system property softkg.shared.data not set");
        Path p = Path.of(root, file);
        assumeTrue(Files.isRegularFile(p), p + " is absent");
        return p;
    }

    @Test
    void exampleDocumentHas78SentencesAndItsTitle() {
        List<Document> docs = Reading.documents(Path.of("examples/DragonFly_BSD.txt"), InputFormat.AUTO);
        assertEquals(1, docs.size());
        Document d = docs.get(0);
        assertEquals(78, d.sentences().size());
        assertEquals("DragonFly BSD", d.title());
        assertEquals("DragonFly/O BSD/B-Operating_System is/O", Reading.tagged(d.sentences().get(0)).substring(0, 39));
    }

    @Test
    void wikiSerDevHas7992Sentences() {
        List<Document> docs = Reading.documents(shared("wikiser-small/dev.txt"), InputFormat.AUTO);
        assertEquals(1, docs.size());
        assertEquals(7_992, docs.get(0).sentences().size());
    }

    @Test
    void softnerDevReadsWithTagsFromTheSecondColumn() {
        List<Document> docs = Reading.documents(shared("softner-9/dev.txt"), InputFormat.AUTO);
        assertEquals(1, docs.size());
        Document d = docs.get(0);
        int sentences = d.sentences().size();
        assertTrue(sentences > 2_900 && sentences < 3_000, sentences + " sentences");
        assertEquals("In/O Java/B-Language +/O", Reading.tagged(d.sentences().get(3)).substring(0, 24));
    }
}
