package org.softkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.softkg.corpus.CorpusInput;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * Progress of a long extraction on stderr: documents, sentences, sentences/s and, when the input size is
 * known (plain files, no stdin or gzip), the share done and an ETA. On a terminal one line is redrawn
 * every second; otherwise a plain line is printed every {@value #PLAIN_SECONDS} s. Nothing is printed
 * during the first seconds, so short runs stay silent.
 */
final class Progress implements AutoCloseable {

    static final int PLAIN_SECONDS = 5;

    private final PrintWriter err;
    private final boolean terminal;
    private final OptionalLong totalBytes;
    private final long t0 = System.nanoTime();
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong sentences = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final ScheduledExecutorService timer;
    private volatile boolean drawn;

    private Progress(PrintWriter err, boolean terminal, OptionalLong totalBytes, boolean enabled) {
        this.err = err;
        this.terminal = terminal;
        this.totalBytes = totalBytes;
        if (enabled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "softkg-progress");
                t.setDaemon(true);
                return t;
            });
            long period = terminal ? 1 : PLAIN_SECONDS;
            timer.scheduleAtFixedRate(this::report, period, period, TimeUnit.SECONDS);
        } else {
            timer = null;
        }
    }

    /** Progress for these inputs; silent when {@code quiet}. */
    static Progress start(PrintWriter err, List<String> inputs, boolean quiet) {
        return new Progress(err, System.console() != null, inputSize(inputs), !quiet);
    }

    /** Counts one finished document. */
    void document(Document d) {
        documents.incrementAndGet();
        sentences.addAndGet(d.sentences().size());
        bytes.addAndGet(estimatedBytes(d));
    }

    private synchronized void report() {
        double seconds = (System.nanoTime() - t0) / 1e9;
        long s = sentences.get();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "softkg: %,d document%s, %,d sentences, %,.0f sentences/s",
                documents.get(), documents.get() == 1 ? "" : "s", s, seconds > 0 ? s / seconds : 0));
        if (totalBytes.isPresent() && totalBytes.getAsLong() > 0) {
            double done = Math.min(1, (double) bytes.get() / totalBytes.getAsLong());
            line.append(String.format(Locale.ROOT, ", %.0f%%", done * 100));
            if (done > 0.001 && done < 1) {
                long eta = Math.round(seconds * (1 - done) / done);
                line.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
            }
        }
        if (terminal) {
            String bar = totalBytes.isPresent() ? bar((double) bytes.get() / Math.max(1, totalBytes.getAsLong())) : "";
            err.print("\r" + bar + line + "   ");
        } else {
            err.println(line);
        }
        err.flush();
        drawn = true;
    }

    private static String bar(double done) {
        int width = 20;
        int full = (int) Math.round(Math.min(1, done) * width);
        return "[" + "#".repeat(full) + " ".repeat(width - full) + "] ";
    }

    /** Stops reporting; on a terminal, ends the progress line. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (terminal && drawn) {
            err.println();
            err.flush();
        }
    }

    /** Roughly the bytes a document took in its tagged file (token, tab, tag, newline; sentence markers). */
    static long estimatedBytes(Document d) {
        long n = 0;
        for (Sentence s : d.sentences()) {
            n += 10;
            for (Token t : s.tokens()) {
                n += t.text().length() + (t.tag() == null ? 1 : t.tag().length()) + 2;
            }
        }
        return n;
    }

    /** Total bytes of the inputs, when all are plain files or folders of them. */
    static OptionalLong inputSize(List<String> inputs) {
        long total = 0;
        for (String in : inputs) {
            if (CorpusInput.STDIN.equals(in) || in.endsWith(".gz")) {
                return OptionalLong.empty();
            }
            try {
                Path p = Path.of(in);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        total += walk.filter(Files::isRegularFile).mapToLong(Progress::size).sum();
                    }
                } else if (Files.isRegularFile(p)) {
                    total += size(p);
                }
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(total);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
