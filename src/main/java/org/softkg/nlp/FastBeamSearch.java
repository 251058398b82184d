package org.softkg.nlp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * The best outcome sequence of OpenNLP's {@code BeamSearch} (without a context cache, the way
 * {@code NameFinderME}, {@code POSTaggerME} and {@code LemmatizerME} use it), from the same model, context
 * generator and sequence validator, with the same scores and the same order of priority-queue operations, so
 * the outcomes are identical, ties included. A candidate keeps only its score, its last outcome and the
 * outcome array of the candidate it extends, where OpenNLP's {@code Sequence} copies two lists and boxes a
 * probability per candidate; the beam's threshold is found by selection instead of sorting every
 * distribution. Not thread-safe: one instance per thread.
 */
public final class FastBeamSearch {

    /** The score {@code BeamSearch} starts rejecting candidates below (its "zero log"). */
    private static final double MIN_SEQUENCE_SCORE = -100_000;
    private static final Comparator<Node> BEST_FIRST = (a, b) -> Double.compare(b.score, a.score);

    private final MaxentModel model;
    private final int beam;
    private final double[] probs;
    private final double[] top;

    /** A search of {@code beam} candidates over {@code model}'s outcomes. */
    public FastBeamSearch(MaxentModel model, int beam) {
        if (beam < 1) {
            throw new IllegalArgumentException("beam size must be at least 1: " + beam);
        }
        this.model = model;
        this.beam = beam;
        this.probs = new double[model.getNumOutcomes()];
        this.top = new double[beam];
    }

    /**
     * The outcomes of the best sequence for {@code words}, as {@code BeamSearch.bestSequence(words,
     * additionalContext, contexts, validator).getOutcomes()}.
     *
     * @throws IllegalStateException when no sequence is valid
     */
    public String[] best(String[] words, Object[] additionalContext, BeamSearchContextGenerator<String> contexts,
                         SequenceValidator<String> validator) {
        PriorityQueue<Node> prev = new PriorityQueue<>(beam, BEST_FIRST);
        PriorityQueue<Node> next = new PriorityQueue<>(beam, BEST_FIRST);
        prev.add(new Node());
        for (int i = 0; i < words.length; i++) {
            int expand = Math.min(beam, prev.size());
            for (int c = 0; !prev.isEmpty() && c < expand; c++) {
                Node node = prev.remove();
                String[] outcomes = node.outcomes();
                double[] scores = model.eval(contexts.getContext(i, words, outcomes, additionalContext), probs);
                double min = threshold(scores);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        extend(next, node.score, i, words, outcomes, p, scores[p], validator);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < scores.length; p++) {
                        extend(next, node.score, i, words, outcomes, p, scores[p], validator);
                    }
                }
            }
            prev.clear();
            PriorityQueue<Node> t = prev;
            prev = next;
            next = t;
        }
        if (prev.isEmpty()) {
            throw new IllegalStateException("no valid outcome sequence for a sentence of " + words.length + " tokens");
        }
        return prev.remove().outcomes();
    }

    /**
     * The {@code beam}-th largest score (counting equal scores), or the smallest when there are fewer: the
     * value {@code BeamSearch} reads from a sorted copy at {@code max(0, length - beam)}.
     */
    private double threshold(double[] scores) {
        int k = Math.min(beam, scores.length);
        int n = 0;
        for (double s : scores) {
            if (n < k) {
                int j = n++;
                while (j > 0 && top[j - 1] < s) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = s;
            } else if (s > top[k - 1]) {
                int j = k - 1;
                while (j > 0 && top[j - 1] < s) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = s;
            }
        }
        return top[k - 1];
    }

    private void extend(PriorityQueue<Node> next, double score, int i, String[] words, String[] outcomes, int p,
                        double prob, SequenceValidator<String> validator) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, words, outcomes, out)) {
            Node n = new Node(outcomes, score, out, prob);
            if (n.score > MIN_SEQUENCE_SCORE) {
                next.add(n);
            }
        }
    }

    /**
     * One candidate: its last outcome, the outcomes of the candidate it extends, and its score. Its own
     * outcome array is built only when it is expanded in turn.
     */
    private static final class Node {
        private static final String[] NONE = new String[0];

        final String[] before;
        final String outcome;
        final double score;

        Node() {
            this.before = NONE;
            this.outcome = null;
            this.score = 0;
        }

        Node(String[] before, double parentScore, String outcome, double prob) {
            this.before = before;
            this.outcome = outcome;
            this.score = parentScore + StrictMath.log(prob);
        }

        String[] outcomes() {
            if (outcome == null) {
                return before;
            }
            String[] out = Arrays.copyOf(before, before.length + 1);
            out[before.length] = outcome;
            return out;
        }
    }
}
