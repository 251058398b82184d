package org.softkg.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.corpus.InputFormatException;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * The sentences of the development file a gold set points into (WikiSER format, all sentences in
 * one file), with the check that each gold line's id is in range and its hash matches.
 *
 * @param file      where they were read
 * @param sentences the sentences in file order (index = position)
 */
public record DevSentences(String file, List<Sentence> sentences) {

    /** Where the development file is by default, relative to the project root. */
    public static final String DEFAULT_FILE = "../shared/data/wikiser-small/dev.txt";

    public DevSentences {
        sentences = List.copyOf(sentences);
    }

    /** Reads the development file; a missing file is one clear line. */
    public static DevSentences read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InputFormatException(path.toString(), 0,
                    "development file not found (the gold set names sentences of WikiSER-small dev.txt; give it with --data)");
        }
        List<Sentence> all = new ArrayList<>();
        try (DocumentStream docs = CorpusInput.open(path.toString(), InputFormat.WIKISER)) {
            while (docs.hasNext()) {
                Document d = docs.next();
                for (Sentence s : d.sentences()) {
                    all.add(Sentence.ofTokens(all.size(), s.tokens()));
                }
            }
        }
        return new DevSentences(path.toString(), all);
    }

    /** The sentence a gold line names, after checking its id and hash against this file. */
    public Sentence sentenceOf(GoldSet gold, GoldSentence g) {
        return checkedSentence(gold.file(), g.line(), g.id(), g.hash(), "the gold set was made from another file");
    }

    /**
     * The sentence at {@code id}, after checking that it exists and that its tokens hash to {@code hash}; a failed
     * check is an error at {@code referringFile}:{@code line}, ending with {@code mismatch} when the hash differs.
     */
    public Sentence checkedSentence(String referringFile, long line, int id, String hash, String mismatch) {
        if (id >= sentences.size()) {
            throw new InputFormatException(referringFile, line, "sentence " + id + " is past the "
                    + sentences.size() + " sentences of " + file);
        }
        Sentence s = sentences.get(id);
        String actual = SentenceHash.of(s.tokens().stream().map(Token::text).toList());
        if (!actual.equals(hash)) {
            throw new InputFormatException(referringFile, line, "hash " + hash + " does not match sentence "
                    + id + " of " + file + " (its hash is " + actual + "): " + mismatch);
        }
        return s;
    }
}
