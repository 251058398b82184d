package org.softkg.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.softkg.corpus.InputFormat;
import org.softkg.ner.NerModels;
import org.softkg.pipeline.Pipeline;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.rdf.Reification;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;

/**
 * What the driver hands each partition to build its pipeline with, as {@code softkg extract} would from
 * the same options: the input format, the reification form, and a user's rule file as text (read once
 * on the driver, so that executors need no access to it). Serializable: Spark ships it with the task.
 *
 * @param format     the input format, or {@link InputFormat#AUTO}
 * @param reification how provenance points at facts ({@code --rdf11})
 * @param rulesName  the user's rule file as named in messages, or {@code null} for the default rules only
 * @param ruleLines  the lines of that file (empty without one)
 * @param onlyRules  use the user's rules without the default ones
 * @param nerModel   the bytes of a user's name finder model file ({@code --ner-model}), or {@code null} for
 *                   the shipped model
 */
public record JobSettings(InputFormat format, Reification reification, String rulesName, List<String> ruleLines,
                          boolean onlyRules, byte[] nerModel) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the combination and copies the rule lines into a serializable list. */
    public JobSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reification, "reification");
        ruleLines = ruleLines == null ? List.of() : List.copyOf(ruleLines);
        if (onlyRules && rulesName == null) {
            throw new IllegalArgumentException("--only-rules needs --rules FILE");
        }
    }

    /** The settings of a plain {@code softkg extract --format nquads}: any tagged or raw input, default rules, RDF 1.2. */
    public static JobSettings defaults() {
        return new JobSettings(InputFormat.AUTO, Reification.RDF12, null, List.of(), false, null);
    }

    /**
     * The rules as {@code softkg extract} loads them: the default rules, plus (or, with {@code onlyRules},
     * only) the user's. A bad rule file fails with {@code FILE:LINE: problem}.
     */
    public RuleSet rules() {
        var known = Vocab.relationNames();
        if (rulesName == null) {
            return RuleSet.loadDefault(known);
        }
        RuleSet user = RuleSet.parse(rulesName, ruleLines, known);
        return onlyRules ? user : RuleSet.loadDefault(known).plus(user);
    }

    /**
     * A fresh pipeline, the one {@code softkg extract} runs ({@link StandardPipeline#forRawText}, with the
     * shipped or the user's name finder for raw text, asked for on the first raw-text document); one per
     * partition, since taggers are not thread-safe (the models behind them are loaded once per executor JVM).
     */
    public Pipeline pipeline() {
        byte[] model = nerModel;
        return StandardPipeline.forRawText(rules(), model == null ? NerModels::shipped : () -> UserNerModels.get(model));
    }
}
