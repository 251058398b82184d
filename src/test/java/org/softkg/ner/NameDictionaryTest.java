package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

/**
 * The name index finds exactly what OpenNLP's DictionaryNameFinders (one per type, the way StoreNames
 * used them before) find, on hand-made cases and on every sentence of the WikiSER dev file with the names
 * its tags mark as the dictionary.
 */
class NameDictionaryTest {

    @Test
    void longestNameAtEachStartPerTypeAsWritten() {
        List<StoreNames.Vote> votes = List.of(
                new StoreNames.Vote("HAMMER", "Application", 1),
                new StoreNames.Vote("HAMMER file system", "Application", 1),
                new StoreNames.Vote("HAMMER2", "Application", 1),
                new StoreNames.Vote("file system", "Data_Structure", 1),
                new StoreNames.Vote("FreeBSD 4.8", "Operating_System", 1),
                new StoreNames.Vote("FreeBSD", "Operating_System", 1),
                new StoreNames.Vote("4.8 BSD", "Operating_System", 1),
                new StoreNames.Vote("A B", "Language", 1),
                new StoreNames.Vote("B C", "Language", 1));
        for (String s : List.of("HAMMER file system and HAMMER2 replace HAMMER",
                "forked from FreeBSD 4.8 BSD", "A B C", "A B C D B C", "hammer file system", "file system",
                "HAMMER file", "FreeBSD", "")) {
            String[] words = s.isEmpty() ? new String[0] : s.split(" ");
            assertArrayEquals(reference(votes, words), StoreNames.of(votes).find(words), s);
        }
        assertArrayEquals(new Span[] {new Span(0, 3, "Application"), new Span(4, 5, "Application"),
            new Span(6, 7, "Application")}, StoreNames.of(votes).find("HAMMER file system and HAMMER2 replace HAMMER".split(" ")));
    }

    @Test
    void sameSpansAsDictionaryNameFindersOnTheWikiSerDevSplit() {
        String shared = System.getProperty("softkg.shared.data");
        assumeTrue(shared != null, "system property softkg.shared.data not set");
        Path dev = Path.of(shared, "wikiser-small", "dev.txt");
        assumeTrue(Files.isReadable(dev), dev + " missing");
        List<NameSample> samples = NerData.read(List.of(dev.toString()));
        List<StoreNames.Vote> votes = new ArrayList<>();
        for (NameSample s : samples) {
            for (Span n : s.getNames()) {
                votes.add(new StoreNames.Vote(String.join(" ",
                        Arrays.asList(s.getSentence()).subList(n.getStart(), n.getEnd())), n.getType(), 1));
            }
        }
        StoreNames names = StoreNames.of(votes);
        List<DictionaryNameFinder> finders = finders(votes);
        int found = 0;
        for (NameSample s : samples) {
            Span[] expected = found(finders, s.getSentence());
            assertArrayEquals(expected, names.find(s.getSentence()), () -> String.join(" ", s.getSentence()));
            found += expected.length;
        }
        assertTrue(found > 10_000, "the dictionary finds names: " + found);
        assertEquals(7_992, samples.size());
    }

    /** What StoreNames found with one OpenNLP DictionaryNameFinder per type. */
    private static Span[] reference(List<StoreNames.Vote> votes, String[] tokens) {
        return found(finders(votes), tokens);
    }

    private static Span[] found(List<DictionaryNameFinder> finders, String[] tokens) {
        List<Span> all = new ArrayList<>();
        for (DictionaryNameFinder f : finders) {
            all.addAll(List.of(f.find(tokens)));
        }
        return StoreNames.longestFirst(all, tokens.length);
    }

    /** The dictionaries StoreNames.of built before: the same filter and majority type, one per type. */
    private static List<DictionaryNameFinder> finders(List<StoreNames.Vote> votes) {
        Map<String, Map<String, Integer>> byName = new HashMap<>();
        for (StoreNames.Vote v : votes) {
            String name = v.name().strip().replaceAll("\\s+", " ");
            if (name.length() >= 2 && name.split(" ").length <= StoreNames.MAX_TOKENS
                    && name.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                byName.computeIfAbsent(name, k -> new HashMap<>()).merge(v.type(), v.count(), Integer::sum);
            }
        }
        Map<String, Dictionary> byType = new TreeMap<>();
        byName.forEach((name, types) -> {
            String type = types.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            byType.computeIfAbsent(type, t -> new Dictionary(true)).put(new StringList(name.split(" ")));
        });
        List<DictionaryNameFinder> finders = new ArrayList<>();
        byType.forEach((type, dictionary) -> finders.add(new DictionaryNameFinder(dictionary, type)));
        return finders;
    }
}
