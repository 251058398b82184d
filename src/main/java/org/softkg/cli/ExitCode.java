package org.softkg.cli;

/** The process exit codes of every command. */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;
    /** Bad input or a runtime error; each problem was reported on one stderr line. */
    public static final int FAILED = 1;
    /** Wrong use of the command line (picocli's own code for usage errors). */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
