package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer's look-up, which stops extending a name once the words so far begin no name, tags exactly
 * what trying every length up to the longest name tags (the shipped model's gazetteer, on the example
 * and on the WikiSER dev file).
 */
class GazetteerLookupTest {

    @Test
    void sameTagsAsTryingEveryLengthOnTheExampleAndDevSentences() throws IOException {
        Gazetteer gazetteer = (Gazetteer) NerModels.shipped().getArtifact(GazetteerFeatures.RESOURCE);
        assertNotNull(gazetteer);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        gazetteer.write(bytes);
        Map<String, String[]> exact = new HashMap<>();
        Map<String, String[]> lower = new HashMap<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\t", -1);
            (f[0].equals("e") ? exact : lower).put(f[1], new String[] {f[2], f[3]});
        }
        List<String[]> sentences = new ArrayList<>();
        sentences.add("HAMMER2 , the successor of the HAMMER file system , runs on DragonFly BSD and FreeBSD".split(" "));
        sentences.add(new String[0]);
        String shared = System.getProperty("softkg.shared.data");
        if (shared != null && Files.isReadable(Path.of(shared, "wikiser-small", "dev.txt"))) {
            for (NameSample s : NerData.read(List.of(Path.of(shared, "wikiser-small", "dev.txt").toString()))) {
                sentences.add(s.getSentence());
            }
        }
        int tagged = 0;
        for (String[] words : sentences) {
            String[][] expected = new String[4][words.length];
            naive(words, exact, expected[0], expected[2], false);
            naive(words, lower, expected[1], expected[3], true);
            String[][] actual = gazetteer.lookup(words);
            for (int k = 0; k < 4; k++) {
                assertArrayEquals(expected[k], actual[k], () -> String.join(" ", words));
            }
            for (String t : expected[0]) {
                tagged += t == null ? 0 : 1;
            }
        }
        assertTrue(tagged > 0);
        assumeTrue(sentences.size() > 2, "WikiSER dev file not available (softkg.shared.data)");
    }

    /** Every start, every length up to the longest name, the longest hit kept. */
    private static void naive(String[] words, Map<String, String[]> names, String[] tags, String[] strength,
                              boolean lowerCase) {
        int i = 0;
        while (i < words.length) {
            int bestEnd = -1;
            String[] best = null;
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + Gazetteer.MAX_TOKENS); j++) {
                if (j > i) {
                    sb.append(' ');
                }
                sb.append(lowerCase ? words[j].toLowerCase(Locale.ROOT) : words[j]);
                String[] h = names.get(sb.toString());
                if (h != null) {
                    bestEnd = j + 1;
                    best = h;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            for (int k = i; k < bestEnd; k++) {
                tags[k] = (k == i ? "B-" : "I-") + best[0];
                strength[k] = best[1];
            }
            i = bestEnd;
        }
    }
}
