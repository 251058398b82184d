package org.softkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameSample;
import org.softkg.corpus.InputFormatException;
import org.softkg.ner.NerData;

/** What the train and eval commands share: reading data with one-line errors, a progress ticker. */
final class NerCli {

    private static final long TICK_SECONDS = 20;

    private NerCli() {
    }

    /** Reads tagged data; a bad file or selector is one line. */
    static List<NameSample> read(List<String> files) {
        List<NameSample> samples;
        try {
            samples = NerData.read(files);
        } catch (InputFormatException e) {
            throw new UserException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (samples.isEmpty()) {
            throw new UserException(String.join(" ", files) + ": no tagged sentences");
        }
        return samples;
    }

    /** Runs {@code work}, printing "{@code what}... N s" to {@code err} every few seconds meanwhile. */
    static <T> T withTicker(PrintWriter err, String what, Supplier<T> work) {
        long t0 = System.nanoTime();
        Thread ticker = Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    Thread.sleep(TICK_SECONDS * 1000);
                    synchronized (err) {
                        err.printf("  %s... %d s%n", what, (System.nanoTime() - t0) / 1_000_000_000L);
                        err.flush();
                    }
                }
            } catch (InterruptedException e) {
                // done
            }
        });
        try {
            T result = work.get();
            err.printf("%s done in %.0f s%n", what, (System.nanoTime() - t0) / 1e9);
            err.flush();
            return result;
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        } finally {
            ticker.interrupt();
        }
    }
}
