package org.softkg.relation.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import org.softkg.consistency.FactChecks;
import org.softkg.eval.ExtractedFact;
import org.softkg.eval.RelationEvaluation;
import org.softkg.eval.SentenceExtraction;
import org.softkg.eval.SentenceOutcome;
import org.softkg.model.Document;
import org.softkg.pipeline.DocumentStage;

/**
 * K-fold cross-validation of the relation classifier over gold sentences (folds by passage, interleaved: copies of
 * one passage stay in one fold, and passage j goes to fold j mod K; see {@link PassageFolds}). In each fold a model
 * is trained on the other folds and run after the rules on the fold's sentences, at every threshold of
 * {@link #THRESHOLDS}; the rules alone are judged on the same sentences. The threshold chosen is the one with the
 * best overall F1 among those whose classifier-only facts reach {@code minPrecision}; its probability bands give the
 * model's {@link Calibration}.
 */
public final class CrossValidation {

    /** The decision thresholds tried. */
    public static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    private static final double[] BAND_BOUNDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    private final RelationTrainer trainer;
    private final int folds;
    private final double minPrecision;

    public CrossValidation(RelationTrainer trainer, int folds, double minPrecision) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        }
        this.trainer = trainer;
        this.folds = folds;
        this.minPrecision = minPrecision;
    }

    /** The figures at one threshold: the evaluation of rules plus classifier, and the classifier's own facts. */
    public record AtThreshold(double threshold, RelationEvaluation evaluation, int learned, int learnedRight) {
        /** Precision of the classifier-only facts. */
        public double learnedPrecision() {
            return learned == 0 ? 0 : (double) learnedRight / learned;
        }
    }

    /**
     * The result: rules alone, every threshold, the one chosen and its calibration.
     *
     * @param rules       the rules alone
     * @param thresholds  rules plus classifier at each threshold
     * @param chosen      the chosen threshold's figures
     * @param calibration the threshold and measured precision per probability band
     * @param bandCounts  per band: classifier-only pairs and how many were right
     */
    public record Result(RelationEvaluation rules, List<AtThreshold> thresholds, AtThreshold chosen,
                         Calibration calibration, List<int[]> bandCounts) {
    }

    /** A held-out pair prediction, for calibration. */
    private record Scored(double probability, boolean right) {
    }

    /** Cross-validates over these sentences. */
    public Result run(List<TrainingSentence> sentences) {
        List<SentenceOutcome> rulesOutcomes = new ArrayList<>();
        List<List<SentenceOutcome>> byThreshold = new ArrayList<>();
        for (int t = 0; t < THRESHOLDS.length; t++) {
            byThreshold.add(new ArrayList<>());
        }
        List<Scored> scored = new ArrayList<>();
        int[] foldOf = PassageFolds.of(sentences.stream().map(TrainingSentence::text).toList(), folds);
        for (int k = 0; k < folds; k++) {
            List<TrainingSentence> train = new ArrayList<>();
            List<TrainingSentence> test = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                (foldOf[i] == k ? test : train).add(sentences.get(i));
            }
            MaxentModel model = trainer.train(train);
            for (TrainingSentence s : test) {
                rulesOutcomes.add(judge(s, s.document()));
                for (int t = 0; t < THRESHOLDS.length; t++) {
                    RelationClassifier c = new RelationClassifier(model, Calibration.uncalibrated(THRESHOLDS[t]));
                    byThreshold.get(t).add(judge(s, LearnedRelations.of(c).process(s.document())));
                }
                RelationClassifier any = new RelationClassifier(model, Calibration.uncalibrated(0));
                Set<String> related = LearnedRelations.related(s.document());
                for (int i = 0; i < s.candidates().size(); i++) {
                    Candidate cand = s.candidates().get(i);
                    if (related.contains(LearnedRelations.pairKey(cand))) {
                        continue;
                    }
                    RelationClassifier.Prediction p = any.best(cand);
                    if (p != null) {
                        scored.add(new Scored(p.probability(), p.label().outcome().equals(s.outcomes().get(i))));
                    }
                }
            }
        }
        List<AtThreshold> all = new ArrayList<>();
        for (int t = 0; t < THRESHOLDS.length; t++) {
            all.add(at(THRESHOLDS[t], byThreshold.get(t)));
        }
        AtThreshold chosen = null;
        for (AtThreshold a : all) {
            if (a.learned() > 0 && a.learnedPrecision() >= minPrecision
                    && (chosen == null || a.evaluation().overall().f1() > chosen.evaluation().overall().f1())) {
                chosen = a;
            }
        }
        if (chosen == null) {
            chosen = all.get(all.size() - 1);
        }
        List<int[]> bandCounts = new ArrayList<>();
        Calibration calibration = calibrate(chosen.threshold(), scored, bandCounts);
        return new Result(RelationEvaluation.of(rulesOutcomes), all, chosen, calibration, bandCounts);
    }

    private static SentenceOutcome judge(TrainingSentence s, Document afterRelations) {
        Document d = afterRelations;
        for (DocumentStage stage : FactChecks.defaults().stages()) {
            d = stage.process(d);
        }
        return SentenceOutcome.judge(s.gold(), s.text(), SentenceExtraction.facts(d), SentenceExtraction.nameKeys(d));
    }

    private static AtThreshold at(double threshold, List<SentenceOutcome> outcomes) {
        int learned = 0;
        int right = 0;
        for (SentenceOutcome o : outcomes) {
            for (ExtractedFact e : o.extracted()) {
                if (LearnedRelations.RULE.equals(e.rule())) {
                    learned++;
                    if (o.right().contains(e)) {
                        right++;
                    }
                }
            }
        }
        return new AtThreshold(threshold, RelationEvaluation.of(outcomes), learned, right);
    }

    /**
     * Bands from the threshold up (bounds at the threshold and at 0.5 ... 0.9 above it), each band's precision
     * smoothed ((right + 1) / (n + 2)) and made non-decreasing by pooling adjacent bands that would fall.
     */
    private static Calibration calibrate(double threshold, List<Scored> scoredList, List<int[]> counts) {
        List<Double> bounds = new ArrayList<>();
        bounds.add(threshold);
        for (double b : BAND_BOUNDS) {
            if (b > threshold + 1e-9) {
                bounds.add(b);
            }
        }
        int n = bounds.size();
        int[] total = new int[n];
        int[] right = new int[n];
        for (Scored s : scoredList) {
            if (s.probability() < threshold) {
                continue;
            }
            int band = 0;
            for (int i = 0; i < n; i++) {
                if (s.probability() >= bounds.get(i)) {
                    band = i;
                }
            }
            total[band]++;
            if (s.right()) {
                right[band]++;
            }
        }
        // pool adjacent violators over the smoothed precisions
        List<int[]> pools = new ArrayList<>(); // {firstBand, lastBand, total, right}
        for (int i = 0; i < n; i++) {
            pools.add(new int[] {i, i, total[i], right[i]});
            while (pools.size() > 1) {
                int[] last = pools.get(pools.size() - 1);
                int[] prev = pools.get(pools.size() - 2);
                if (smoothed(prev) <= smoothed(last)) {
                    break;
                }
                pools.remove(pools.size() - 1);
                pools.set(pools.size() - 1, new int[] {prev[0], last[1], prev[2] + last[2], prev[3] + last[3]});
            }
        }
        double[] lower = new double[pools.size()];
        double[] precision = new double[pools.size()];
        for (int i = 0; i < pools.size(); i++) {
            int[] p = pools.get(i);
            lower[i] = bounds.get(p[0]);
            precision[i] = smoothed(p);
            counts.add(new int[] {p[2], p[3]});
        }
        return new Calibration(threshold, lower, precision);
    }

    private static double smoothed(int[] pool) {
        return (pool[3] + 1.0) / (pool[2] + 2.0);
    }
}
