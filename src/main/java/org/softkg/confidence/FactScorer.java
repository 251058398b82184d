package org.softkg.confidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic fact-evidence scorer: a provenance record's confidence becomes
 * {@code sigmoid(bias + w1 * ruleLogit + w2 * beOrHaveBetween + w3 * subjectUntagged)} ({@link FactEvidence}).
 * The weights are a small text file, one {@code name<TAB>weight} a line ({@code #} comments), with exactly the
 * names {@link #FEATURES}; the shipped one ({@link #SHIPPED}) was fitted on the even half of the judged pool
 * (README "Scoring each fact by its sentence", docs/relations-log.md "Tenth session"). Immutable, thread-safe.
 */
public final class FactScorer {

    /** The names a weight file must give, each once. */
    public static final List<String> FEATURES = List.of("bias", "rule-logit", "be-or-have-between", "subject-untagged");

    /** The shipped weights, a classpath resource. */
    public static final String SHIPPED = "/org/softkg/confidence/fact-scorer.tsv";

    private final double bias;
    private final double ruleLogit;
    private final double beOrHave;
    private final double untagged;

    private FactScorer(Map<String, Double> w) {
        this.bias = w.get("bias");
        this.ruleLogit = w.get("rule-logit");
        this.beOrHave = w.get("be-or-have-between");
        this.untagged = w.get("subject-untagged");
    }

    /** The shipped scorer; an {@link IllegalStateException} naming the resource when it is missing or corrupt. */
    public static FactScorer shipped() {
        try (InputStream in = FactScorer.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("fact scorer weights " + SHIPPED + " not found on the classpath");
            }
            return parse(SHIPPED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("fact scorer weights " + SHIPPED + ": " + e.getMessage());
        }
    }

    /** Reads weights from {@code text}; an {@link IllegalStateException} naming {@code source} and the line when wrong. */
    public static FactScorer parse(String source, String text) {
        Map<String, Double> w = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String where = "fact scorer weights " + source + " line " + (i + 1) + ": ";
            if (f.length != 2) {
                throw new IllegalStateException(where + "expected name<TAB>weight");
            }
            if (!FEATURES.contains(f[0])) {
                throw new IllegalStateException(where + "unknown feature " + f[0] + " (known: " + FEATURES + ")");
            }
            double v;
            try {
                v = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where + "not a number: " + f[1]);
            }
            if (!Double.isFinite(v)) {
                throw new IllegalStateException(where + "not a finite number: " + f[1]);
            }
            if (w.put(f[0], v) != null) {
                throw new IllegalStateException(where + f[0] + " given twice");
            }
        }
        for (String name : FEATURES) {
            if (!w.containsKey(name)) {
                throw new IllegalStateException("fact scorer weights " + source + ": no weight for " + name);
            }
        }
        return new FactScorer(w);
    }

    /** The record's new confidence, in (0,1). */
    public double score(FactEvidence e) {
        double z = bias + ruleLogit * e.ruleLogit() + (e.beOrHaveBetween() ? beOrHave : 0)
                + (e.subjectUntagged() ? untagged : 0);
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FactScorer[bias %.4f, rule-logit %.4f, be-or-have-between %.4f, subject-untagged %.4f]",
                bias, ruleLogit, beOrHave, untagged);
    }
}
