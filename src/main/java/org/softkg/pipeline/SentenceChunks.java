package org.softkg.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a per-sentence step over the sentences of ONE long document on several threads, in chunks: the
 * calling thread and up to {@code threads - 1} helpers (from a JVM-wide pool of daemon threads) take
 * chunks in turn, and the results come back in sentence order. Only for steps whose result for a sentence
 * does not depend on other sentences (POS tagging and memoised per-pair lemmas): the output is then the
 * same as a sequential run. The caller always works too, so a busy pool never stalls it.
 */
public final class SentenceChunks {

    /** Sentences per chunk. */
    public static final int CHUNK = 256;

    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "softkg-sentences");
        t.setDaemon(true);
        return t;
    });

    private SentenceChunks() {
    }

    /**
     * Applies a step to every item, in order.
     *
     * @param items   the sentences (or anything per sentence)
     * @param threads threads to use at most, the caller included
     * @param caller  the step as the calling thread runs it
     * @param helper  gives the step for a helper thread (called on that thread: per-thread taggers)
     */
    public static <S, T> List<T> map(List<S> items, int threads, Function<S, T> caller,
                                     Supplier<Function<S, T>> helper) {
        int chunks = (items.size() + CHUNK - 1) / CHUNK;
        if (threads < 2 || chunks < 2) {
            List<T> out = new ArrayList<>(items.size());
            for (S s : items) {
                out.add(caller.apply(s));
            }
            return out;
        }
        Object[] out = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> helpers = new ArrayList<>();
        for (int h = 0; h < Math.min(threads, chunks) - 1; h++) {
            helpers.add(HELPERS.submit(() -> work(items, out, next, chunks, helper.get())));
        }
        RuntimeException failure = null;
        try {
            work(items, out, next, chunks, caller);
        } catch (RuntimeException e) {
            failure = e;
            next.set(chunks); // helpers stop taking chunks
        }
        for (Future<?> f : helpers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException re ? re
                            : new IllegalStateException(e.getCause().toString(), e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        @SuppressWarnings("unchecked")
        List<T> result = (List<T>) Arrays.asList(out);
        return result;
    }

    private static <S, T> void work(List<S> items, Object[] out, AtomicInteger next, int chunks, Function<S, T> step) {
        int c;
        while ((c = next.getAndIncrement()) < chunks) {
            int end = Math.min(items.size(), (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < end; i++) {
                out[i] = step.apply(items.get(i));
            }
        }
    }
}
