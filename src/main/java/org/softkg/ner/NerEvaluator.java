package org.softkg.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Runs a name finder model over tagged sentences and scores it ({@link NerScore}), or cross-validates training. */
public final class NerEvaluator {

    private NerEvaluator() {
    }

    /** Scores {@code model} on {@code samples}. */
    public static NerScore evaluate(TokenNameFinderModel model, List<NameSample> samples) {
        return evaluate(model, samples, SoftwareNameFinder.outsideWeight(model));
    }

    /**
     * Scores {@code model} on {@code samples}, tagging with {@code outsideWeight} instead of the outside weight
     * stored in the model (one training scored at several weights).
     */
    public static NerScore evaluate(TokenNameFinderModel model, List<NameSample> samples, double outsideWeight) {
        return evaluate(model, samples, outsideWeight, null);
    }

    /**
     * {@link #evaluate(TokenNameFinderModel, List, double)}, the names of all of {@code samples} (one input)
     * made consistent by {@code consistent} before they are scored (null: not).
     */
    public static NerScore evaluate(TokenNameFinderModel model, List<NameSample> samples, double outsideWeight,
                                    ConsistentNames consistent) {
        NerScore score = new NerScore(NerScore.typesOf(samples));
        evaluate(new SoftwareNameFinder(model, SoftwareNameFinder.FILL_RATIO, outsideWeight), samples, consistent, score);
        return score;
    }

    private static void evaluate(SoftwareNameFinder finder, List<NameSample> samples, ConsistentNames consistent,
                                 NerScore score) {
        List<String[]> sentences = new ArrayList<>(samples.size());
        List<Span[]> found = new ArrayList<>(samples.size());
        for (NameSample s : samples) {
            sentences.add(s.getSentence());
            found.add(consistent == null ? finder.find(s.getSentence()) : finder.findScored(s.getSentence()));
            finder.clearAdaptiveData();
        }
        List<Span[]> names = consistent == null ? found : consistent.apply(sentences, found);
        for (int k = 0; k < samples.size(); k++) {
            score.add(samples.get(k).getNames(), names.get(k));
        }
    }

    /**
     * K-fold cross-validation with interleaved folds (sentence i is in fold i mod K), so clustered
     * data spreads over all folds; the scores of all folds are summed.
     */
    public static NerScore crossValidate(List<NameSample> samples, int k, NerTrainer.Options options,
                                         Consumer<String> progress) {
        return crossValidate(samples, k, options, 1, progress);
    }

    /**
     * {@link #crossValidate(List, int, NerTrainer.Options, Consumer)} training up to {@code jobs} folds at
     * once (each training holds its data in memory: about 2 GB for the WikiSER dev file); the score is the
     * same for any {@code jobs}.
     */
    public static NerScore crossValidate(List<NameSample> samples, int k, NerTrainer.Options options, int jobs,
                                         Consumer<String> progress) {
        return crossValidate(samples, List.of(), k, options, jobs, progress);
    }

    /**
     * {@link #crossValidate(List, int, NerTrainer.Options, int, Consumer)} with {@code extra} sentences added
     * to the training part of every fold and never scored: how a model trained on more data than the scored
     * corpus (another register, say) does on that corpus.
     */
    public static NerScore crossValidate(List<NameSample> samples, List<NameSample> extra, int k,
                                         NerTrainer.Options options, int jobs, Consumer<String> progress) {
        return crossValidate(samples, extra, k, options, jobs, null, progress);
    }

    /**
     * {@link #crossValidate(List, List, int, NerTrainer.Options, int, Consumer)}, the names of each fold's test
     * part (one input) made consistent by {@code consistent} before they are scored (null: not).
     */
    public static NerScore crossValidate(List<NameSample> samples, List<NameSample> extra, int k,
                                         NerTrainer.Options options, int jobs, ConsistentNames consistent,
                                         Consumer<String> progress) {
        if (k < 2 || k > samples.size()) {
            throw new IllegalArgumentException("--folds must be between 2 and the number of sentences (" + samples.size() + ")");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        NerScore score = new NerScore(NerScore.typesOf(samples));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, k));
        try {
            List<Future<TokenNameFinderModel>> models = new ArrayList<>();
            for (int f = 0; f < k; f++) {
                int fold = f;
                models.add(pool.submit(() -> {
                    progress.accept("fold " + (fold + 1) + "/" + k + ": training");
                    List<NameSample> training = new ArrayList<>(NerData.fold(samples, k, fold, false));
                    training.addAll(extra);
                    return NerTrainer.train(training, options, s -> { });
                }));
            }
            for (int f = 0; f < k; f++) {
                evaluate(new SoftwareNameFinder(models.get(f).get()), NerData.fold(samples, k, f, true), consistent, score);
                models.set(f, null);
                progress.accept(String.format("fold %d/%d: cumulative f1 %.3f", f + 1, k, score.overall().f1()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return score;
    }
}
