package org.softkg.spark;

import java.util.List;

/**
 * What a Spark extraction did: the counts of {@code softkg extract}'s summary line, and the input
 * problems (one line each, {@code FILE:LINE: problem}), sorted, since tasks finish in any order.
 */
public record SparkSummary(long documents, long sentences, long tokens, long entities, long facts,
                           List<String> problems, long nanos) {

    /** Copies the problem list. */
    public SparkSummary {
        problems = List.copyOf(problems);
    }

    /** Seconds the job took, as measured on the driver. */
    public double seconds() {
        return nanos / 1e9;
    }
}
