package org.softkg.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * Corpus-consistent tagging, run after the name finder has tagged every sentence of one input (a whole
 * tagged file in {@code eval ner}): a name the finder tagged in only a minority of the places its words stand
 * in the input, and there without confidence, is untagged. The model tags a word sequence the same way in
 * most contexts; where it tags one in few of its places and with a low probability ("Microsoft" in 2 of 20
 * places, a generic word once), those few are mostly its errors.
 *
 * <p>A name's places are its tagged occurrences (as written, any type) and the places where its words stand
 * untagged, overlapping no other name found. A span is dropped when its name has at least
 * {@link Settings#minPlaces()} places, is tagged in less than {@link Settings#maxShare()} of them, and the span's
 * probability ({@link Span#getProb()}, from {@link SoftwareNameFinder#findScored}) is below
 * {@link Settings#maxProbability()}; spans without a probability (0: the gazetteer's fills) are kept.
 * Immutable; thread-safe.
 */
public final class ConsistentNames {

    /**
     * When a span is dropped.
     *
     * @param minPlaces      its name stands at least this many times in the input (tagged or free)
     * @param maxShare       its name is tagged in less than this share of its places
     * @param maxProbability the span's own probability is below this
     * @param genericOnly    only names without a capital letter or a digit ("file system", not "HAMMER") are untagged
     */
    public record Settings(int minPlaces, double maxShare, double maxProbability, boolean genericOnly) {

        /** Checks the ranges. */
        public Settings {
            if (minPlaces < 1) {
                throw new IllegalArgumentException("minPlaces must be at least 1: " + minPlaces);
            }
            if (!(maxShare >= 0 && maxShare <= 1) || !(maxProbability >= 0 && maxProbability <= 1)) {
                throw new IllegalArgumentException("maxShare and maxProbability must be between 0 and 1");
            }
        }
    }

    /**
     * The settings screened on a part of the WikiSER training data held out for it (docs/name-finder-log.md,
     * ninth session).
     */
    public static final Settings DEFAULT = new Settings(3, 0.7, 0.7, true);

    private final Settings settings;

    /** Untags with {@code settings}. */
    public ConsistentNames(Settings settings) {
        this.settings = settings;
    }

    /** With {@link #DEFAULT}. */
    public ConsistentNames() {
        this(DEFAULT);
    }

    /** The settings. */
    public Settings settings() {
        return settings;
    }

    /**
     * The names of every sentence of one input, the inconsistent ones dropped: {@code found.get(k)} are the
     * names found in {@code sentences.get(k)}; the result has one array per sentence, in the same order.
     */
    public List<Span[]> apply(List<String[]> sentences, List<Span[]> found) {
        if (sentences.size() != found.size()) {
            throw new IllegalArgumentException("one array of names per sentence");
        }
        Map<String, int[]> places = places(sentences, found);
        List<Span[]> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            String[] words = sentences.get(k);
            List<Span> kept = new ArrayList<>();
            for (Span s : found.get(k)) {
                String name = text(words, s);
                int[] p = places.get(name);
                int all = p[0] + p[1];
                boolean unsure = s.getProb() > 0 && s.getProb() < settings.maxProbability();
                boolean eligible = !settings.genericOnly() || generic(name);
                if (!(unsure && eligible && all >= settings.minPlaces() && p[0] < settings.maxShare() * all)) {
                    kept.add(s);
                }
            }
            out.add(kept.toArray(new Span[0]));
        }
        return out;
    }

    /** For every name found: {tagged occurrences, free untagged places}. */
    private static Map<String, int[]> places(List<String[]> sentences, List<Span[]> found) {
        Map<String, int[]> places = new HashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            for (Span s : found.get(k)) {
                places.computeIfAbsent(text(sentences.get(k), s), x -> new int[2])[0]++;
            }
        }
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String n : places.keySet()) {
            String[] tokens = n.split(" ");
            byFirst.computeIfAbsent(tokens[0], x -> new ArrayList<>()).add(tokens);
        }
        for (int k = 0; k < sentences.size(); k++) {
            String[] words = sentences.get(k);
            boolean[] covered = new boolean[words.length];
            for (Span s : found.get(k)) {
                Arrays.fill(covered, s.getStart(), s.getEnd(), true);
            }
            for (int i = 0; i < words.length; i++) {
                if (covered[i]) {
                    continue;
                }
                for (String[] name : byFirst.getOrDefault(words[i], List.of())) {
                    if (free(name, words, i, covered)) {
                        places.get(String.join(" ", name))[1]++;
                    }
                }
            }
        }
        return places;
    }

    private static boolean generic(String name) {
        return name.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static String text(String[] words, Span s) {
        return String.join(" ", Arrays.asList(words).subList(s.getStart(), s.getEnd()));
    }

    private static boolean free(String[] name, String[] words, int start, boolean[] covered) {
        if (start + name.length > words.length) {
            return false;
        }
        for (int j = 0; j < name.length; j++) {
            if (covered[start + j] || !name[j].equals(words[start + j])) {
                return false;
            }
        }
        return true;
    }
}
