package org.softkg.ner;

import opennlp.tools.ml.model.MaxentModel;

/**
 * A name finder's classifier with the probability of its "outside" outcome (not part of a name) scaled by a
 * weight and the distribution normalised again. A weight below 1 makes the beam search choose names more
 * readily: the classifier is trained for accuracy, tagging a token when a name is more likely than not, while
 * entity F1 on data whose names are tagged only some of the time is best with a lower bar.
 */
final class OutsideWeightedModel implements MaxentModel {

    /** The outcome for tokens outside names (OpenNLP's BIO and BILOU codecs). */
    static final String OUTSIDE = "other";

    private final MaxentModel model;
    private final int outside;
    private final double weight;

    OutsideWeightedModel(MaxentModel model, double weight) {
        this.model = model;
        this.outside = model.getIndex(OUTSIDE);
        this.weight = weight;
    }

    private double[] weigh(double[] p) {
        if (outside < 0) {
            return p;
        }
        double before = p[outside];
        p[outside] = before * weight;
        double sum = 1 - before + p[outside];
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    @Override
    public double[] eval(String[] context) {
        return weigh(model.eval(context).clone());
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return weigh(model.eval(context, probs).clone());
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return weigh(model.eval(context, values).clone());
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return model.getNumOutcomes();
    }
}
