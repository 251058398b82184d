package org.softkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.softkg.consistency.FactChecks;
import org.softkg.context.DocumentContext;
import org.softkg.entity.EntityResolver;
import org.softkg.mention.MentionRepair;
import org.softkg.mention.TagDecoder;
import java.util.function.Supplier;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.softkg.nlp.NameFinderStage;
import org.softkg.ner.ConsistentNames;
import org.softkg.ner.StoreNames;
import org.softkg.nlp.PosLemmaAnnotator;
import org.softkg.relation.RelationExtractor;
import org.softkg.relation.RuleSet;

/**
 * The one place where softkg's stages are put together. Each call builds fresh stage instances
 * (OpenNLP taggers are not thread-safe: one pipeline per worker thread; the models are shared).
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** For tagged corpora (WikiSER, CoNLL): annotate, decode and repair mentions, resolve, extract. */
    public static Pipeline forTaggedInput(RuleSet rules) {
        return forTaggedInput(rules, UnaryOperator.identity());
    }

    /**
     * The same chain with each stage passed through {@code decorate} (the benchmark wraps stages in
     * timers this way, so that it measures this very chain and not a copy of it).
     */
    public static Pipeline forTaggedInput(RuleSet rules, UnaryOperator<DocumentStage> decorate) {
        return forTaggedInput(rules, decorate, 1);
    }

    /** The chain for one of {@code jobs} workers: a long document's annotation is shared by up to {@code jobs} threads. */
    public static Pipeline forTaggedInput(RuleSet rules, int jobs) {
        return forTaggedInput(rules, UnaryOperator.identity(), jobs);
    }

    /** The tagged-input chain with these fact checks (a confidence threshold, a domain/range tally). */
    public static Pipeline forTaggedInput(RuleSet rules, FactChecks checks) {
        return build(rules, UnaryOperator.identity(), 1, null, null, checks);
    }

    /** The tagged-input chain with these fact checks and this learned relation stage (null: rules only). */
    public static Pipeline forTaggedInput(RuleSet rules, FactChecks checks, DocumentStage learned) {
        return build(rules, UnaryOperator.identity(), 1, null, null, checks, learned);
    }

    /** The tagged-input chain up to the rules' facts: no learned relations, no fact checks (for training the classifier). */
    public static Pipeline rulesOnly(RuleSet rules) {
        return build(rules, UnaryOperator.identity(), 1, null, null, null, null);
    }

    private static Pipeline forTaggedInput(RuleSet rules, UnaryOperator<DocumentStage> decorate, int jobs) {
        return build(rules, decorate, jobs, null, null, FactChecks.defaults());
    }

    private static Pipeline build(RuleSet rules, UnaryOperator<DocumentStage> decorate, int jobs,
                                  Supplier<TokenNameFinderModel> nameFinder, Supplier<StoreNames> known, FactChecks checks) {
        return build(rules, decorate, jobs, nameFinder, known, checks, null);
    }

    /**
     * The one chain: an optional name finder, then annotation, mentions, entities, relations (rules, then the
     * learned classifier when {@code learned} is given; off by default, see README "Learned relations"), fact checks (none when {@code checks} is null).
     */
    private static Pipeline build(RuleSet rules, UnaryOperator<DocumentStage> decorate, int jobs,
                                  Supplier<TokenNameFinderModel> nameFinder, Supplier<StoreNames> known, FactChecks checks,
                                  DocumentStage learned) {
        return build(rules, decorate, jobs, nameFinder, known, checks, learned, new ConsistentNames());
    }

    /** {@link #build(RuleSet, UnaryOperator, int, Supplier, Supplier, FactChecks, DocumentStage)}, the name finder's names made consistent by {@code consistent} (null: not). */
    private static Pipeline build(RuleSet rules, UnaryOperator<DocumentStage> decorate, int jobs,
                                  Supplier<TokenNameFinderModel> nameFinder, Supplier<StoreNames> known, FactChecks checks,
                                  DocumentStage learned, ConsistentNames consistent) {
        Pipeline.Builder b = Pipeline.builder();
        if (nameFinder == null) {
            b.input(Annotation.TOKENS, Annotation.TAGS);
        } else {
            b.input(Annotation.TOKENS).add(decorate.apply(
                    new NameFinderStage(nameFinder, known == null ? StoreNames::empty : known, consistent)));
        }
        b.add(decorate.apply(new PosLemmaAnnotator(jobs)))
                .add(decorate.apply(new TagDecoder()));
        // the stages that read the document as a whole: per sentence in a collection of unrelated sentences, where
        // helper threads share the sentences with their own instances (not with a learned stage: it comes as one)
        List<DocumentStage> whole = wholeDocumentStages(rules, checks, learned, decorate);
        Supplier<List<DocumentStage>> helperStages = () -> wholeDocumentStages(rules, checks, null,
                UnaryOperator.identity());
        b.add(new SentenceScope(whole, learned == null ? jobs : 1, helperStages));
        if (checks != null) {
            checks.documentStages().forEach(stage -> b.add(decorate.apply(stage)));
        }
        return b.build();
    }

    /**
     * New instances of the stages that read a document as a whole, in order: mention repair, resolution, context,
     * the rules, the learned stage (when given) and the checks decided per sentence (when {@code checks} is given).
     */
    private static List<DocumentStage> wholeDocumentStages(RuleSet rules, FactChecks checks, DocumentStage learned,
                                                           UnaryOperator<DocumentStage> decorate) {
        List<DocumentStage> stages = new ArrayList<>(List.of(new MentionRepair(), new EntityResolver(),
                new DocumentContext(), new RelationExtractor(rules)));
        if (learned != null) {
            stages.add(learned);
        }
        if (checks != null) {
            stages.addAll(checks.sentenceStages());
        }
        return stages.stream().map(decorate).toList();
    }

    /**
     * For raw text and Markdown as well as tagged corpora: a name finder tags the raw-text documents
     * (tagged ones keep their tags), then the same stages as {@link #forTaggedInput}.
     *
     * @param nameFinder the name finder model, asked for on the first raw-text document
     */
    public static Pipeline forRawText(RuleSet rules, Supplier<TokenNameFinderModel> nameFinder) {
        return forRawText(rules, nameFinder, 1);
    }

    /** {@link #forRawText(RuleSet, Supplier)} for one of {@code jobs} workers. */
    public static Pipeline forRawText(RuleSet rules, Supplier<TokenNameFinderModel> nameFinder, int jobs) {
        return build(rules, UnaryOperator.identity(), jobs, nameFinder, null, FactChecks.defaults());
    }

    /** {@link #forRawText(RuleSet, Supplier, int)} with these fact checks. */
    public static Pipeline forRawText(RuleSet rules, Supplier<TokenNameFinderModel> nameFinder, int jobs,
                                      FactChecks checks) {
        return build(rules, UnaryOperator.identity(), jobs, nameFinder, null, checks);
    }

    /**
     * {@link #forRawText(RuleSet, Supplier, int)}, the name finder's spans merged with {@code known} names, asked
     * for on the first raw-text document (tagged input never asks).
     */
    public static Pipeline forRawText(RuleSet rules, Supplier<TokenNameFinderModel> nameFinder, Supplier<StoreNames> known, int jobs) {
        return build(rules, UnaryOperator.identity(), jobs, nameFinder, known, FactChecks.defaults());
    }

    /** {@link #forRawText(RuleSet, Supplier, Supplier, int, FactChecks)} with this learned relation stage (null: rules only). */
    public static Pipeline forRawText(RuleSet rules, Supplier<TokenNameFinderModel> nameFinder, Supplier<StoreNames> known, int jobs,
                                      FactChecks checks, DocumentStage learned) {
        return build(rules, UnaryOperator.identity(), jobs, nameFinder, known, checks, learned);
    }

    /**
     * {@link #forRawText(RuleSet, Supplier, Supplier, int, FactChecks, DocumentStage)}, each raw-text document's names
     * made consistent by {@code consistent} (null: not; the other methods use {@link ConsistentNames#DEFAULT}).
     */
    public static Pipeline forRawText(RuleSet rules, Supplier<TokenNameFinderModel> nameFinder, Supplier<StoreNames> known, int jobs,
                                      FactChecks checks, DocumentStage learned, ConsistentNames consistent) {
        return build(rules, UnaryOperator.identity(), jobs, nameFinder, known, checks, learned, consistent);
    }

    /** {@link #forRawText(RuleSet, Supplier, Supplier, int)} with these fact checks. */
    public static Pipeline forRawText(RuleSet rules, Supplier<TokenNameFinderModel> nameFinder, Supplier<StoreNames> known, int jobs,
                                      FactChecks checks) {
        return build(rules, UnaryOperator.identity(), jobs, nameFinder, known, checks);
    }
}
