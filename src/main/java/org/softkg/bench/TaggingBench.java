package org.softkg.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.softkg.model.Sentence;
import org.softkg.ner.NerData;
import org.softkg.ner.SoftwareNameFinder;
import org.softkg.nlp.PosLemmaAnnotator;
import org.softkg.nlp.TextSegmenter;

/**
 * Raw-text tagging throughput: the sentences of a tagged corpus joined back into plain text (in
 * paragraphs of {@value #PARAGRAPH} sentences), then OpenNLP sentence detection and tokenization, the
 * software name finder, and POS + lemma, in tokens per second: each step alone and all together on one
 * thread, and all together on every core (the paragraphs shared by as many threads, each with its own
 * taggers). A warm-up pass precedes the timed ones.
 */
public final class TaggingBench {

    static final int PARAGRAPH = 20;
    private static final Pattern NO_SPACE_BEFORE = Pattern.compile(" ([.,;:!?)\\]}]|'s|n't)(?= |$)");

    private final List<String> paragraphs;
    private final TokenNameFinderModel model;
    private final int threads;
    private final Consumer<String> progress;

    /**
     * @param paragraphs plain-text paragraphs
     * @param model      the name finder model
     * @param threads    threads for the all-cores figure
     */
    public TaggingBench(List<String> paragraphs, TokenNameFinderModel model, int threads, Consumer<String> progress) {
        this.paragraphs = List.copyOf(paragraphs);
        this.model = model;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /** Paragraphs of plain text made from the sentences of tagged corpus files. */
    public static List<String> paragraphs(List<String> files) {
        List<NameSample> samples = NerData.read(files);
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < samples.size(); i++) {
            if (i > 0 && i % PARAGRAPH == 0) {
                out.add(sb.toString());
                sb.setLength(0);
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(join(samples.get(i).getSentence()));
        }
        if (!sb.isEmpty()) {
            out.add(sb.toString());
        }
        return out;
    }

    /** Tokens joined by spaces, without a space before closing punctuation. */
    static String join(String[] tokens) {
        return NO_SPACE_BEFORE.matcher(String.join(" ", tokens)).replaceAll("$1");
    }

    /** The figures; {@code passes} timed passes, the best kept. */
    public Result run(int passes) throws InterruptedException {
        progress.accept("tagging: warm-up");
        Steps warm = new Steps(model);
        warm.all(paragraphs.subList(0, Math.min(paragraphs.size(), 200)));
        Result best = null;
        for (int p = 1; p <= passes; p++) {
            progress.accept("tagging: pass " + p + "/" + passes + ", one thread");
            Steps one = new Steps(model);
            long t0 = System.nanoTime();
            one.all(paragraphs);
            long oneThread = System.nanoTime() - t0;
            progress.accept("tagging: pass " + p + "/" + passes + ", " + threads + " threads");
            long t1 = System.nanoTime();
            parallel();
            long many = System.nanoTime() - t1;
            Result r = new Result(one.tokens, rate(one.tokens, one.segmentNanos), rate(one.tokens, one.nameNanos),
                    rate(one.tokens, one.posNanos), rate(one.tokens, oneThread), threads, rate(one.tokens, many));
            if (best == null || r.allOneThread() > best.allOneThread()) {
                best = r;
            }
        }
        return best;
    }

    private void parallel() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int part = t;
                jobs.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = part; i < paragraphs.size(); i += threads) {
                        mine.add(paragraphs.get(i));
                    }
                    new Steps(model).all(mine);
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("tagging failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static double rate(long tokens, long nanos) {
        return tokens / (nanos / 1e9);
    }

    /** One thread's taggers and the time each step took. */
    private static final class Steps {
        final TextSegmenter segmenter = new TextSegmenter();
        final SoftwareNameFinder names;
        final PosLemmaAnnotator pos = new PosLemmaAnnotator();
        long tokens;
        long segmentNanos;
        long nameNanos;
        long posNanos;

        Steps(TokenNameFinderModel model) {
            names = new SoftwareNameFinder(model);
        }

        void all(List<String> texts) {
            for (String text : texts) {
                long t0 = System.nanoTime();
                List<Sentence> sentences = segmenter.segment(text, text, List.of(new int[] {0, text.length()}), 0);
                long t1 = System.nanoTime();
                for (Sentence s : sentences) {
                    String[] words = new String[s.size()];
                    for (int i = 0; i < words.length; i++) {
                        words[i] = s.token(i).text();
                    }
                    names.find(words);
                    tokens += words.length;
                }
                names.clearAdaptiveData();
                long t2 = System.nanoTime();
                for (Sentence s : sentences) {
                    pos.annotate(s);
                }
                long t3 = System.nanoTime();
                segmentNanos += t1 - t0;
                nameNanos += t2 - t1;
                posNanos += t3 - t2;
            }
        }
    }

    /** Tokens per second of each step and of the whole, on one thread and on {@code threads}. */
    public record Result(long tokens, double segment, double nameFinder, double posLemma, double allOneThread,
                         int threads, double allThreads) {

        /** The figures as a few lines of text. */
        public void print(PrintWriter out) {
            out.printf("raw-text tagging, %,d tokens (tokens per second)%n", tokens);
            out.printf("  sentences + tokens  %,10.0f%n", segment);
            out.printf("  name finder         %,10.0f%n", nameFinder);
            out.printf("  POS + lemma         %,10.0f%n", posLemma);
            out.printf("  all, 1 thread       %,10.0f%n", allOneThread);
            out.printf("  all, %d threads     %,10.0f   (x%.2f)%n", threads, allThreads, allThreads / allOneThread);
        }
    }
}
