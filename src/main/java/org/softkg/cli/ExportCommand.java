package org.softkg.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.softkg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code softkg export}: the store, or one document's graph, in any RDF syntax. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Writes the store (all document graphs and the ontology graph; triple syntaxes get the union",
            "of the documents) or one document's graph, to stdout or -o FILE.",
            "Graph-tool formats (entities and facts only): --format csv -o DIR",
            "(nodes.csv, edges.csv for neo4j-admin database import), graphml (Gephi,",
            "yEd), dot (Graphviz), html (an interactive page)."
        })
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--document", paramLabel = "ID",
            description = "Only this document's graph (its id: the file name without extension).")
    private String document;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private RdfOutputOptions rdfOptions;

    @Override
    public Integer call() {
        var graphFormat = GraphExportRunner.requested(rdfOptions.format, rdfOptions.output);
        if (graphFormat.isPresent()) {
            try (TdbStore store = StoreAccess.openExisting(storeOptions.store)) {
                if (document != null && !store.containsDocument(document)) {
                    throw new UserException("no document '" + document + "' in store " + storeOptions.store);
                }
                var graph = GraphExportRunner.read(store, Optional.ofNullable(document));
                GraphExportRunner.write(graph, graphFormat.get(), rdfOptions.output,
                        document != null ? document : "softkg " + storeOptions.store.getFileName());
            }
            return ExitCode.OK;
        }
        try (TdbStore store = StoreAccess.openExisting(storeOptions.store);
             OutputTarget target = OutputTarget.open(rdfOptions.output, System.out)) {
            if (document != null && !store.containsDocument(document)) {
                throw new UserException("no document '" + document + "' in store " + storeOptions.store);
            }
            store.export(target.stream(), rdfOptions.syntax(), Optional.ofNullable(document), rdfOptions.reification());
            target.commit();
        }
        return ExitCode.OK;
    }
}
