package org.softkg.nlp;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * The lemmas of OpenNLP's {@code LemmatizerME} for a maximum-entropy lemmatizer model, from the same model,
 * context generator and sequence validator, with the beam search run by {@link FastBeamSearch} instead of
 * OpenNLP's {@code BeamSearch}. The lemmatizer's model has hundreds of outcomes (edit scripts), and
 * {@code BeamSearch} sorts a copy of every distribution to find its beam's threshold: that sort was half of
 * the lemmatizer's CPU time, which {@link FastBeamSearch} replaces by a selection of the best few. The edit
 * scripts, and so the lemmas, are identical (same scores, same order of queue operations). Not thread-safe:
 * one instance per thread.
 */
public final class BeamLemmatizer {

    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final FastBeamSearch search;

    private BeamLemmatizer(LemmatizerModel lemmaModel, MaxentModel model) {
        String size = lemmaModel.getManifestProperty("BeamSize");
        int beam = size == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
        this.contexts = lemmaModel.getFactory().getContextGenerator();
        this.validator = lemmaModel.getFactory().getSequenceValidator();
        this.search = new FastBeamSearch(model, beam);
    }

    /**
     * A lemmatizer for {@code lemmaModel}, or null when the model is no plain maximum-entropy model, which
     * {@code LemmatizerME} runs with {@code BeamSearch} (then use {@code LemmatizerME}).
     */
    public static BeamLemmatizer of(LemmatizerModel lemmaModel) {
        if (!(lemmaModel.getArtifact("lemmatizer.model") instanceof MaxentModel m)) {
            return null;
        }
        return new BeamLemmatizer(lemmaModel, m);
    }

    /** The lemmas of {@code words} with their POS {@code tags}, as {@code LemmatizerME.lemmatize(words, tags)}. */
    public String[] lemmatize(String[] words, String[] tags) {
        String[] scripts = search.best(words, new Object[] {tags}, contexts, validator);
        return LemmatizerME.decodeLemmas(words, scripts);
    }
}
