package org.softkg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.softkg.graph.EntityFinder;
import org.softkg.graph.GraphFormat;
import org.softkg.graph.Labels;
import org.softkg.graph.Lineage;
import org.softkg.graph.LineageText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code softkg lineage NAME}: the ancestry and descendants of an entity, as a tree. */
@Command(name = "lineage", mixinStandardHelpOptions = true,
        description = {
            "Prints the ancestry and descendants of an entity as a tree.",
            "Follows kg:forkedFrom, kg:basedOn and kg:successorOf, their sub-properties",
            "and their inverses (kg:hasFork, kg:predecessorOf). NAME is matched with",
            "the labels and alternative labels, ignoring case, or is an IRI (ent:x).",
            "Example: softkg lineage 'DragonFly BSD' --why"
        })
final class LineageCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The entity: its name, an alternative name, or its IRI.")
    private String name;

    @Option(names = "--why", description = "Print under each edge the sentences that state it.")
    private boolean why;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "0",
            description = "Follow at most N generations each way (default: all).")
    private int depth;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a tree), dot (Graphviz) or html (an interactive page) (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    private Path output;

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*", parameterConsumer = RdfFileList.class,
            description = "Read these RDF files (any syntax, by extension) instead of the store.")
    private List<Path> data;

    @Mixin
    private StoreOptions storeOptions;

    @Override
    public Integer call() {
        String f = format.strip().toLowerCase(Locale.ROOT);
        GraphFormat graphFormat = null;
        if (!"text".equals(f)) {
            graphFormat = GraphFormat.fromName(f).filter(g -> g == GraphFormat.DOT || g == GraphFormat.HTML)
                    .orElseThrow(() -> new UserException("unknown lineage format '" + format + "': expected text, dot or html"));
        }
        Graph graph = GraphInput.load(data, storeOptions.store);
        Node entity;
        try {
            entity = new EntityFinder(graph).find(name);
        } catch (EntityFinder.NameException e) {
            throw new UserException(e.getMessage(), e);
        }
        Lineage lineage = new Lineage(graph);
        Lineage.Result result = lineage.of(entity, depth);
        if (graphFormat != null) {
            GraphExportRunner.write(lineage.toKgGraph(result), graphFormat, output,
                    "lineage of " + Labels.label(graph, entity));
            return ExitCode.OK;
        }
        try (OutputTarget target = OutputTarget.open(output, System.out)) {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8));
            new LineageText(graph, why).write(result, w);
            target.commit();
        }
        return ExitCode.OK;
    }
}
