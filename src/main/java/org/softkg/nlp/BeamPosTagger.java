package org.softkg.nlp;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.SequenceValidator;

/**
 * The POS tags of OpenNLP's {@code POSTaggerME} for a maximum-entropy POS model, from the same model,
 * context generator and sequence validator and the same beam search (Ratnaparkhi's: the best
 * {@code BeamSize} partial sequences extended one token at a time, candidates ranked in a priority queue
 * by their summed log probabilities), but a candidate keeps only its score, its last outcome and the
 * outcome array of the candidate it extends, instead of copies of two lists with a boxed probability. {@code POSTaggerME} copies two lists and boxes a probability for
 * every candidate, which made half of its CPU time and nearly all of its garbage (about 50 KB per token);
 * the tags are identical (same scores, same order of queue operations, so ties break the same way).
 * Not thread-safe: one instance per thread.
 */
public final class BeamPosTagger {

    /** The score {@code POSTaggerME} starts rejecting candidates below (its beam search's "zero log"). */
    private static final double MIN_SEQUENCE_SCORE = -100_000;
    private static final Object[] NO_CONTEXT = new Object[0];
    private static final Comparator<Node> BEST_FIRST = (a, b) -> Double.compare(b.score, a.score);

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final int beam;
    private final double[] probs;
    private final double[] sorted;

    private BeamPosTagger(POSModel posModel, MaxentModel model) {
        this.model = model;
        String size = posModel.getManifestProperty("BeamSize");
        this.beam = size == null ? 3 : Integer.parseInt(size);
        this.contexts = posModel.getFactory().getPOSContextGenerator(beam);
        this.validator = posModel.getFactory().getSequenceValidator();
        this.probs = new double[model.getNumOutcomes()];
        this.sorted = new double[model.getNumOutcomes()];
    }

    /**
     * A tagger for {@code posModel}, or null when the model is not a plain maximum-entropy model whose
     * tags {@code POSTaggerME} returns unconverted (then use {@code POSTaggerME}).
     */
    public static BeamPosTagger of(POSModel posModel) {
        if (!(posModel.getArtifact("pos.model") instanceof MaxentModel m)) {
            return null;
        }
        if (POSTagFormatMapper.guessFormat(posModel) != POSTagFormat.UD) {
            return null;
        }
        return new BeamPosTagger(posModel, m);
    }

    /**
     * One candidate: its last outcome, the outcomes of the candidate it extends (computed when that one
     * was expanded), and its score. Its own outcome array is built only if it is expanded in turn.
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

    /** The POS tags of one sentence's tokens. */
    public String[] tag(String[] words) {
        PriorityQueue<Node> prev = new PriorityQueue<>(beam, BEST_FIRST);
        PriorityQueue<Node> next = new PriorityQueue<>(beam, BEST_FIRST);
        prev.add(new Node());
        for (int i = 0; i < words.length; i++) {
            int expand = Math.min(beam, prev.size());
            for (int c = 0; !prev.isEmpty() && c < expand; c++) {
                Node top = prev.remove();
                String[] outcomes = top.outcomes();
                double[] scores = model.eval(contexts.getContext(i, words, outcomes, NO_CONTEXT), probs);
                System.arraycopy(scores, 0, sorted, 0, scores.length);
                Arrays.sort(sorted, 0, scores.length);
                double min = sorted[Math.max(0, scores.length - beam)];
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        extend(next, top.score, i, words, outcomes, p, scores[p]);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < scores.length; p++) {
                        extend(next, top.score, i, words, outcomes, p, scores[p]);
                    }
                }
            }
            prev.clear();
            PriorityQueue<Node> t = prev;
            prev = next;
            next = t;
        }
        if (prev.isEmpty()) {
            throw new IllegalStateException("no valid POS sequence for a sentence of " + words.length + " tokens");
        }
        return prev.remove().outcomes();
    }

    private void extend(PriorityQueue<Node> next, double topScore, int i, String[] words, String[] outcomes, int p,
                        double prob) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, words, outcomes, out)) {
            Node n = new Node(outcomes, topScore, out, prob);
            if (n.score > MIN_SEQUENCE_SCORE) {
                next.add(n);
            }
        }
    }
}
