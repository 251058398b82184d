package org.softkg.corpus;

import java.util.ArrayList;
import java.util.List;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * CoNLL-2003 style: blank-line separated sentences, one token per line, columns separated by tabs or
 * spaces, the token first and the tag in the column {@link TagColumn} chooses from the first sentence.
 * A line {@code -DOCSTART-} starts a new untitled document; documents are numbered from 1
 * ({@code id-1}, {@code id-2}...), and a file without {@code -DOCSTART-} is one document named by the
 * file id. Documents without sentences are not returned.
 */
final class ConllParser implements DocumentParser {

    private static final String DOCSTART = "-DOCSTART-";

    private final Source source;
    private final TokenLines tokenLines;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    /** Lines of the first sentence, held until the tag column is chosen. */
    private final List<String> firstLines = new ArrayList<>();
    private long firstLineNumber;
    private int tagColumn = -1;
    private boolean sawDocStart;
    private int returned;

    /** Parses {@code source}, whose id the documents are named after. */
    ConllParser(Source source) {
        this.source = source;
        this.tokenLines = new TokenLines(source.name());
    }

    @Override
    public Document line(String line, long number) {
        if (line.isBlank()) {
            endSentence();
            return null;
        }
        if (line.startsWith(DOCSTART) && DOCSTART.equals(tokenLines.split(line).get(0))) {
            endSentence();
            Document previous = endDocument(true);
            sawDocStart = true;
            return previous;
        }
        if (tagColumn >= 0) {
            tokens.add(tokenLines.token(line, number, tagColumn));
        } else {
            if (firstLines.isEmpty()) {
                firstLineNumber = number;
            }
            firstLines.add(line);
        }
        return null;
    }

    @Override
    public Document end() {
        endSentence();
        return endDocument(sawDocStart);
    }

    private void endSentence() {
        if (tagColumn < 0 && !firstLines.isEmpty()) {
            chooseTagColumn();
        }
        if (!tokens.isEmpty()) {
            sentences.add(Sentence.ofTokens(sentences.size(), tokens));
            tokens.clear();
        }
    }

    /** Chooses the tag column from the held first sentence, then reads its tokens. */
    private void chooseTagColumn() {
        List<List<String>> columns = new ArrayList<>(firstLines.size());
        for (String line : firstLines) {
            Columns c = tokenLines.split(line);
            List<String> values = new ArrayList<>(c.count());
            for (int i = 0; i < c.count(); i++) {
                values.add(c.get(i));
            }
            columns.add(values);
        }
        tagColumn = TagColumn.choose(columns);
        long number = firstLineNumber;
        for (String line : firstLines) {
            tokens.add(tokenLines.token(line, number++, tagColumn));
        }
        firstLines.clear();
    }

    /** The document read so far, or {@code null} when it has no sentences; numbered when the file has -DOCSTART-. */
    private Document endDocument(boolean numbered) {
        if (sentences.isEmpty()) {
            return null;
        }
        returned++;
        String id = numbered ? source.id() + "-" + returned : source.id();
        Document document = Document.of(id, null, source.name(), sentences);
        sentences.clear();
        return document;
    }
}
