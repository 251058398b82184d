package org.softkg.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.SequenceValidator;

/**
 * The POS tags of OpenNLP's {@code POSTaggerME} for a maximum-entropy POS model, from the same model,
 * context generator and sequence validator and the same beam search (Ratnaparkhi's: the best
 * {@code BeamSize} partial sequences extended one token at a time), run by {@link FastBeamSearch}, whose
 * candidates keep only a score, the last outcome and the outcome array they extend. {@code POSTaggerME}
 * copies two lists and boxes a probability for every candidate, which made half of its CPU time and
 * nearly all of its garbage (about 50 KB per token); the tags are identical (same scores, same order of
 * queue operations, so ties break the same way). Not thread-safe: one instance per thread.
 */
public final class BeamPosTagger {

    private static final Object[] NO_CONTEXT = new Object[0];

    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final FastBeamSearch search;

    private BeamPosTagger(POSModel posModel, MaxentModel model) {
        String size = posModel.getManifestProperty("BeamSize");
        int beam = size == null ? 3 : Integer.parseInt(size);
        this.contexts = posModel.getFactory().getPOSContextGenerator(beam);
        this.validator = posModel.getFactory().getSequenceValidator();
        this.search = new FastBeamSearch(model, beam);
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

    /** The POS tags of one sentence's tokens. */
    public String[] tag(String[] words) {
        return search.best(words, NO_CONTEXT, contexts, validator);
    }
}
