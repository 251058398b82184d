package org.softkg.pipeline;

import org.softkg.model.Document;

/** Adds up what an extraction run wrote, for its {@link ExtractionSummary}. */
final class SummaryCounter {
    private int documents;
    private long sentences;
    private long tokens;
    private long entities;
    private long facts;
    private int problems;

    /** Counts one document handed to the sink. */
    void add(Document d) {
        documents++;
        sentences += d.sentences().size();
        tokens += d.tokenCount();
        entities += d.entities().size();
        facts += d.facts().size();
    }

    /** Counts one reported and skipped input. */
    void problem() {
        problems++;
    }

    ExtractionSummary summary(long nanos) {
        return new ExtractionSummary(documents, sentences, tokens, entities, facts, problems, nanos);
    }
}
