package org.softkg.cli;

import java.nio.file.Path;
import org.softkg.rdf.RdfSyntax;
import org.softkg.rdf.Reification;
import picocli.CommandLine.Option;

/** {@code -o FILE}, {@code --format SYNTAX}, {@code --rdf11}: where RDF goes and in which syntax. */
final class RdfOutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write RDF to FILE ('-' for stdout) instead of the store.")
    Path output;

    @Option(names = "--format", paramLabel = "SYNTAX",
            description = "RDF syntax: turtle, ntriples, nquads, trig, jsonld, rdfxml "
                    + "(default: from the output file's extension, else turtle).")
    String format;

    @Option(names = "--rdf11",
            description = "Provenance as RDF 1.1 rdf:Statement reification instead of RDF 1.2 rdf:reifies "
                    + "(always so for JSON-LD).")
    boolean rdf11;

    /** True when the user asked for RDF output rather than the store. */
    boolean requested() {
        return output != null || format != null;
    }

    /** True when RDF goes to standard output. */
    boolean toStdout() {
        return output == null || "-".equals(output.toString());
    }

    /** The syntax: --format, else the output file's extension, else Turtle. */
    RdfSyntax syntax() {
        if (format != null) {
            try {
                return RdfSyntax.fromName(format);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
        }
        if (!toStdout()) {
            return RdfSyntax.fromFileName(output.getFileName().toString()).orElse(RdfSyntax.TURTLE);
        }
        return RdfSyntax.TURTLE;
    }

    Reification reification() {
        return rdf11 ? Reification.RDF11 : Reification.RDF12;
    }
}
