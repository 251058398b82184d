package org.softkg.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.softkg.model.Document;

/**
 * The chain of stages from a read document to a finished one. Built once with {@link #builder()},
 * which checks that every stage's requirements are provided by the input or an earlier stage.
 */
public final class Pipeline {

    private final List<DocumentStage> stages;

    private Pipeline(List<DocumentStage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** Runs every stage in order. */
    public Document process(Document document) {
        Document d = document;
        for (DocumentStage stage : stages) {
            d = stage.process(d);
        }
        return d;
    }

    public List<DocumentStage> stages() {
        return stages;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Assembles a pipeline and checks stage order. */
    public static final class Builder {
        private final Set<Annotation> input = EnumSet.noneOf(Annotation.class);
        private final List<DocumentStage> stages = new ArrayList<>();

        /** Declares what the reader already provides (e.g. TOKENS and TAGS for a tagged corpus). */
        public Builder input(Annotation... provided) {
            input.addAll(List.of(provided));
            return this;
        }

        /** Appends a stage. */
        public Builder add(DocumentStage stage) {
            stages.add(stage);
            return this;
        }

        /** Checks requirements and builds; fails naming the stage and what it lacks. */
        public Pipeline build() {
            Set<Annotation> have = EnumSet.noneOf(Annotation.class);
            have.addAll(input);
            for (DocumentStage s : stages) {
                Set<Annotation> missing = EnumSet.noneOf(Annotation.class);
                missing.addAll(s.requires());
                missing.removeAll(have);
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("stage " + s.name() + " requires " + missing
                            + " which no earlier stage provides");
                }
                have.addAll(s.provides());
            }
            return new Pipeline(stages);
        }
    }
}
