package org.softkg.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word clusters learnt from unlabelled text: words that occur in similar contexts share a cluster, so a
 * name the labelled data never shows ("Haiku" next to "FreeBSD") gets features of the names it resembles.
 *
 * <p>Each word seen at least {@link #MIN_COUNT} times (lower-cased) is a vector of the words one and two
 * positions to its left and right (the {@link #CONTEXT_WORDS} most frequent words, others as their
 * collapsed shape), weighted by positive pointwise mutual information and normalised; spherical k-means
 * (deterministic: fixed seed, fixed order) groups them at several granularities ({@link #SIZES}).
 */
public final class WordClusters implements SerializableArtifact {

    /** Cluster counts, coarse to fine: one feature per granularity. */
    static final int[] SIZES = {32, 128, 512};
    static final int MIN_COUNT = 3;
    static final int CONTEXT_WORDS = 1500;
    private static final int ROUNDS = 12;
    private static final long SEED = 20260101L;

    /** Per word, its cluster at each granularity. */
    private final Map<String, int[]> clusters;

    private WordClusters(Map<String, int[]> clusters) {
        this.clusters = clusters;
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return WordClustersSerializer.class;
    }

    /** Number of words with a cluster. */
    public int size() {
        return clusters.size();
    }

    /** The clusters of a word (any case) at each granularity (coarse to fine), or {@code null}. */
    public int[] of(String word) {
        return clusters.get(lc(word));
    }

    /** Learns clusters from sentences (token arrays). */
    public static WordClusters learn(List<String[]> sentences) {
        return learn(sentences, SIZES);
    }

    /** Learns clusters from sentences at the given granularities (cluster counts, coarse to fine). */
    static WordClusters learn(List<String[]> sentences, int[] sizes) {
        Map<String, Integer> freq = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                freq.merge(lc(w), 1, Integer::sum);
            }
        }
        List<String> byFreq = new ArrayList<>(freq.keySet());
        byFreq.sort(Comparator.comparing((String w) -> -freq.get(w)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> contextIndex = new HashMap<>();
        for (String w : byFreq) {
            if (contextIndex.size() >= CONTEXT_WORDS) {
                break;
            }
            contextIndex.put(w, contextIndex.size());
        }
        List<String> vocab = new ArrayList<>();
        Map<String, Integer> vocabIndex = new HashMap<>();
        for (String w : byFreq) {
            if (freq.get(w) >= MIN_COUNT && w.indexOf('\t') < 0 && w.indexOf('\n') < 0) {
                vocabIndex.put(w, vocab.size());
                vocab.add(w);
            }
        }
        if (vocab.size() < sizes[sizes.length - 1] * 2) {
            return new WordClusters(Map.of());
        }
        // context counts: 4 positions x (context words + shape slots)
        List<Map<Integer, Double>> counts = new ArrayList<>();
        for (int i = 0; i < vocab.size(); i++) {
            counts.add(new HashMap<>());
        }
        Map<String, Integer> shapeIndex = new HashMap<>();
        int[] offsets = {-2, -1, 1, 2};
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer v = vocabIndex.get(lc(s[i]));
                if (v == null) {
                    continue;
                }
                for (int o = 0; o < offsets.length; o++) {
                    int j = i + offsets[o];
                    String c = j < 0 ? "<s>" : j >= s.length ? "</s>" : lc(s[j]);
                    Integer ci = contextIndex.get(c);
                    int slot;
                    if (ci != null) {
                        slot = ci;
                    } else {
                        String shape = j < 0 || j >= s.length ? c : TokenFeatures.shape(s[j], true);
                        slot = CONTEXT_WORDS + shapeIndex.computeIfAbsent(shape, k -> shapeIndex.size());
                    }
                    counts.get(v).merge(o * 100_000 + slot, 1.0, Double::sum);
                }
            }
        }
        double[][] vectors = new double[vocab.size()][];
        int[][] dims = new int[vocab.size()][];
        ppmi(counts, vectors, dims);
        Map<String, int[]> out = new HashMap<>();
        for (String w : vocab) {
            out.put(w, new int[sizes.length]);
        }
        for (int g = 0; g < sizes.length; g++) {
            int[] assign = kmeans(vectors, dims, sizes[g], new Random(SEED + g));
            for (int i = 0; i < vocab.size(); i++) {
                out.get(vocab.get(i))[g] = assign[i];
            }
        }
        return new WordClusters(out);
    }

    /** Positive pointwise mutual information of each (word, context) count, each word's vector normalised. */
    private static void ppmi(List<Map<Integer, Double>> counts, double[][] vectors, int[][] dims) {
        Map<Integer, Double> contextTotals = new HashMap<>();
        for (Map<Integer, Double> c : counts) {
            for (var e : c.entrySet()) {
                contextTotals.merge(e.getKey(), e.getValue(), Double::sum);
            }
        }
        // the context distribution smoothed (power 0.75), as is usual for PMI over small corpora
        double smoothedTotal = 0;
        for (double t : contextTotals.values()) {
            smoothedTotal += Math.pow(t, 0.75);
        }
        for (int i = 0; i < counts.size(); i++) {
            Map<Integer, Double> c = new TreeMap<>(counts.get(i));
            double wordTotal = c.values().stream().mapToDouble(Double::doubleValue).sum();
            int[] d = new int[c.size()];
            double[] v = new double[c.size()];
            int n = 0;
            double norm = 0;
            for (var e : c.entrySet()) {
                double pmi = Math.log((e.getValue() / wordTotal)
                        / (Math.pow(contextTotals.get(e.getKey()), 0.75) / smoothedTotal));
                if (pmi > 0) {
                    d[n] = e.getKey();
                    v[n] = pmi;
                    norm += pmi * pmi;
                    n++;
                }
            }
            norm = Math.sqrt(norm);
            dims[i] = java.util.Arrays.copyOf(d, n);
            vectors[i] = java.util.Arrays.copyOf(v, n);
            for (int k = 0; k < n; k++) {
                vectors[i][k] /= norm;
            }
        }
    }

    /** Spherical k-means over sparse unit vectors; the first centroids are {@code k} words drawn by the seeded random. */
    private static int[] kmeans(double[][] vectors, int[][] dims, int k, Random random) {
        int n = vectors.length;
        List<Map<Integer, Double>> centroids = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        for (int c = 0; c < k; c++) {
            Map<Integer, Double> m = new HashMap<>();
            int w = order.get(c);
            for (int j = 0; j < dims[w].length; j++) {
                m.put(dims[w][j], vectors[w][j]);
            }
            centroids.add(m);
        }
        int[] assign = new int[n];
        for (int round = 0; round < ROUNDS; round++) {
            // dense view of the centroids over the dimensions in use
            Map<Integer, double[]> byDim = new HashMap<>();
            for (int c = 0; c < k; c++) {
                for (var e : centroids.get(c).entrySet()) {
                    byDim.computeIfAbsent(e.getKey(), x -> new double[k])[c] = e.getValue();
                }
            }
            boolean changed = false;
            double[] score = new double[k];
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(score, 0);
                for (int j = 0; j < dims[i].length; j++) {
                    double[] col = byDim.get(dims[i][j]);
                    if (col != null) {
                        double x = vectors[i][j];
                        for (int c = 0; c < k; c++) {
                            score[c] += x * col[c];
                        }
                    }
                }
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (score[c] > score[best]) {
                        best = c;
                    }
                }
                changed |= round == 0 || assign[i] != best;
                assign[i] = best;
            }
            if (!changed) {
                break;
            }
            List<Map<Integer, Double>> sums = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                sums.add(new HashMap<>());
            }
            for (int i = 0; i < n; i++) {
                Map<Integer, Double> s = sums.get(assign[i]);
                for (int j = 0; j < dims[i].length; j++) {
                    s.merge(dims[i][j], vectors[i][j], Double::sum);
                }
            }
            for (int c = 0; c < k; c++) {
                Map<Integer, Double> s = sums.get(c);
                if (s.isEmpty()) {
                    continue; // an empty cluster keeps its centroid
                }
                double norm = Math.sqrt(s.values().stream().mapToDouble(x -> x * x).sum());
                s.replaceAll((key, x) -> x / norm);
                centroids.set(c, s);
            }
        }
        return assign;
    }

    /** Writes one {@code word TAB c1 TAB c2 ...} line per word, sorted. */
    public void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (var e : new TreeMap<>(clusters).entrySet()) {
            w.write(e.getKey());
            for (int c : e.getValue()) {
                w.write('\t');
                w.write(Integer.toString(c));
            }
            w.write('\n');
        }
        w.flush();
    }

    /** Reads what {@link #write} wrote. */
    public static WordClusters read(InputStream in) throws IOException {
        Map<String, int[]> clusters = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        int width = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String[] f = line.split("\t", -1);
            if (f.length < 2 || (width > 0 && f.length != width)) {
                throw new IOException("word cluster line " + n + " is malformed");
            }
            width = f.length;
            int[] c = new int[f.length - 1];
            try {
                for (int i = 0; i < c.length; i++) {
                    c[i] = Integer.parseInt(f[i + 1]);
                }
            } catch (NumberFormatException e) {
                throw new IOException("word cluster line " + n + " is malformed");
            }
            clusters.put(f[0], c);
        }
        return new WordClusters(clusters);
    }

    private static String lc(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
