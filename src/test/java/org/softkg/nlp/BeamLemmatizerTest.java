package org.softkg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.api.Test;

/** The fast beam search gives exactly OpenNLP's LemmatizerME lemmas, one word at a time as softkg asks for them. */
class BeamLemmatizerTest {

    @Test
    void sameLemmasAsLemmatizerMeOnTheExampleDocument() {
        assertSameLemmas(pairs(Path.of("examples/DragonFly_BSD.txt")));
    }

    @Test
    void sameLemmasOnOddWords() {
        List<String[]> odd = List.of(new String[] {"ran", "VERB"}, new String[] {"forked", "VERB"},
                new String[] {"Written", "VERB"}, new String[] {"libraries", "NOUN"}, new String[] {"was", "AUX"},
                new String[] {"x86-64", "PROPN"}, new String[] {"C++", "PROPN"}, new String[] {"...", "PUNCT"},
                new String[] {"日本", "X"}, new String[] {"", "NOUN"}, new String[] {"better", "ADJ"});
        assertSameLemmas(odd);
    }

    @Test
    void sameLemmasForWholeSentences() {
        LemmatizerME reference = new LemmatizerME(SharedModels.lemmas());
        BeamLemmatizer fast = BeamLemmatizer.of(SharedModels.lemmas());
        assertNotNull(fast);
        String[] words = {"The", "projects", "were", "forked", "from", "two", "older", "systems", "."};
        String[] tags = {"DET", "NOUN", "AUX", "VERB", "ADP", "NUM", "ADJ", "NOUN", "PUNCT"};
        assertArrayEquals(reference.lemmatize(words, tags), fast.lemmatize(words, tags));
        assertEquals("fork", fast.lemmatize(new String[] {"forked"}, new String[] {"VERB"})[0]);
    }

    @Test
    void sameLemmasOnTheWikiSerDevSplit() {
        String shared = System.getProperty("softkg.shared.data");
        assumeTrue(shared != null, "system property softkg.shared.data not set");
        Path dev = Path.of(shared, "wikiser-small", "dev.txt");
        assumeTrue(Files.isReadable(dev), dev + " missing");
        assertSameLemmas(pairs(dev));
    }

    private static void assertSameLemmas(List<String[]> pairs) {
        BeamLemmatizer fast = BeamLemmatizer.of(SharedModels.lemmas());
        assertNotNull(fast, "the shipped UD lemmatizer is a maximum-entropy model");
        LemmatizerME reference = new LemmatizerME(SharedModels.lemmas());
        for (String[] pair : pairs) {
            String[] word = {pair[0]};
            String[] tag = {pair[1]};
            assertArrayEquals(reference.lemmatize(word, tag), fast.lemmatize(word, tag), () -> String.join("/", pair));
        }
    }

    /** The distinct (word, POS) pairs of a tagged file, POS from the shipped tagger. */
    private static List<String[]> pairs(Path file) {
        BeamPosTagger tagger = BeamPosTagger.of(SharedModels.pos());
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> out = new ArrayList<>();
        for (String[] words : BeamPosTaggerTest.sentences(file)) {
            String[] tags = tagger.tag(words);
            for (int i = 0; i < words.length; i++) {
                if (seen.add(tags[i] + '\u0000' + words[i])) {
                    out.add(new String[] {words[i], tags[i]});
                }
            }
        }
        return out;
    }
}
