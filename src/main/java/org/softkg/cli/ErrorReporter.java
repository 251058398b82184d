package org.softkg.cli;

import java.io.UncheckedIOException;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RiotException;
import org.softkg.corpus.InputFormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps an exception escaping a command to one line on stderr and an exit code: no stack trace
 * unless {@code SOFTKG_DEBUG} is set in the environment.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getErr().println("softkg: " + describe(ex));
        if (System.getenv("SOFTKG_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return ExitCode.FAILED;
    }

    /** The user-facing one-line description of a failure. */
    static String describe(Throwable ex) {
        if (ex instanceof InputFormatException || ex instanceof UserException) {
            return ex.getMessage();
        }
        if (ex instanceof QueryException) {
            return "bad SPARQL query: " + oneLine(ex.getMessage());
        }
        if (ex instanceof RiotException) {
            return "bad RDF: " + oneLine(ex.getMessage());
        }
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            return oneLine(u.getCause().getMessage());
        }
        if (ex instanceof java.io.IOException) {
            return oneLine(ex.getMessage());
        }
        return "internal error: " + ex + " (set SOFTKG_DEBUG=1 for the stack trace)";
    }

    private static String oneLine(String s) {
        return s == null ? "(no message)" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
