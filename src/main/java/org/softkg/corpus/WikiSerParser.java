package org.softkg.corpus;

import java.util.ArrayList;
import java.util.List;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * WikiSER: each sentence between a line {@code <s>} and a line {@code </s>}, one {@code TOKEN<TAB>TAG}
 * line per token in between (further columns ignored); blank lines are skipped. The whole input is one
 * document, returned by {@link #end()}.
 */
final class WikiSerParser implements DocumentParser {

    private static final String OPEN = "<s>";
    private static final String CLOSE = "</s>";
    private static final int TAG_COLUMN = 1;

    private final Source source;
    private final TokenLines tokenLines;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private long openLine;

    /** Parses {@code source}, whose id and title the document takes. */
    WikiSerParser(Source source) {
        this.source = source;
        this.tokenLines = new TokenLines(source.name());
    }

    @Override
    public Document line(String line, long number) {
        if (line.isBlank()) {
            return null;
        }
        if (isMarker(line, OPEN)) {
            if (openLine > 0) {
                throw error(number, "<s> inside a sentence: the sentence opened on line " + openLine + " has no </s>");
            }
            openLine = number;
        } else if (isMarker(line, CLOSE)) {
            if (openLine == 0) {
                throw error(number, "</s> without <s>");
            }
            if (tokens.isEmpty()) {
                throw error(openLine, "sentence with no tokens");
            }
            sentences.add(Sentence.ofTokens(sentences.size(), tokens));
            tokens.clear();
            openLine = 0;
        } else {
            if (openLine == 0) {
                throw error(number, "token line outside <s>...</s>: '" + line + "'");
            }
            tokens.add(tokenLines.token(line, number, TAG_COLUMN));
        }
        return null;
    }

    @Override
    public Document end() {
        if (openLine > 0) {
            throw error(openLine, "the sentence opened here has no </s> before the end of the file");
        }
        return sentences.isEmpty() ? null : Document.of(source.id(), source.title(), source.name(), sentences);
    }

    private static boolean isMarker(String line, String marker) {
        return line.length() >= marker.length() && line.strip().equals(marker);
    }

    private InputFormatException error(long line, String problem) {
        return new InputFormatException(source.name(), line, problem);
    }
}
