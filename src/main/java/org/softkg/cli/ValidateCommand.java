package org.softkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.softkg.graph.GraphValidator;
import org.softkg.graph.ShapeSet;
import org.softkg.rdf.RdfOutput;
import org.softkg.rdf.RdfSyntax;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code softkg validate}: checks the graph against the SHACL shapes of the ontology. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Checks the graph against the SHACL shapes of the ontology.",
            "Runs ontology/shapes.ttl over the store (or the RDF files of --data):",
            "entities have a label and a type, relations fit their domain and range,",
            "confidences are doubles in [0,1], every extraction has its provenance.",
            "Prints a summary (counts by shape and constraint, and examples), or the",
            "SHACL report graph with --format turtle (or another RDF syntax).",
            "Exit code 0 when the graph conforms, 1 when it does not."
        })
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*", parameterConsumer = RdfFileList.class,
            description = "Validate these RDF files (any syntax, by extension) instead of the store.")
    private List<Path> data;

    @Option(names = "--shapes", paramLabel = "FILE",
            description = "Use these SHACL shapes instead of the built-in ontology/shapes.ttl.")
    private Path shapesFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable summary), or an RDF syntax for the SHACL report graph: "
                    + "turtle, ntriples, jsonld, rdfxml... (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "5",
            description = "Examples printed for each shape and constraint (default: ${DEFAULT-VALUE}).")
    private int examples;

    @Mixin
    private StoreOptions storeOptions;

    @Override
    public Integer call() {
        RdfSyntax syntax = null;
        if (!"text".equals(format.toLowerCase(Locale.ROOT))) {
            try {
                syntax = RdfSyntax.fromName(format);
            } catch (IllegalArgumentException e) {
                throw new UserException("unknown report format '" + format + "': expected text or one of "
                        + RdfSyntax.allNames());
            }
        }
        Shapes shapes = loadShapes();
        GraphValidator.Validation result = new GraphValidator(shapes)
                .validate(GraphInput.load(data, storeOptions.store));
        var out = new BufferedOutputStream(System.out);
        if (syntax != null) {
            RdfOutput.write(out, result.report().getGraph(), syntax);
        } else {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            result.summary().write(w, Math.max(0, examples));
            w.flush();
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UserException("cannot write the report: " + e.getMessage(), e);
        }
        return result.conforms() ? ExitCode.OK : ExitCode.FAILED;
    }

    private Shapes loadShapes() {
        if (shapesFile == null) {
            return ShapeSet.defaults();
        }
        try {
            return ShapeSet.read(shapesFile);
        } catch (RiotException | ShaclParseException e) {
            throw new UserException(shapesFile + ": bad shapes: " + e.getMessage(), e);
        }
    }
}
