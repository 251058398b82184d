package org.softkg.relation.learned;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the relation classifier's model with OpenNLP's L-BFGS maxent trainer ({@code MAXENT_QN}, L2-regularised,
 * one thread: the same data gives the same model). A pair labelled NONE is kept only every
 * {@code noneEvery}-th time (in data order), which weighs the rare relation outcomes up deterministically. With
 * {@code uncoveredOnly}, pairs that a rule fact already relates are left out (the classifier only ever sees the
 * others at run time).
 *
 * @param iterations the trainer's iterations
 * @param l2         the L2 cost
 * @param cutoff     features seen fewer times are dropped
 * @param noneEvery  keep one NONE pair in this many (1 keeps all)
 * @param uncoveredOnly train only on pairs that no rule fact relates
 */
public record RelationTrainer(int iterations, double l2, int cutoff, int noneEvery, boolean uncoveredOnly) {

    public RelationTrainer {
        if (iterations < 1 || l2 < 0 || cutoff < 0 || noneEvery < 1) {
            throw new IllegalArgumentException("bad trainer settings");
        }
    }

    /** The settings the shipped model was trained with. */
    public static RelationTrainer defaults() {
        return new RelationTrainer(300, 1.0, 2, 1, false);
    }

    /** The events of these sentences: one per candidate pair, its features and gold outcome. */
    public List<Event> events(List<TrainingSentence> sentences) {
        List<Event> events = new ArrayList<>();
        int none = 0;
        for (TrainingSentence s : sentences) {
            java.util.Set<String> related = uncoveredOnly ? LearnedRelations.related(s.document()) : java.util.Set.of();
            for (int i = 0; i < s.candidates().size(); i++) {
                if (related.contains(LearnedRelations.pairKey(s.candidates().get(i)))) {
                    continue;
                }
                String outcome = s.outcomes().get(i);
                if (RelationLabel.NONE.equals(outcome) && none++ % noneEvery != 0) {
                    continue;
                }
                events.add(new Event(outcome, PairFeatures.of(s.candidates().get(i))));
            }
        }
        return events;
    }

    /** Trains a model on these sentences (they must hold at least one NONE pair and one related pair). */
    public MaxentModel train(List<TrainingSentence> sentences) {
        List<Event> events = events(sentences);
        if (events.stream().noneMatch(e -> RelationLabel.NONE.equals(e.getOutcome()))
                || events.stream().allMatch(e -> RelationLabel.NONE.equals(e.getOutcome()))) {
            throw new IllegalArgumentException("the training sentences need pairs with and without a gold relation");
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(QNTrainer.L2COST_PARAM, l2);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        p.put(QNTrainer.THREADS_PARAM, 1);
        p.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
