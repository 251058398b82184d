package org.softkg.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Known entity names (token sequences) with their usual type, built from training data, looked up
 * longest-match-first in a sentence. Each name is kept twice: as written and lower-cased (for text that
 * does not capitalise names, like forum posts). A name is "strong" when the training text tags at least
 * half of its occurrences as an entity.
 *
 * <p>While a model is trained, the gazetteer can run <em>jackknifed</em>: a training sentence sees only
 * names that are also tagged in other parts of the training data, so the model learns how far the
 * gazetteer can be trusted on names it has not seen, instead of learning that it is always right.
 */
public final class Gazetteer implements SerializableArtifact {

    /** Longest name, in tokens. */
    static final int MAX_TOKENS = 8;
    private static final double STRONG = 0.5;
    private static final double MIN_RATIO = 0.15;

    /**
     * One name: its type, the share of its occurrences that are tagged and, while jackknifed, how often
     * each part of the data tags it and holds it at all.
     */
    record Hit(String type, double ratio, int tagged, int occurrences, int[] perFold, int[] occurrencesPerFold) {
        boolean strong() {
            return ratio >= STRONG;
        }
    }

    private final Map<String, Hit> exact;
    private final Map<String, Hit> lower;
    /** The beginnings of the names (whole tokens, shorter than the name) of each map: where a look-up can stop. */
    private final Set<String> exactPrefixes;
    private final Set<String> lowerPrefixes;
    private final int folds;
    private boolean jackknife;

    private Gazetteer(Map<String, Hit> exact, Map<String, Hit> lower, int folds) {
        this.exact = exact;
        this.lower = lower;
        this.exactPrefixes = prefixes(exact.keySet());
        this.lowerPrefixes = prefixes(lower.keySet());
        this.folds = folds;
        this.jackknife = folds > 1;
    }

