package org.softkg.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The softkg name finder: the statistical model's spans (which already use the gazetteer as a
 * feature), plus the names the model's gazetteer knows as mostly-tagged ("strong") where the model found
 * nothing overlapping. The model's "outside" probability can be weighted down ({@link OutsideWeightedModel})
 * so that it tags names more readily. One instance per thread.
 */
public final class SoftwareNameFinder {

    /** Gazetteer names tagged in at least this share of their training occurrences fill the model's gaps. */
    public static final double FILL_RATIO = 0.5;

    /** Manifest entry of a model holding the weight of its "outside" probability (absent: 1). */
    public static final String OUTSIDE_WEIGHT_PROPERTY = "softkg-outside-weight";

    private final NameFinderME finder;
    private final Gazetteer gazetteer;
    private final double fillRatio;

    /** A finder with the default fill ratio and the outside weight stored in the model. */
    public SoftwareNameFinder(TokenNameFinderModel model) {
        this(model, FILL_RATIO, outsideWeight(model));
    }

    /** The outside weight stored in {@code model} by {@link NerTrainer}, 1 when it has none. */
    public static double outsideWeight(TokenNameFinderModel model) {
        String w = model.getManifestProperty(OUTSIDE_WEIGHT_PROPERTY);
        try {
            return w == null ? 1.0 : Double.parseDouble(w);
        } catch (NumberFormatException e) {
            return 1.0;
        }
    }

    /**
     * A finder whose gazetteer fills gaps with names tagged in at least {@code fillRatio} of their
     * occurrences, and whose model's "outside" probability is multiplied by {@code outsideWeight} (1: as trained).
     */
    public SoftwareNameFinder(TokenNameFinderModel model, double fillRatio, double outsideWeight) {
        this.fillRatio = fillRatio;
        Object g = model.getArtifact(GazetteerFeatures.RESOURCE);
        this.gazetteer = g instanceof Gazetteer gz ? gz : null;
        // the fast beam search ({@link BeamNameFinder}) over the classifier with its weighted "outside" outcome
        this.finder = BeamNameFinder.of(model, outsideWeight);
    }

    private Span[] model(String[] words) {
        return finder.find(words);
    }

    /** The entity spans of one sentence. */
    public Span[] find(String[] words) {
        return withGazetteer(words, model(words));
    }

    /**
     * The entity spans of one sentence, as {@link #find}, each of the model's spans with a probability (the
     * geometric mean of its tokens' outcome probabilities; the gazetteer's fills and the spans of models
     * without the fast search have none, {@link Span#getProb()} 0). For {@link ConsistentNames}.
     */
    public Span[] findScored(String[] words) {
        return withGazetteer(words, finder instanceof BeamNameFinder beam ? beam.findScored(words) : stripProb(model(words)));
    }

    private static Span[] stripProb(Span[] spans) {
        Span[] out = new Span[spans.length];
        for (int i = 0; i < spans.length; i++) {
            out[i] = new Span(spans[i].getStart(), spans[i].getEnd(), spans[i].getType());
        }
        return out;
    }

    private Span[] withGazetteer(String[] words, Span[] found) {
        if (gazetteer == null) {
            return found;
        }
        String[][] gaz = gazetteer.lookup(words);
        List<Span> out = new ArrayList<>(List.of(found));
        boolean[] covered = new boolean[words.length];
        for (Span s : found) {
            for (int i = s.getStart(); i < s.getEnd(); i++) {
                covered[i] = true;
            }
        }
        for (Span g : BioSpans.spans(orO(gaz[0]))) {
            boolean strong = Double.parseDouble(gaz[4][g.getStart()]) >= fillRatio;
            boolean free = true;
            for (int i = g.getStart(); i < g.getEnd(); i++) {
                free &= !covered[i];
            }
            if (strong && free) {
                out.add(g);
            }
        }
        out.sort(null);
        return out.toArray(new Span[0]);
    }

    /** Forgets what was learnt from earlier sentences of a document. */
    public void clearAdaptiveData() {
        finder.clearAdaptiveData();
    }

    private static String[] orO(String[] tags) {
        String[] out = new String[tags.length];
        for (int i = 0; i < tags.length; i++) {
            out[i] = tags[i] == null ? "O" : tags[i];
        }
        return out;
    }
}
