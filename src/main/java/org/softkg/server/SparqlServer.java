package org.softkg.server;

import java.io.IOException;
import java.net.BindException;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A SPARQL 1.1 endpoint over a dataset with embedded Apache Jena Fuseki. Under {@code /softkg}:
 * <ul>
 * <li>{@code /sparql} and {@code /query}: SPARQL query (GET and POST), results in every format Fuseki
 * negotiates by {@code Accept} (JSON, XML, CSV, TSV; Turtle, N-Triples, JSON-LD, RDF/XML... for graphs),
 * with the softkg prefixes predeclared and a timeout;</li>
 * <li>{@code /get}: Graph Store Protocol reads ({@code ?graph=IRI}, {@code ?default});</li>
 * <li>with {@link ServerSettings#update()}: {@code /update} (SPARQL Update) and {@code /data} (Graph
 * Store Protocol reads and writes), both behind HTTP basic authentication, updates with the softkg
 * prefixes predeclared too;</li>
 * </ul>
 * and the query page at {@code /}. The dataset's own context decides what queries see (the TDB2 store
 * sets the union default graph there). The caller owns the dataset: stopping the server leaves it open.
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/softkg";
    /** The realm named in authentication challenges. */
    public static final String REALM = "softkg";

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private SparqlServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /**
     * Starts serving {@code dataset}.
     *
     * @throws ServerStartException when the port cannot be bound (in use, or the host is not a local address)
     */
    public static SparqlServer start(DatasetGraph dataset, ServerSettings settings) {
        Objects.requireNonNull(dataset, "dataset");
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .enablePing(true)
                .add(DATASET, dataService(dataset, settings))
                .addServlet("", new QueryPageServlet())
                .addServlet("/index.html", new QueryPageServlet());
        if (settings.update()) {
            Credentials writer = settings.writer().orElseThrow();
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(REALM,
                    JettySecurityLib.makeUserStore(writer.user(), writer.password()), AuthScheme.BASIC));
        } else {
            ReadOnlyFilter readOnly = new ReadOnlyFilter();
            builder.addFilter(DATASET + "/update", readOnly)
                   .addFilter(DATASET + "/data", readOnly)
                   .addFilter(DATASET + "/data/*", readOnly);
        }
        FusekiServer server = builder.build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(settings.host());
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new ServerStartException(bindProblem(settings, e), e);
        }
        return new SparqlServer(server, settings);
    }

    private static String bindProblem(ServerSettings settings, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "cannot listen on " + settings.host() + ":" + settings.port()
                        + " (" + t.getMessage() + "): the port is in use or the host is not an address of this machine";
            }
            if (t instanceof IOException) {
                return "cannot listen on " + settings.host() + ":" + settings.port() + ": " + t.getMessage();
            }
        }
        return "cannot start the server on " + settings.host() + ":" + settings.port() + ": " + e.getMessage();
    }

    private static DataService.Builder dataService(DatasetGraph dataset, ServerSettings settings) {
        Context timeout = new Context();
        timeout.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        PrefixedQueryService query = new PrefixedQueryService();
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(queryEndpoint("sparql", query, timeout))
                .addEndpoint(queryEndpoint("query", query, timeout))
                .addEndpoint(queryEndpoint("", query, timeout))
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R, "");
        if (settings.update()) {
            AuthPolicy writer = Auth.policyAllowSpecific(settings.writer().orElseThrow().user());
            service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                            .processor(new PrefixedUpdateService()).authPolicy(writer).build())
                   .addEndpoint(Operation.GSP_RW, "data", writer);
        }
        return service;
    }

    private static Endpoint queryEndpoint(String name, PrefixedQueryService processor, Context context) {
        return Endpoint.create()
                .operation(Operation.Query)
                .endpointName(name)
                .processor(processor)
                .context(context)
                .build();
    }

    /** The port the server listens on (the chosen one when the settings asked for 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base URL, ending in '/': the query page. */
    public String url() {
        return "http://" + hostForUrl(settings.host()) + ":" + port() + "/";
    }

    /** The dataset URL, {@code .../softkg}. */
    public String datasetUrl() {
        return url() + DATASET.substring(1);
    }

    /** The SPARQL query endpoint URL. */
    public String queryUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The SPARQL Update endpoint URL (answers 403 on a read-only server). */
    public String updateUrl() {
        return datasetUrl() + "/update";
    }

    /** The Graph Store Protocol endpoint for reads. */
    public String graphStoreReadUrl() {
        return datasetUrl() + "/get";
    }

    /** The Graph Store Protocol endpoint for reads and writes (answers 403 on a read-only server). */
    public String graphStoreUrl() {
        return datasetUrl() + "/data";
    }

    /** The settings the server runs with. */
    public ServerSettings settings() {
        return settings;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the dataset stays open. */
    @Override
    public void close() {
        fuseki.stop();
    }

    private static String hostForUrl(String host) {
        if (host.isEmpty() || "0.0.0.0".equals(host)) {
            return "localhost";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
