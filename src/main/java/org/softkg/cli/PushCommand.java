package org.softkg.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.softkg.rdf.Reification;
import org.softkg.remote.GraphPusher;
import org.softkg.remote.Protocol;
import org.softkg.remote.PushException;
import org.softkg.remote.PushSummary;
import org.softkg.remote.RetryPolicy;
import org.softkg.server.Credentials;
import org.softkg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code softkg push}: sends the store to a remote SPARQL 1.1 Update or Graph Store Protocol endpoint. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {
            "Sends the store to a SPARQL 1.1 endpoint (Fuseki, GraphDB, Virtuoso, Neptune...) in batches,",
            "retrying transient failures (5xx, 429, connection problems) with backoff.",
            "--protocol update (default): --endpoint is the SPARQL Update URL, e.g. http://host:3030/ds/update;",
            "--protocol gsp: --endpoint is the Graph Store Protocol URL, e.g. http://host:3030/ds/data.",
            "Without --graph-per-document all triples are added to the remote default graph; with it, each",
            "document's named graph (and the ontology graph) replaces the remote graph of the same name."
        })
final class PushCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
            description = "The remote SPARQL Update (or, with --protocol gsp, Graph Store) endpoint.")
    private String endpoint;

    @Option(names = "--protocol", paramLabel = "update|gsp", defaultValue = "update",
            description = "update (SPARQL 1.1 Update) or gsp (Graph Store Protocol) (default: ${DEFAULT-VALUE}).")
    private String protocol;

    @Option(names = "--graph-per-document",
            description = "Keep one named graph per document instead of adding everything to the default graph.")
    private boolean graphPerDocument;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "10000",
            description = "Triples per request (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries of a request after a transient failure (default: ${DEFAULT-VALUE}).")
    private int retries;

    @Option(names = "--user", paramLabel = "NAME", description = "User for HTTP basic auth.")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password (else $" + PasswordSource.ENV + ").")
    private Path passwordFile;

    @Option(names = "--rdf11",
            description = "Provenance as RDF 1.1 rdf:Statement reification, for stores without RDF 1.2 triple terms.")
    private boolean rdf11;

    @Override
    public Integer call() {
        GraphPusher.Options options = options();
        long t0 = System.nanoTime();
        PushSummary summary;
        try (TdbStore store = StoreAccess.openExisting(storeOptions.store)) {
            summary = new GraphPusher(options).push(store.dataset().asDatasetGraph());
        } catch (PushException e) {
            throw new UserException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT,
                "softkg: pushed %,d triples in %d %s to %s (%d requests, %d retries) in %.1f s%n",
                summary.triples(), summary.graphs(), graphPerDocument ? "graphs" : "default graph", endpoint,
                summary.requests(), summary.retries(), seconds);
        return ExitCode.OK;
    }

    private GraphPusher.Options options() {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--endpoint: not a URL: " + e.getMessage());
        }
        Protocol p = switch (protocol.toLowerCase(Locale.ROOT)) {
            case "update" -> Protocol.UPDATE;
            case "gsp" -> Protocol.GSP;
            default -> throw new ParameterException(spec.commandLine(), "--protocol must be update or gsp, not " + protocol);
        };
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        if (retries < 0) {
            throw new ParameterException(spec.commandLine(), "--retries must not be negative");
        }
        GraphPusher.Options options;
        try {
            options = GraphPusher.Options.to(uri).with(p).graphPerDocument(graphPerDocument).batch(batch)
                    .with(rdf11 ? Reification.RDF11 : Reification.RDF12)
                    .with(new RetryPolicy(retries + 1, RetryPolicy.DEFAULT.firstDelay()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--endpoint: " + e.getMessage());
        }
        if (user != null) {
            String password = PasswordSource.read(passwordFile, System.getenv()).orElseThrow(() -> new UserException(
                    "--user " + user + " needs a password: pass --password-file FILE or set " + PasswordSource.ENV));
            try {
                options = options.credentials(new Credentials(user, password));
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e);
            }
        } else if (passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "--password-file needs --user");
        }
        return options;
    }
}
