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

    public SoftwareNameFinder(TokenNameFinderModel model) {
        this.finder = BeamNameFinder.of(model);
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
            boolean strong = "hi".equals(gaz[2][g.getStart()]);
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
