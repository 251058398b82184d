package org.softkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Loads each OpenNLP model once per JVM, lazily. Models are immutable and shared;
 * the taggers built from them ({@code POSTaggerME}...) are not thread-safe and belong to one thread.
 */
public final class SharedModels {

    private static volatile POSModel pos;
    private static volatile LemmatizerModel lemmas;
    private static volatile SentenceModel sentences;
    private static volatile TokenizerModel tokens;

    private SharedModels() {
    }

    /**
     * Starts loading the POS and lemma models on a background thread, so that their loading overlaps
     * with the caller's own start-up work (Jena's initialisation, opening the store); the first
     * {@link #pos()} or {@link #lemmas()} then waits for it instead of loading again. A failure here is
     * left for that first call to report.
     */
    public static void preloadInBackground() {
        Thread t = new Thread(() -> {
            try {
                pos();
                lemmas();
            } catch (RuntimeException e) {
                // reported by the first caller that needs the model
            }
        }, "softkg-model-preload");
        t.setDaemon(true);
        t.start();
    }

    public static POSModel pos() {
        POSModel m = pos;
        if (m == null) {
            synchronized (SharedModels.class) {
                if (pos == null) {
                    pos = load(ModelResource.POS, POSModel::new);
                }
                m = pos;
            }
        }
        return m;
    }

    public static LemmatizerModel lemmas() {
        LemmatizerModel m = lemmas;
        if (m == null) {
            synchronized (SharedModels.class) {
                if (lemmas == null) {
                    lemmas = load(ModelResource.LEMMAS, LemmatizerModel::new);
                }
                m = lemmas;
            }
        }
        return m;
    }

    /** The English sentence detector model (for raw text). */
    public static SentenceModel sentences() {
        SentenceModel m = sentences;
        if (m == null) {
            synchronized (SharedModels.class) {
                if (sentences == null) {
                    sentences = load(ModelResource.SENTENCES, SentenceModel::new);
                }
                m = sentences;
            }
        }
        return m;
    }

    /** The English tokenizer model (for raw text). */
    public static TokenizerModel tokens() {
        TokenizerModel m = tokens;
        if (m == null) {
            synchronized (SharedModels.class) {
                if (tokens == null) {
                    tokens = load(ModelResource.TOKENS, TokenizerModel::new);
                }
                m = tokens;
            }
        }
        return m;
    }

    private interface ModelFactory<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(ModelResource r, ModelFactory<M> factory) {
        try (InputStream in = r.open()) {
            return factory.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + r + ": " + e.getMessage(), e);
        }
    }
}
