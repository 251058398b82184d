package org.softkg.cli;

import java.nio.file.Path;
import org.softkg.pipeline.DocumentStage;
import org.softkg.relation.learned.LearnedRelations;
import org.softkg.relation.learned.RelationClassifier;
import org.softkg.relation.learned.RelationModelException;
import picocli.CommandLine.Option;

/**
 * The options that turn on the learned relation classifier (off by default: measured on this gold set it adds almost
 * nothing, see README "Learned relations"): the shipped model, or a model of one's own.
 */
final class LearnedRelationOptions {

    @Option(names = "--learned-relations",
            description = "After the rules, add the facts of the shipped learned relation classifier (off by default).")
    boolean on;

    @Option(names = "--relations-model", paramLabel = "FILE",
            description = "After the rules, add the facts of a learned relation classifier of your own (from 'softkg train relations').")
    Path model;

    /** The stage to run after the rules, or null when not asked for; the model is read now (a bad file is one line). */
    DocumentStage stage() {
        if (!on && model == null) {
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
