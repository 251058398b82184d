package org.softkg.pipeline;

import java.util.Set;
import org.softkg.model.Document;

/**
 * One step of the pipeline: takes a document as the previous stage left it and returns it enriched.
 * Instances may hold non-thread-safe models: use one instance per thread.
 */
public interface DocumentStage {

    /** Returns the document with what this stage provides added. */
    Document process(Document document);

    /** What must be present before this stage runs. */
    Set<Annotation> requires();

    /** What this stage adds. */
    Set<Annotation> provides();

    /** A short name for error messages and timing reports. */
    default String name() {
        return getClass().getSimpleName();
    }
}
