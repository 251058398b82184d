package org.softkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.softkg.server.Credentials;
import org.softkg.server.ServerSettings;
import org.softkg.server.ServerStartException;
import org.softkg.server.SparqlServer;
import org.softkg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code softkg serve}: a SPARQL 1.1 endpoint (embedded Fuseki) over the store, with a query page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serves the store as a SPARQL 1.1 endpoint (Apache Jena Fuseki) until Ctrl-C:",
            "  /             a query page",
            "  /softkg/sparql  SPARQL query (results by Accept: JSON, XML, CSV, TSV; graphs in any RDF syntax)",
            "  /softkg/get     Graph Store Protocol reads (?graph=IRI)",
            "With --update also /softkg/update (SPARQL Update) and /softkg/data (Graph Store Protocol writes),",
            "both behind HTTP basic auth. The password comes from --password-file or $SOFTKG_PASSWORD.",
            "Queries see the union of all documents (as in 'softkg query'), softkg prefixes predeclared."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    private String host;

    @Option(names = "--update",
            description = "Accept SPARQL Update and Graph Store Protocol writes (needs a password).")
    private boolean update;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "admin",
            description = "User allowed to write with --update (default: ${DEFAULT-VALUE}).")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the writer's password (else $" + PasswordSource.ENV + ").")
    private Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Longest a query may run before the server stops it (default: ${DEFAULT-VALUE}).")
    private double timeoutSeconds;

    @Override
    public Integer call() {
        ServerSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        TdbStore store = StoreAccess.openExisting(storeOptions.store);
        SparqlServer server;
        try {
            server = SparqlServer.start(store.dataset().asDatasetGraph(), settings);
        } catch (ServerStartException e) {
            store.close();
            throw new UserException(e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "softkg-serve-shutdown"));
        printBanner(out, server);
        server.join();
        return ExitCode.OK;
    }

    private ServerSettings settings() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (!(timeoutSeconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        Duration timeout = Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
        Optional<Credentials> writer = Optional.empty();
        if (update) {
            String password = PasswordSource.read(passwordFile, System.getenv()).orElseThrow(() -> new UserException(
                    "--update needs a password for HTTP basic auth: pass --password-file FILE or set "
                            + PasswordSource.ENV + " (never on the command line)"));
            try {
                writer = Optional.of(new Credentials(user, password));
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e);
            }
        } else if (passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "--password-file only makes sense with --update");
        }
        return new ServerSettings(host, port, timeout, update, writer);
    }

    private void printBanner(PrintWriter out, SparqlServer server) {
        out.println("softkg: serving " + storeOptions.store + " at " + server.url()
                + (update ? " (updates allowed for user " + user + ")" : " (read-only)"));
        out.println("  query page       " + server.url());
        out.println("  SPARQL query     " + server.queryUrl());
        out.println("  graph store      " + server.graphStoreReadUrl() + "?graph=IRI");
        if (update) {
            out.println("  SPARQL update    " + server.updateUrl() + "  (HTTP basic auth)");
            out.println("  graph store r/w  " + server.graphStoreUrl() + "?graph=IRI  (HTTP basic auth)");
        }
        if (!isLoopback(host)) {
            out.println("  warning: listening on " + host + ", reachable from other machines");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static boolean isLoopback(String host) {
        return host.startsWith("127.") || "localhost".equalsIgnoreCase(host) || "::1".equals(host) || "[::1]".equals(host);
    }
}
