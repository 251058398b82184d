package org.softkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.ner.NerModels;

/** The raw-text tagging benchmark: text made from a tagged file, every step measured, a readable report. */
class TaggingBenchTest {

    @TempDir
    Path dir;

    @Test
    void joinsTokensBackIntoText() {
        assertEquals("It runs on FreeBSD 4.8, and Linux's kernel (x86).",
                TaggingBench.join("It runs on FreeBSD 4.8 , and Linux 's kernel (x86 ) .".split(" ")));
    }

    @Test
    void measuresEveryStepOnOneThreadAndOnSeveral() throws IOException, InterruptedException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 45; i++) {
            sb.append("<s>\nDragonFly\tB-Operating_System\nBSD\tI-Operating_System\nuses\tO\nHAMMER2\tB-Application\n.\tO\n</s>\n");
        }
        Path corpus = Files.writeString(dir.resolve("c.txt"), sb.toString());
        List<String> paragraphs = TaggingBench.paragraphs(List.of(corpus.toString()));
        assertEquals(3, paragraphs.size());
        assertTrue(paragraphs.get(0).startsWith("DragonFly BSD uses HAMMER2. DragonFly BSD"), paragraphs.get(0));
        List<String> progress = new ArrayList<>();
        TaggingBench.Result r = new TaggingBench(paragraphs, NerModels.shipped(), 2, progress::add).run(1);
        assertEquals(45 * 5, r.tokens());
        assertTrue(r.segment() > 0 && r.nameFinder() > 0 && r.posLemma() > 0 && r.allOneThread() > 0
                && r.allThreads() > 0, r.toString());
        assertEquals(2, r.threads());
        StringWriter out = new StringWriter();
        r.print(new PrintWriter(out, true));
        assertTrue(out.toString().contains("name finder"), out.toString());
        assertTrue(out.toString().contains("all, 2 threads"), out.toString());
        assertTrue(progress.contains("tagging: warm-up"), progress.toString());
    }
}
