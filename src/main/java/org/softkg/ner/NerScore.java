package org.softkg.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.util.Span;

/**
 * Entity-level scores, CoNLL style: a predicted entity counts only when its span and type are exactly
 * those of a gold entity. Keeps counts per type and a summary of the errors (wrong type on the right
 * span, wrong boundaries, missed, spurious). Add sentences with {@link #add}.
 */
public final class NerScore {

    /** Counts for one type. */
    public static final class Counts {
        int gold;
        int predicted;
        int correct;

        public int gold() {
            return gold;
        }

        public int predicted() {
            return predicted;
        }

        public int correct() {
            return correct;
        }

        public double precision() {
            return predicted == 0 ? 0 : correct / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : correct / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Counts> byType = new TreeMap<>();
    private final Counts all = new Counts();
    private final Set<String> goldTypes = new TreeSet<>();
    private final Map<String, Integer> confusion = new TreeMap<>();
    private int boundary;
    private int missed;
    private int spurious;
    private final Set<String> scoredTypes;

    /**
     * @param scoredTypes the types the data set uses; predictions of other types are left out of the
     *                    scores (a data set without Protocol entities says nothing about Protocol predictions)
     */
    public NerScore(Set<String> scoredTypes) {
        this.scoredTypes = Set.copyOf(scoredTypes);
    }

    /** The types a data set uses. */
    public static Set<String> typesOf(List<opennlp.tools.namefind.NameSample> samples) {
        Set<String> types = new TreeSet<>();
        for (var s : samples) {
            for (Span n : s.getNames()) {
                types.add(n.getType());
            }
        }
        return types;
    }

    /** Scores one sentence. */
    public void add(Span[] gold, Span[] allPredicted) {
        Span[] predicted = java.util.Arrays.stream(allPredicted).filter(p -> scoredTypes.contains(p.getType()))
                .toArray(Span[]::new);
        Set<Span> goldSet = new HashSet<>(List.of(gold));
        for (Span g : gold) {
            goldTypes.add(g.getType());
            counts(g.getType()).gold++;
            all.gold++;
        }
        List<Span> wrong = new ArrayList<>();
        for (Span p : predicted) {
            counts(p.getType()).predicted++;
            all.predicted++;
            if (goldSet.contains(p)) {
                counts(p.getType()).correct++;
                all.correct++;
            } else {
                wrong.add(p);
            }
        }
        Set<Span> matchedGold = new HashSet<>();
        for (Span p : wrong) {
            Span sameSpan = null;
            Span overlapping = null;
            for (Span g : gold) {
                if (g.getStart() == p.getStart() && g.getEnd() == p.getEnd()) {
                    sameSpan = g;
                } else if (g.intersects(p)) {
                    overlapping = g;
                }
            }
            if (sameSpan != null) {
                confusion.merge(sameSpan.getType() + " -> " + p.getType(), 1, Integer::sum);
                matchedGold.add(sameSpan);
            } else if (overlapping != null) {
                boundary++;
                matchedGold.add(overlapping);
            } else {
                spurious++;
            }
        }
        Set<Span> predictedSet = new HashSet<>(List.of(predicted));
        for (Span g : gold) {
            if (!predictedSet.contains(g) && !matchedGold.contains(g)) {
                missed++;
            }
        }
    }

    private Counts counts(String type) {
        return byType.computeIfAbsent(type, t -> new Counts());
    }

    /** Totals over the scored types. */
    public Counts overall() {
        return all;
    }

    /** Counts of each type the gold data uses, by type name. */
    public Map<String, Counts> byType() {
        Map<String, Counts> out = new TreeMap<>();
        for (String t : goldTypes) {
            out.put(t, byType.get(t));
        }
        return out;
    }

    /** Right span, wrong type: "gold -> predicted" with counts. */
    public Map<String, Integer> confusion() {
        return new HashMap<>(confusion);
    }

    public int boundaryErrors() {
        return boundary;
    }

    public int missed() {
        return missed;
    }

    public int spurious() {
        return spurious;
    }

    /** The report: a line per type, the error summary, and {@code overall precision P recall R f1 F} last. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-18s %6s %6s %6s %9s %6s %6s", "type", "gold", "pred", "right", "precision", "recall", "f1"));
        byType().forEach((t, c) -> lines.add(String.format("%-18s %6d %6d %6d %9.3f %6.3f %6.3f",
                t, c.gold, c.predicted, c.correct, c.precision(), c.recall(), c.f1())));
        lines.add(String.format("errors: %d wrong type on the right span, %d wrong boundaries, %d missed, %d spurious",
                confusion.values().stream().mapToInt(Integer::intValue).sum(), boundary, missed, spurious));
        confusion.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> lines.add(String.format("  %-40s %d", e.getKey(), e.getValue())));
        lines.add(String.format(java.util.Locale.ROOT, "overall precision %.3f recall %.3f f1 %.3f",
                all.precision(), all.recall(), all.f1()));
        return lines;
    }
}
