package org.softkg.cli;

import java.nio.file.Path;
import org.softkg.pipeline.DocumentStage;
import org.softkg.relation.learned.LearnedRelations;
import org.softkg.relation.learned.RelationClassifier;
import org.softkg.relation.learned.RelationModelException;
import picocli.CommandLine.Option;

/** The options that choose the learned relation classifier: the shipped model, a model of one's own, or none. */
final class LearnedRelationOptions {

    @Option(names = "--no-learned-relations",
            description = "Rules only: do not add the facts of the learned relation classifier.")
    boolean off;

    @Option(names = "--relations-model", paramLabel = "FILE",
            description = "Learned relation classifier of your own (from 'softkg train relations'; default: the shipped model).")
    Path model;

    /** The stage to run after the rules, or null when turned off; the model is read now (a bad file is one line). */
    DocumentStage stage() {
        if (off) {
            return null;
        }
        try {
            RelationClassifier classifier = model == null ? RelationClassifier.shipped() : RelationClassifier.read(model);
            return LearnedRelations.of(classifier);
        } catch (RelationModelException e) {
            throw new UserException(e.getMessage());
        }
    }
}
