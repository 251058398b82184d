package org.softkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.softkg.graph.Entailment;
import org.softkg.store.MemoryDataset;
import org.softkg.store.QueryFormat;
import org.softkg.store.SparqlRunner;
import org.softkg.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code softkg query}: SPARQL over the store or over RDF files. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {
            "Runs a SPARQL query over the store (its default graph is the union of all documents),",
            "or over RDF files given with --data. The prefixes kg:, rdf:, rdfs:, owl:, xsd:, skos:,",
            "prov:, dcterms:, schema:, doap: are predeclared.",
            "Example: softkg query 'SELECT ?x ?y WHERE { ?x kg:forkedFrom ?y }'"
        })
final class QueryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private QuerySource source;

    static final class QuerySource {
        @Parameters(paramLabel = "SPARQL", description = "The query text.")
        String text;

        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from FILE.")
        Path file;
    }

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*", parameterConsumer = RdfFileList.class,
            description = "Query these RDF files (any syntax, by extension) instead of the store.")
    private List<Path> data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, tsv, json, xml for SELECT/ASK; an RDF syntax (turtle, ntriples, jsonld...) "
                    + "for CONSTRUCT/DESCRIBE (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--infer",
            description = "Query with the ontology's entailments: sub-properties (a fork is kg:basedOn its origin), "
                    + "sub-classes, inverses, transitive and symmetric properties (in memory; the default graph only).")
    private boolean infer;

    @Mixin
    private StoreOptions storeOptions;

    @Override
    public Integer call() {
        QueryFormat queryFormat;
        try {
            queryFormat = QueryFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String sparql = queryText();
        var out = new java.io.BufferedOutputStream(System.out);
        if (data != null) {
            MemoryDataset memory = new MemoryDataset();
            for (Path f : data) {
                memory.load(f);
            }
            SparqlRunner.run(infer ? Entailment.inferred(memory.dataset()) : memory.dataset(), sparql, queryFormat, out);
        } else if (infer) {
            try (TdbStore store = StoreAccess.openExisting(storeOptions.store)) {
                SparqlRunner.run(Entailment.inferred(store.dataset()), sparql, queryFormat, out);
            }
        } else {
            try (TdbStore store = StoreAccess.openExisting(storeOptions.store)) {
                store.query(sparql, queryFormat, out);
            }
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UserException("cannot write the results: " + e.getMessage(), e);
        }
        return ExitCode.OK;
    }

    private String queryText() {
        if (source.file == null) {
            return source.text;
        }
        try {
            return Files.readString(source.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException(source.file + ": cannot read the query: " + e.getMessage(), e);
        }
    }
}
