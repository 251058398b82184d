package org.softkg.pipeline;

import org.softkg.entity.EntityResolver;
import org.softkg.mention.MentionRepair;
import org.softkg.mention.TagDecoder;
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
}
