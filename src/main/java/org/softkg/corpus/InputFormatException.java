package org.softkg.corpus;

/**
 * Malformed input: carries the file and 1-based line so the CLI can print {@code FILE:LINE: message}.
 */
public class InputFormatException extends RuntimeException {

    private final String file;
    private final long line;
    private final String problem;

    /**
     * @param file    the file as the user named it ({@code -} for stdin)
     * @param line    1-based line number, or 0 when not tied to a line
     * @param problem what is wrong, without the location
     */
    public InputFormatException(String file, long line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
