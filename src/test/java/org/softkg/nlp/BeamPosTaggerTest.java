package org.softkg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.model.Sentence;

/** The fast beam search gives exactly OpenNLP's POSTaggerME tags. */
class BeamPosTaggerTest {

    @Test
    void sameTagsAsPosTaggerMeOnTheExampleDocument() {
        assertSameTags(sentences(Path.of("examples/DragonFly_BSD.txt")));
    }

    @Test
    void sameTagsOnOddSentences() {
        List<String[]> odd = List.of(new String[0], new String[] {"."}, new String[] {"(", ")", "(", ")"},
                new String[] {"x86-64", "v2.3.1", "C++", "__init__", "QEMU/KVM", "...", "®", "日本"});
        assertSameTags(odd);
    }

    @Test
    void sameTagsOnTheWikiSerDevSplit() {
        String shared = System.getProperty("softkg.shared.data");
        assumeTrue(shared != null, "system property softkg.shared.data not set");
        Path dev = Path.of(shared, "wikiser-small", "dev.txt");
        assumeTrue(Files.isReadable(dev), dev + " missing");
        List<String[]> all = sentences(dev);
        assertEquals(7_992, all.size());
        assertSameTags(all);
    }

    private static void assertSameTags(List<String[]> sentences) {
        BeamPosTagger fast = BeamPosTagger.of(SharedModels.pos());
        assertNotNull(fast, "the shipped UD model is a maximum-entropy model");
        POSTaggerME reference = new POSTaggerME(SharedModels.pos());
        for (String[] words : sentences) {
            assertArrayEquals(reference.tag(words), fast.tag(words), () -> String.join(" ", words));
        }
    }

    /** The words of every sentence of a tagged file, in order. */
    static List<String[]> sentences(Path file) {
        List<String[]> out = new ArrayList<>();
        try (DocumentStream in = CorpusInput.open(file.toString(), InputFormat.AUTO)) {
            while (in.hasNext()) {
                Document d = in.next();
                for (Sentence s : d.sentences()) {
                    String[] words = new String[s.size()];
                    for (int i = 0; i < words.length; i++) {
                        words[i] = s.token(i).text();
                    }
                    out.add(words);
                }
            }
        }
        return out;
    }
}
