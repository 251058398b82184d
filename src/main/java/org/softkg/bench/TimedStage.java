package org.softkg.bench;

import java.util.Set;
import org.softkg.model.Document;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Wraps a pipeline stage and adds the wall time and the calling thread's CPU time of each {@code process}
 * call to a {@link StageClock}.
 */
public final class TimedStage implements DocumentStage {

    private final DocumentStage inner;
    private final StageClock clock;

    public TimedStage(DocumentStage inner, StageClock clock) {
        this.inner = inner;
        this.clock = clock;
    }

    @Override
    public Document process(Document document) {
        long t0 = System.nanoTime();
        long c0 = ThreadCpu.now();
        try {
            return inner.process(document);
        } finally {
            clock.add(inner.name(), System.nanoTime() - t0, ThreadCpu.now() - c0);
        }
    }

    @Override
    public Set<Annotation> requires() {
        return inner.requires();
    }

    @Override
    public Set<Annotation> provides() {
        return inner.provides();
    }

    /** The stage being timed. */
    public DocumentStage inner() {
        return inner;
    }

    @Override
    public String name() {
        return inner.name();
    }
}
