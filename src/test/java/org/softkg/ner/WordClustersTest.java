package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {

    private static final int N = 30;

    /** Fruit names only ever eaten, system names only ever run: two kinds of context. */
    private static List<String[]> corpus() {
        List<String[]> out = new ArrayList<>();
        String[][] eat = {{"I", "ate", "a", "$", "today", "."}, {"She", "peeled", "the", "$", "slowly", "."},
            {"Fresh", "$", "tastes", "sweet", "."}};
        String[][] run = {{"It", "runs", "on", "$", "now", "."}, {"We", "installed", "$", "on", "the", "server", "."},
            {"The", "$", "kernel", "boots", "fast", "."}};
        for (int i = 0; i < N; i++) {
            for (int rep = 0; rep < 2; rep++) {
                for (String[] t : eat) {
                    out.add(fill(t, "Fruit" + i));
                }
                for (String[] t : run) {
                    out.add(fill(t, "System" + i));
                }
            }
        }
        return out;
    }

    private static String[] fill(String[] template, String word) {
        String[] s = template.clone();
        s[List.of(s).indexOf("$")] = word;
        return s;
    }

    @Test
    void wordsInTheSameContextsShareAClusterAndOthersDoNot() {
        WordClusters c = WordClusters.learn(corpus(), new int[] {4});
        int fruit = majority(c, "fruit");
        int system = majority(c, "system");
        assertNotEquals(fruit, system);
        int agree = 0;
        for (int i = 0; i < N; i++) {
            agree += c.of("Fruit" + i)[0] == fruit ? 1 : 0;
            agree += c.of("SYSTEM" + i)[0] == system ? 1 : 0;
        }
        assertTrue(agree >= 2 * N * 0.9, "words in their kind's cluster: " + agree);
        assertNull(c.of("Banana"));
    }

    private static int majority(WordClusters c, String prefix) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (int i = 0; i < N; i++) {
            votes.merge(c.of(prefix + i)[0], 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void learningIsDeterministicAndSurvivesWritingAndReading() throws IOException {
        WordClusters a = WordClusters.learn(corpus(), new int[] {2, 4});
        WordClusters b = WordClusters.learn(corpus(), new int[] {2, 4});
        ByteArrayOutputStream bytesA = new ByteArrayOutputStream();
        a.write(bytesA);
        ByteArrayOutputStream bytesB = new ByteArrayOutputStream();
        b.write(bytesB);
        assertArrayEquals(bytesA.toByteArray(), bytesB.toByteArray());
        WordClusters read = WordClusters.read(new ByteArrayInputStream(bytesA.toByteArray()));
        assertEquals(a.size(), read.size());
        assertArrayEquals(a.of("fruit3"), read.of("Fruit3"));
        assertEquals(2, read.of("system7").length);
    }

    @Test
    void tooLittleTextGivesNoClusters() {
        WordClusters c = WordClusters.learn(List.<String[]>of(new String[] {"just", "a", "sentence"}));
        assertEquals(0, c.size());
        assertNull(c.of("just"));
    }

    @Test
    void malformedClusterFilesAreRefused() {
        byte[] bad = "word\t1\t2\nother\t3\n".getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> WordClusters.read(new ByteArrayInputStream(bad)));
        assertEquals("word cluster line 2 is malformed", e.getMessage());
    }
}
