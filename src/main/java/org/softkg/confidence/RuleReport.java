package org.softkg.confidence;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.softkg.eval.ExtractedFact;
import org.softkg.eval.RelationEvaluation;
import org.softkg.eval.SentenceOutcome;
import org.softkg.relation.Rule;
import org.softkg.relation.RuleSet;

/**
 * Per rule: how many facts it produced on the judged sentences, how many of them are right, its precision and
 * the confidence that precision suggests ({@link RuleScore#calibrated}). Every rule of the rule set gets a row,
 * in file order, whether it fired or not, so rules added later are listed too; facts whose rule is not in the
 * set (none, normally) get rows of their own after them.
 */
public final class RuleReport {

    private final List<RuleScore> scores;
    private final boolean judged;

    private RuleReport(List<RuleScore> scores, boolean judged) {
        this.scores = List.copyOf(scores);
        this.judged = judged;
    }

    /** Counts the extracted facts of an evaluation by the rule that produced them. */
    public static RuleReport of(RuleSet rules, RelationEvaluation evaluation) {
        return of(rules, evaluation, null);
    }

    /**
     * Counts the extracted facts of an evaluation by the rule that produced them, with the judged facts of other
     * text per rule ({@link JudgedFacts#countsOf}); {@code judged} null means none were given (the table then has
     * no judged columns).
     */
    public static RuleReport of(RuleSet rules, RelationEvaluation evaluation, Map<String, JudgedCount> judged) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Rule r : rules.rules()) {
            counts.put(r.id(), new int[2]);
        }
        for (SentenceOutcome o : evaluation.sentences()) {
            for (ExtractedFact e : o.extracted()) {
                counts.computeIfAbsent(e.rule(), k -> new int[2])[0]++;
            }
            for (ExtractedFact e : o.right()) {
                counts.computeIfAbsent(e.rule(), k -> new int[2])[1]++;
            }
        }
        if (judged != null) {
            judged.keySet().forEach(rule -> counts.computeIfAbsent(rule, k -> new int[2]));
        }
        Map<String, Rule> byId = new LinkedHashMap<>();
        rules.rules().forEach(r -> byId.put(r.id(), r));
        List<RuleScore> scores = new ArrayList<>();
        counts.forEach((id, c) -> {
            Rule r = byId.get(id);
            JudgedCount j = judged == null ? JudgedCount.NONE : judged.getOrDefault(id, JudgedCount.NONE);
            scores.add(new RuleScore(id, r == null ? "?" : r.relation(), r == null ? Double.NaN : r.confidence(), c[0], c[1],
                    j.facts(), j.right()));
        });
        return new RuleReport(scores, judged != null);
    }

    /** The rows, in rule file order. */
    public List<RuleScore> scores() {
        return scores;
    }

    /**
     * The table: rule, relation, confidence, fired, right, precision, (with judged facts: judged, jright,
     * jprecision,) calibrated.
     */
    public void text(PrintWriter out) {
        int w = Math.max(4, scores.stream().mapToInt(s -> s.rule().length()).max().orElse(4));
        String judgedHead = judged ? " %6s %6s %10s" : "%s%s%s";
        String head = "%-" + w + "s %-15s %10s %6s %6s %9s" + judgedHead + " %10s%n";
        out.printf(Locale.ROOT, head, "rule", "relation", "confidence", "fired", "right", "precision",
                judged ? "judged" : "", judged ? "jright" : "", judged ? "jprecision" : "", "calibrated");
        String row = "%-" + w + "s %-15s %10s %6d %6d %9s" + (judged ? " %6d %6d %10s" : "") + " %10s%n";
        int fired = 0;
        int right = 0;
        int jFired = 0;
        int jRight = 0;
        for (RuleScore s : scores) {
            String calibrated = Double.isNaN(s.confidence()) ? "-" : num(s.calibrated());
            if (judged) {
                out.printf(Locale.ROOT, row, s.rule(), s.relation(), num(s.confidence()), s.fired(), s.right(),
                        num(s.precision()), s.judged(), s.judgedRight(), num(s.judgedPrecision()), calibrated);
            } else {
                out.printf(Locale.ROOT, row, s.rule(), s.relation(), num(s.confidence()), s.fired(), s.right(),
                        num(s.precision()), calibrated);
            }
            fired += s.fired();
            right += s.right();
            jFired += s.judged();
            jRight += s.judgedRight();
        }
        long silent = scores.stream().filter(s -> s.totalFired() == 0).count();
        out.printf(Locale.ROOT, "%d rules, %d fired at least once (%d facts, %d right%s); %d never fired and keep their "
                + "confidence%n", scores.size(), scores.size() - silent, fired, right,
                judged ? String.format(Locale.ROOT, "; %d judged facts, %d right", jFired, jRight) : "", silent);
        out.flush();
    }

    /** The rows as JSON. */
    public JsonArray json() {
        JsonArray a = new JsonArray();
        for (RuleScore s : scores) {
            JsonObject o = new JsonObject();
            o.put("rule", s.rule());
            o.put("relation", s.relation());
            if (!Double.isNaN(s.confidence())) {
                o.put("confidence", JsonNumber.value(s.confidence()));
                o.put("calibrated", JsonNumber.value(s.calibrated()));
            }
            o.put("fired", s.fired());
            o.put("right", s.right());
            if (judged) {
                o.put("judged", s.judged());
                o.put("judgedRight", s.judgedRight());
            }
            if (!Double.isNaN(s.precision())) {
                o.put("precision", JsonNumber.value(Math.round(s.precision() * 10_000) / 10_000.0));
            }
            a.add(o);
        }
        return a;
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }
}
