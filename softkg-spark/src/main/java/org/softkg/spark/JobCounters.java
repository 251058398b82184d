package org.softkg.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.softkg.model.Document;

/**
 * Spark accumulators for the run's summary line and its input problems, filled by the tasks and read by
 * the driver when the job is done. A task that Spark retries counts twice, so the figures are for the
 * report, not for checking; the quads are what counts.
 */
final class JobCounters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LongAccumulator documents;
    private final LongAccumulator sentences;
    private final LongAccumulator tokens;
    private final LongAccumulator entities;
    private final LongAccumulator facts;
    private final CollectionAccumulator<String> problems;

    JobCounters(JavaSparkContext sc) {
        var s = sc.sc();
        this.documents = s.longAccumulator("softkg documents");
        this.sentences = s.longAccumulator("softkg sentences");
        this.tokens = s.longAccumulator("softkg tokens");
        this.entities = s.longAccumulator("softkg entities");
        this.facts = s.longAccumulator("softkg facts");
        this.problems = s.collectionAccumulator("softkg problems");
    }

    /** Counts one finished document. */
    void add(Document d) {
        documents.add(1);
        sentences.add(d.sentences().size());
        tokens.add(d.tokenCount());
        entities.add(d.entities().size());
        facts.add(d.facts().size());
    }

    /** Records one skipped file or document, as {@code softkg extract} reports it. */
    void problem(String line) {
        problems.add(line);
    }

    /** The figures so far (on the driver, once the job is done). */
    SparkSummary summary(long nanos) {
        return new SparkSummary(documents.value(), sentences.value(), tokens.value(), entities.value(),
                facts.value(), List.copyOf(problems.value()).stream().sorted().toList(), nanos);
    }
}
