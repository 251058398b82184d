package org.softkg.pipeline;

import org.softkg.entity.EntityResolver;
import org.softkg.mention.MentionRepair;
import org.softkg.mention.TagDecoder;
import java.util.function.Supplier;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.softkg.nlp.NameFinderStage;
import org.softkg.nlp.PosLemmaAnnotator;
import org.softkg.relation.RelationExtractor;
import org.softkg.relation.RuleSet;

/**
 * The one place where softkg's stages are put together. Each call builds fresh stage instances
 * (OpenNLP taggers are not thread-safe: one pipeline per worker thread; the models are shared).
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** For tagged corpora (WikiSER, CoNLL): annotate, decode and repair mentions, resolve, extract. */
    public static Pipeline forTaggedInput(RuleSet rules) {
        return Pipeline.builder()
                .input(Annotation.TOKENS, Annotation.TAGS)
                .add(new PosLemmaAnnotator())
                .add(new TagDecoder())
                .add(new MentionRepair())
                .add(new EntityResolver())
                .add(new RelationExtractor(rules))
                .build();
    }

    /**
     * For raw text and Markdown as well as tagged corpora: a name finder tags the raw-text documents
     * (tagged ones keep their tags), then the same stages as {@link #forTaggedInput}.
     *
     * @param nameFinder the name finder model, asked for on the first raw-text document
     */
    public static Pipeline forRawText(RuleSet rules, Supplier<TokenNameFinderModel> nameFinder) {
        return Pipeline.builder()
                .input(Annotation.TOKENS)
                .add(new NameFinderStage(nameFinder))
                .add(new PosLemmaAnnotator())
                .add(new TagDecoder())
                .add(new MentionRepair())
                .add(new EntityResolver())
                .add(new RelationExtractor(rules))
                .build();
    }
}
