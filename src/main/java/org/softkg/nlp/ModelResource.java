package org.softkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The English OpenNLP models shipped as Maven artifacts, found on the class path. */
public enum ModelResource {
    SENTENCES("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"),
    TOKENS("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"),
    POS("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"),
    LEMMAS("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin");

    private final String resource;

    ModelResource(String resource) {
        this.resource = resource;
    }

    /** Opens the model; fails with a clear message when the model jar is not on the class path. */
    public InputStream open() {
        InputStream in = ModelResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("OpenNLP model " + resource
                    + " not found on the class path (is the opennlp-models jar missing?)"));
        }
        return in;
    }
}