    private static Set<String> prefixes(Set<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            for (int i = n.indexOf(' '); i >= 0; i = n.indexOf(' ', i + 1)) {
                out.add(n.substring(0, i));
            }
        }
        return out;
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return GazetteerSerializer.class;
    }

    /** Number of names as written. */
    public int size() {
        return exact.size();
    }

    /** Stops jackknifing: from now on every sentence sees every name (done once training is over). */
    public void freeze() {
        jackknife = false;
    }

    /**
     * Builds the gazetteer from tagged sentences; {@code folds > 1} jackknifes it over that many
     * parts (by sentence text) until {@link #freeze()}.
     */
    public static Gazetteer build(List<NameSample> samples, int folds) {
        Map<String, Counts> exactCounts = new HashMap<>();
        Map<String, Counts> lowerCounts = new HashMap<>();
        for (NameSample s : samples) {
            String[] words = s.getSentence();
            int fold = fold(words, folds);
            for (Span span : s.getNames()) {
                if (span.length() > MAX_TOKENS) {
                    continue;
                }
                String key = key(words, span.getStart(), span.getEnd());
                exactCounts.computeIfAbsent(key, k -> new Counts(folds)).tag(span.getType(), fold);
                lowerCounts.computeIfAbsent(lc(key), k -> new Counts(folds)).tag(span.getType(), fold);
            }
        }
        // how often each name occurs at all, tagged or not
        for (NameSample s : samples) {
            String[] words = s.getSentence();
            int fold = fold(words, folds);
            for (int i = 0; i < words.length; i++) {
                StringBuilder sb = new StringBuilder();
                for (int j = i; j < Math.min(words.length, i + MAX_TOKENS); j++) {
                    if (j > i) {
                        sb.append(' ');
                    }
                    sb.append(words[j]);
                    String key = sb.toString();
                    Counts c = exactCounts.get(key);
                    if (c != null) {
                        c.occur(fold);
                    }
                    Counts l = lowerCounts.get(lc(key));
                    if (l != null) {
                        l.occur(fold);
                    }
                }
            }
        }
        return new Gazetteer(hits(exactCounts, folds), hits(lowerCounts, folds), folds);
    }

    private static Map<String, Hit> hits(Map<String, Counts> counts, int folds) {
        Map<String, Hit> out = new HashMap<>();
        counts.forEach((key, c) -> {
            double ratio = c.tagged / (double) Math.max(c.tagged, c.occurrences);
            if (ratio >= MIN_RATIO) {
                String type = c.types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                out.put(key, new Hit(type, ratio, c.tagged, c.occurrences, folds > 1 ? c.perFold : null,
                        folds > 1 ? c.occurrencesPerFold : null));
            }
        });
        return out;
    }

    /**
     * Per token, the gazetteer tag of the longest name covering it ({@code B-Type}, {@code I-Type}),
     * or {@code null}; names as written in slot 0, lower-cased in slot 1; strength in slot 2/3 ("hi"/"lo");
     * the share of the name's occurrences that are tagged, in slot 4/5 (while jackknifed: in the other parts).
     */
    public String[][] lookup(String[] words) {
        int fold = jackknife ? fold(words, folds) : -1;
        String[][] out = new String[6][words.length];
        mark(words, exact, exactPrefixes, fold, out[0], out[2], out[4]);
        String[] lowered = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lowered[i] = lc(words[i]);
        }
        mark(lowered, lower, lowerPrefixes, fold, out[1], out[3], out[5]);
        return out;
    }

    /** The ratio of a name seen from a sentence of {@code fold} (negative: not jackknifed). */
    private static double ratio(Hit h, int fold) {
        if (fold < 0 || h.perFold() == null) {
            return h.ratio();
        }
        int tagged = h.tagged() - h.perFold()[fold];
        int occurrences = h.occurrences() - h.occurrencesPerFold()[fold];
        return tagged <= 0 ? 0 : tagged / (double) Math.max(tagged, occurrences);
    }

    /**
     * Longest match first: at each token, the names starting there, extended token by token while the
     * words so far begin some name ({@code prefixes}); a name that is not the beginning of a longer one
     * ends the search at that token.
     */
    private static void mark(String[] words, Map<String, Hit> names, Set<String> prefixes, int fold, String[] tags,
                             String[] strength, String[] ratios) {
        int i = 0;
        while (i < words.length) {
            int bestEnd = -1;
            Hit best = null;
            double bestRatio = 0;
            StringBuilder sb = null;
            String key = null;
            for (int j = i; j < Math.min(words.length, i + MAX_TOKENS); j++) {
                if (j == i) {
                    key = words[j];
                } else {
                    if (sb == null) {
                        sb = new StringBuilder(key);
                    }
                    sb.append(' ').append(words[j]);
                    key = sb.toString();
                }
                Hit h = names.get(key);
                double r = h == null ? 0 : ratio(h, fold);
                if (r > 0) {
                    bestEnd = j + 1;
                    best = h;
                    bestRatio = r;
                }
                if (!prefixes.contains(key)) {
                    break;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            String ratio = String.format(Locale.ROOT, "%.2f", bestRatio);
            for (int k = i; k < bestEnd; k++) {
                tags[k] = (k == i ? "B-" : "I-") + best.type();
                strength[k] = best.strong() ? "hi" : "lo";
                ratios[k] = ratio;
            }
            i = bestEnd;
        }
    }

    static String key(String[] words, int start, int end) {
        return String.join(" ", java.util.Arrays.asList(words).subList(start, end));
    }

    private static String lc(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static int fold(String[] words, int folds) {
        return folds > 1 ? Math.floorMod(String.join(" ", words).hashCode(), folds) : 0;
    }

    /** Writes the frozen gazetteer: one {@code e|l TAB name TAB type TAB hi|lo TAB ratio} line per name. */
    public void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (var e : new TreeMap<>(exact).entrySet()) {
            line(w, "e", e.getKey(), e.getValue());
        }
        for (var e : new TreeMap<>(lower).entrySet()) {
            line(w, "l", e.getKey(), e.getValue());
        }
        w.flush();
    }

    private static void line(Writer w, String kind, String key, Hit h) throws IOException {
        w.write(kind + '\t' + key + '\t' + h.type() + '\t' + (h.strong() ? "hi" : "lo") + '\t'
                + String.format(Locale.ROOT, "%.3f", h.ratio()) + '\n');
    }

    /** Reads what {@link #write} wrote (and the four-column lines of earlier models: ratio 1 or 0.3 from hi/lo). */
    public static Gazetteer read(InputStream in) throws IOException {
        Map<String, Hit> exact = new HashMap<>();
        Map<String, Hit> lower = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f.length > 5 || !(f[0].equals("e") || f[0].equals("l"))) {
                throw new IOException("gazetteer line " + n + " is malformed");
            }
            double ratio;
            try {
                ratio = f.length == 5 ? Double.parseDouble(f[4]) : f[3].equals("hi") ? 1 : 0.3;
            } catch (NumberFormatException e) {
                throw new IOException("gazetteer line " + n + " is malformed");
            }
            (f[0].equals("e") ? exact : lower).put(f[1], new Hit(f[2], ratio, 1, 1, null, null));
        }
        return new Gazetteer(exact, lower, 1);
    }

    private static final class Counts {
        final Map<String, Integer> types = new HashMap<>();
        final int[] perFold;
        final int[] occurrencesPerFold;
        int tagged;
        int occurrences;

        Counts(int folds) {
            perFold = new int[Math.max(1, folds)];
            occurrencesPerFold = new int[Math.max(1, folds)];
        }

        void occur(int fold) {
            occurrences++;
            occurrencesPerFold[fold]++;
        }

        void tag(String type, int fold) {
            types.merge(type, 1, Integer::sum);
            perFold[fold]++;
            tagged++;
        }
    }
}
