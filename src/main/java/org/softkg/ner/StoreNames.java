package org.softkg.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * A gazetteer of entity names already known (from the store): a {@code NameDictionary} that finds, per
 * type, what OpenNLP's {@code DictionaryNameFinder} finds (names as written, case-sensitive, whole tokens,
 * longest match first), without its cost per token and type. Only names
 * that look like names are kept: at least one capital letter or digit, so that generic words a corpus
 * sometimes tags ("kernel", "file system") are not tagged everywhere. A name known with several types
 * gets the one most entities carry. Immutable and thread-safe once built.
 */
public final class StoreNames {

    /** Longest name kept, in tokens. */
    static final int MAX_TOKENS = 8;

    private final NameDictionary names;
    private final int size;

    private StoreNames(NameDictionary names, int size) {
        this.names = names;
        this.size = size;
    }

    /** No names: finds nothing. */
    public static StoreNames empty() {
        return new StoreNames(null, 0);
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
        if (byName.isEmpty()) {
            return empty();
        }
        Map<String, List<String[]>> byType = new TreeMap<>();
        byName.forEach((name, types) -> {
            String type = types.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(name.split(" "));
        });
        return new StoreNames(NameDictionary.of(List.copyOf(byType.keySet()), List.copyOf(byType.values())),
                byName.size());
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
        if (names == null) {
            return new Span[0];
        }
        List<Span> all = names.find(tokens);
        if (all.isEmpty()) {
            return new Span[0];
        }
        return longestFirst(all, tokens.length);
    }

    /** Of {@code spans} over a sentence of {@code length} tokens: longest first, no overlaps, in text order. */
    static Span[] longestFirst(List<Span> spans, int length) {
        List<Span> all = new ArrayList<>(spans);
        all.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.getStart() - b.getStart());
        boolean[] taken = new boolean[length];
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
