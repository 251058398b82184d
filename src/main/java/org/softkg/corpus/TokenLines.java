package org.softkg.corpus;

import org.softkg.model.Token;

/** Turns token lines ({@code TOKEN ... TAG ...}) into tokens, failing with file and line. */
final class TokenLines {

    private final String file;
    private final Columns columns = new Columns();
    private final EntityTags tags = new EntityTags();

    /** Reads lines of {@code file} (named in errors). */
    TokenLines(String file) {
        this.file = file;
    }

    /** The columns of {@code line} (the instance is reused by the next call). */
    Columns split(String line) {
        return columns.split(line);
    }

    /** The token on {@code line}, its text in the first column and its tag in column {@code tagColumn} (0-based). */
    Token token(String line, long number, int tagColumn) {
        Columns c = columns.split(line);
        if (c.isEmpty(0)) {
            throw new InputFormatException(file, number, "empty token");
        }
        if (c.count() < 2 || (c.count() == 2 && c.isEmpty(1))) {
            throw new InputFormatException(file, number, "token line with no tag: '" + line + "'");
        }
        if (c.isEmpty(tagColumn)) {
            throw new InputFormatException(file, number, "no tag in column " + (tagColumn + 1)
                    + " (the tag column of this file): '" + line + "'");
        }
        String tag;
        try {
            tag = tags.canonical(c.get(tagColumn));
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(file, number, e.getMessage());
        }
        return Token.tagged(c.get(0), tag);
    }
}
