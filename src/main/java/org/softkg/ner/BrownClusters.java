package org.softkg.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Brown word clusters learnt elsewhere from a large corpus: each word (lower-cased, digit runs collapsed to
 * {@code 0}) has the bit string of its path in the Brown cluster tree, and the prefixes of that path are
 * clusters at coarser granularities ({@link BrownClusterFeatures}).
 *
 * <p>The text form, read by {@link #read(InputStream)} and written by {@link #write(OutputStream)}, is one
 * {@code word TAB bits} line per word; blank lines and lines starting with {@code #} are skipped.
 */
public final class BrownClusters implements SerializableArtifact {

    private static final Pattern BITS = Pattern.compile("[01]{1,64}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+(?:[.,][0-9]+)*");

    private final Map<String, String> paths;

    private BrownClusters(Map<String, String> paths) {
        this.paths = paths;
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return BrownClustersSerializer.class;
    }

    /** Number of words with a path. */
    public int size() {
        return paths.size();
    }

    /** The bit string of a token's cluster (looked up in its {@link #key} form), or {@code null}. */
    public String pathOf(String token) {
        return paths.get(key(token));
    }

    /** The form a token is looked up in: lower-cased, every run of digits (with inner . or ,) one {@code 0}. */
    static String key(String token) {
        String lc = token.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lc.length(); i++) {
            char c = lc.charAt(i);
            if (c >= '0' && c <= '9') {
                return DIGITS.matcher(lc).replaceAll("0");
            }
        }
        return lc;
    }

    /** Reads a cluster file, gzip-compressed if its name ends in {@code .gz}. */
    public static BrownClusters read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return read(in);
        }
    }

    /** Reads {@code word TAB bits} lines (the stream is not closed). */
    public static BrownClusters read(InputStream in) throws IOException {
        Map<String, String> paths = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String bits = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (tab <= 0 || !BITS.matcher(bits).matches()) {
                throw new IOException("Brown cluster line " + n + " is not 'word TAB bits'");
            }
            paths.put(line.substring(0, tab), shared.computeIfAbsent(bits, b -> b));
        }
        return new BrownClusters(paths);
    }

    /** Writes one {@code word TAB bits} line per word, sorted. */
    public void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (var e : new TreeMap<>(paths).entrySet()) {
            w.write(e.getKey());
            w.write('\t');
            w.write(e.getValue());
            w.write('\n');
        }
        w.flush();
    }
}
