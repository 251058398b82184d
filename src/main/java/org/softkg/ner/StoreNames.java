package org.softkg.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * A gazetteer of entity names already known (from the store): OpenNLP {@link DictionaryNameFinder}s, one
 * per type, matching names as written (case-sensitive, whole tokens), longest match first. Only names
 * that look like names are kept: at least one capital letter or digit, so that generic words a corpus
 * sometimes tags ("kernel", "file system") are not tagged everywhere. A name known with several types
 * gets the one most entities carry. Immutable and thread-safe once built.
 */
public final class StoreNames {

    /** Longest name kept, in tokens. */
    static final int MAX_TOKENS = 8;

    private final List<DictionaryNameFinder> finders;
    private final int size;

    private StoreNames(List<DictionaryNameFinder> finders, int size) {
        this.finders = finders;
        this.size = size;
    }

    /** No names: finds nothing. */
    public static StoreNames empty() {
        return new StoreNames(List.of(), 0);
    }

    /**
     * Builds the gazetteer from (name, type, count) votes; names are split into tokens at white space
     * (as entity labels are written).
     */
    public static StoreNames of(Collection<Vote> votes) {
        Map<String, Map<String, Integer>> byName = new HashMap<>();
        for (Vote v : votes) {
            String name = v.name().strip().replaceAll("\\s+", " ");
            if (keep(name)) {
                byName.computeIfAbsent(name, k -> new HashMap<>()).merge(v.type(), v.count(), Integer::sum);
            }
        }
        Map<String, Dictionary> byType = new HashMap<>();
        byName.forEach((name, types) -> {
            String type = types.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            byType.computeIfAbsent(type, t -> new Dictionary(true)).put(new StringList(name.split(" ")));
        });
        List<DictionaryNameFinder> finders = new ArrayList<>();
        byType.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> finders.add(new DictionaryNameFinder(e.getValue(), e.getKey())));
        return new StoreNames(List.copyOf(finders), byName.size());
    }

    private static boolean keep(String name) {
        if (name.length() < 2 || name.split(" ").length > MAX_TOKENS) {
            return false;
        }
        return name.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Number of names. */
    public int size() {
        return size;
    }

    /** The known names in a sentence: longest first, no overlaps, in text order. */
    public Span[] find(String[] tokens) {
        if (finders.isEmpty()) {
            return new Span[0];
        }
        List<Span> all = new ArrayList<>();
        for (DictionaryNameFinder f : finders) {
            all.addAll(List.of(f.find(tokens)));
        }
        all.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.getStart() - b.getStart());
        boolean[] taken = new boolean[tokens.length];
        List<Span> out = new ArrayList<>();
        for (Span s : all) {
            boolean free = true;
            for (int i = s.getStart(); i < s.getEnd(); i++) {
                free &= !taken[i];
            }
            if (free) {
                for (int i = s.getStart(); i < s.getEnd(); i++) {
                    taken[i] = true;
                }
                out.add(s);
            }
        }
        out.sort(null);
        return out.toArray(new Span[0]);
    }

    /**
     * Merges the name finder's spans with known names: the name finder's spans stay; a known name is
     * added where it overlaps none of them, and replaces the spans it overlaps when it covers all of them
     * and is longer (the name finder found part of a known name).
     */
    public static Span[] merge(Span[] model, Span[] known) {
        List<Span> out = new ArrayList<>(List.of(model));
        for (Span k : known) {
            List<Span> overlapping = new ArrayList<>();
            boolean inside = true;
            for (Span m : out) {
                if (m.getStart() < k.getEnd() && k.getStart() < m.getEnd()) {
                    overlapping.add(m);
                    inside &= k.contains(m) && m.length() < k.length();
                }
            }
            if (overlapping.isEmpty() || inside) {
                out.removeAll(overlapping);
                out.add(k);
            }
        }
        out.sort(null);
        return out.toArray(new Span[0]);
    }

    /** One vote: {@code count} entities named {@code name} carry {@code type} (a WikiSER tag name). */
    public record Vote(String name, String type, int count) {
    }
}
