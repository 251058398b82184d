package org.softkg.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The softkg name finder: the statistical model's spans (which already use the gazetteer as a
 * feature), plus the names the model's gazetteer knows as mostly-tagged ("strong") where the model found
 * nothing overlapping. One instance per thread.
 */
public final class SoftwareNameFinder {

    private final NameFinderME finder;
    private final Gazetteer gazetteer;

    /** Gazetteer names tagged in at least this share of their training occurrences fill the model's gaps. */
    public static final double FILL_RATIO = 0.5;

    private final double fillRatio;

    public SoftwareNameFinder(TokenNameFinderModel model) {
        this(model, FILL_RATIO);
    }

    /** A finder whose gazetteer fills gaps with names tagged in at least {@code fillRatio} of their occurrences. */
    public SoftwareNameFinder(TokenNameFinderModel model, double fillRatio) {
        this.fillRatio = fillRatio;
        this.finder = new NameFinderME(model);
        Object g = model.getArtifact(GazetteerFeatures.RESOURCE);
        this.gazetteer = g instanceof Gazetteer gz ? gz : null;
    }

    /** The entity spans of one sentence. */
    public Span[] find(String[] words) {
        Span[] found = finder.find(words);
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
