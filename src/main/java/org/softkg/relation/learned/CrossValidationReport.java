package org.softkg.relation.learned;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.softkg.eval.RelationEvaluation;
import org.softkg.eval.Score;

/** Prints a {@link CrossValidation.Result}: the threshold sweep, rules alone against rules plus classifier per relation, the calibration. */
public final class CrossValidationReport {

    private CrossValidationReport() {
    }

    public static void text(CrossValidation.Result r, int folds, int sentences, int facts, PrintWriter out) {
        out.printf(Locale.ROOT, "%d-fold cross-validation over %d sentences (%d gold facts); the rules run in every fold%n%n",
                folds, sentences, facts);
        out.println("threshold  classifier facts  right  precision | overall P     R     F1");
        for (CrossValidation.AtThreshold a : r.thresholds()) {
            Score o = a.evaluation().overall();
            out.printf(Locale.ROOT, "%9.2f  %16d  %5d  %9.3f | %9.3f %5.3f %5.3f%s%n", a.threshold(), a.learned(),
                    a.learnedRight(), a.learnedPrecision(), o.precision(), o.recall(), o.f1(),
                    a == r.chosen() ? "  <- chosen" : "");
        }
        out.println();
        out.printf(Locale.ROOT, "rules alone vs rules + classifier (threshold %.2f):%n", r.chosen().threshold());
        out.println("relation        gold | rules: extr right found   P     R     F1  | +classifier: extr right found   P     R     F1");
        RelationEvaluation rules = r.rules();
        RelationEvaluation both = r.chosen().evaluation();
        for (Score s : rules.scores()) {
            Score b = both.score(s.relation());
            row(out, s.relation(), s, b == null ? s : b);
        }
        for (Score b : both.scores()) {
            if (rules.score(b.relation()) == null) {
                row(out, b.relation(), new Score(b.relation(), 0, 0, b.gold(), 0), b);
            }
        }
        row(out, "overall", rules.overall(), both.overall());
        out.println();
        out.println("confidence of the classifier's facts (measured precision per probability band, smoothed):");
        double[] lower = r.calibration().lower();
        double[] precision = r.calibration().precision();
        List<int[]> counts = r.bandCounts();
        for (int i = 0; i < lower.length; i++) {
            String upper = i + 1 < lower.length ? String.format(Locale.ROOT, "%.2f", lower[i + 1]) : "1.00";
            out.printf(Locale.ROOT, "  p in [%.2f, %s): %d pairs, %d right -> confidence %.2f%n", lower[i], upper,
                    counts.get(i)[0], counts.get(i)[1], precision[i]);
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, Score a, Score b) {
        out.printf(Locale.ROOT, "%-15s %4d | %11d %5d %5d %5.3f %5.3f %5.3f | %17d %5d %5d %5.3f %5.3f %5.3f%n", name,
                a.gold(), a.extracted(), a.right(), a.found(), a.precision(), a.recall(), a.f1(), b.extracted(),
                b.right(), b.found(), b.precision(), b.recall(), b.f1());
    }
}
