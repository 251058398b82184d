package org.softkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * A corpus of many documents made from a tagged corpus, as a Wikipedia dump comes (one article per
 * document): the sentences cut into WikiSER files of {@value #SENTENCES_PER_DOCUMENT} sentences, repeated
 * until a wanted number of sentences, each file a document of its own (distinct document ids). Used for
 * the {@code --jobs} scaling and the memory runs, which need many documents.
 */
final class CutCorpus {

    static final int SENTENCES_PER_DOCUMENT = 100;

    private CutCorpus() {
    }

    /**
     * Writes {@code sentences} sentences (the corpus' sentences, repeated as often as needed) into files of
     * {@value #SENTENCES_PER_DOCUMENT} sentences under {@code dir}; returns the files in order.
     */
    static List<Path> write(List<Path> corpus, Path dir, long sentences) {
        List<List<Token>> source = read(corpus);
        if (source.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no sentences");
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            long written = 0;
            int next = 0;
            while (written < sentences) {
                Path f = dir.resolve(String.format("doc-%06d.txt", files.size() + 1));
                try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                    for (int i = 0; i < SENTENCES_PER_DOCUMENT && written < sentences; i++, written++) {
                        w.write("<s>\n");
                        for (Token t : source.get(next)) {
                            w.write(t.text());
                            w.write('\t');
                            w.write(t.tag() == null ? "O" : t.tag());
                            w.write('\n');
                        }
                        w.write("</s>\n");
                        next = (next + 1) % source.size();
                    }
                }
                files.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the generated corpus under " + dir, e);
        }
        return files;
    }

    /** The number of sentences of {@code corpus}. */
    static long sentences(List<Path> corpus) {
        return read(corpus).size();
    }

    private static List<List<Token>> read(List<Path> corpus) {
        List<List<Token>> out = new ArrayList<>();
        for (Path f : corpus) {
            try (DocumentStream in = CorpusInput.open(f.toString(), InputFormat.AUTO)) {
                while (in.hasNext()) {
                    Document d = in.next();
                    for (Sentence s : d.sentences()) {
                        out.add(s.tokens());
                    }
                }
            }
        }
        return out;
    }
}
