package org.softkg.pipeline;

/**
 * What one extraction run did.
 *
 * @param documents documents written to the sink
 * @param sentences their sentences
 * @param tokens    their tokens
 * @param entities  their entities (per document, summed)
 * @param facts     their facts
 * @param problems  inputs or documents that were reported and skipped
 * @param nanos     wall time
 */
public record ExtractionSummary(int documents, long sentences, long tokens, long entities, long facts,
                                int problems, long nanos) {

    /** Seconds of wall time. */
    public double seconds() {
        return nanos / 1e9;
    }
}
