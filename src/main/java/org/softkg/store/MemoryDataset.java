package org.softkg.store;

import java.io.InputStream;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotNotFoundException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.softkg.corpus.InputFormatException;
import org.softkg.rdf.RdfSyntax;

/**
 * RDF files loaded in memory for SPARQL ({@code query --data FILE...}). As in the store, the default
 * graph is the union: every triple of every file is in it, and the named graphs of quad files are
 * also kept as named graphs. A file that fails to parse adds nothing.
 */
public final class MemoryDataset {

    /** Ignores warnings; turns errors into exceptions that keep the line (Jena's default folds it into the message). */
    private static final ErrorHandler THROW_WITH_LINE = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

    /**
     * Loads a file, its syntax from its extension ({@code .ttl}, {@code .nq}, {@code .jsonld}, also gzipped).
     *
     * @throws InputFormatException with the file and line when the file is unreadable, of unknown syntax or malformed
     */
    public void load(Path file) {
        RdfSyntax syntax = RdfSyntax.fromFileName(file.getFileName().toString())
                .orElseThrow(() -> new InputFormatException(file.toString(), 0,
                        "unknown RDF syntax from the file extension: use .ttl, .nt, .nq, .trig, .jsonld, .rdf or give the syntax"));
        load(file, syntax);
    }

    /** Loads a file in the given syntax. */
    public void load(Path file, RdfSyntax syntax) {
        parseAndAdd(file.toString(), RDFParser.source(file).lang(syntax.lang()).errorHandler(THROW_WITH_LINE));
    }

    /** Loads a stream (standard input: name it {@code -}) in the given syntax. */
    public void load(String name, InputStream in, RdfSyntax syntax) {
        parseAndAdd(name, RDFParser.source(in).lang(syntax.lang()).errorHandler(THROW_WITH_LINE));
    }

    private void parseAndAdd(String name, RDFParserBuilder parser) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        try {
            parser.parse(parsed);
        } catch (RiotParseException e) {
            throw new InputFormatException(name, e.getLine(), e.getOriginalMessage());
        } catch (RiotNotFoundException e) {
            throw new InputFormatException(name, 0, "not found");
        } catch (RiotException e) {
            throw new InputFormatException(name, 0, e.getMessage());
        }
        Txn.executeWrite(dsg, () -> parsed.find().forEachRemaining(q -> {
            dsg.getDefaultGraph().add(q.asTriple());
            if (!q.isDefaultGraph()) {
                dsg.add(q);
            }
        }));
    }

    /** The loaded data as a dataset for {@link SparqlRunner}. */
    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }
}
