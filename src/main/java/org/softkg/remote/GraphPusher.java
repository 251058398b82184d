package org.softkg.remote;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.softkg.rdf.Reification;
import org.softkg.rdf.StatementReification;
import org.softkg.server.Credentials;

/**
 * Sends a dataset to a remote SPARQL 1.1 store, in batches of triples, over SPARQL Update or the Graph
 * Store Protocol. With one graph per document, each named graph is replaced on the remote side (its first
 * batch drops or PUTs the graph, the rest add to it), so pushing again gives the same remote graphs;
 * otherwise every triple is added to the remote default graph. Triples with blank nodes travel in one
 * request per graph, since a blank node label means a new node in each request.
 */
public final class GraphPusher {

    /** What to send, where and how. */
    public record Options(URI endpoint, Protocol protocol, boolean graphPerDocument, int batchSize,
                          Optional<Credentials> credentials, Reification reification, RetryPolicy retry) {
        /** Validates the options. */
        public Options {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(reification, "reification");
            Objects.requireNonNull(retry, "retry");
            if (batchSize < 1) {
                throw new IllegalArgumentException("the batch size must be at least 1");
            }
            String scheme = endpoint.getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || endpoint.getHost() == null) {
                throw new IllegalArgumentException("the endpoint must be an http:// or https:// URL, not " + endpoint);
            }
        }

        /** Defaults: SPARQL Update, default graph, 10,000 triples a request, no credentials, RDF 1.2. */
        public static Options to(URI endpoint) {
            return new Options(endpoint, Protocol.UPDATE, false, 10_000, Optional.empty(), Reification.RDF12,
                    RetryPolicy.DEFAULT);
        }

        /** A copy with another protocol. */
        public Options with(Protocol p) {
            return new Options(endpoint, p, graphPerDocument, batchSize, credentials, reification, retry);
        }

        /** A copy with one remote graph per named graph or not. */
        public Options graphPerDocument(boolean perDocument) {
            return new Options(endpoint, protocol, perDocument, batchSize, credentials, reification, retry);
        }

        /** A copy with another batch size. */
        public Options batch(int size) {
            return new Options(endpoint, protocol, graphPerDocument, size, credentials, reification, retry);
        }

        /** A copy that authenticates with HTTP basic auth. */
        public Options credentials(Credentials c) {
            return new Options(endpoint, protocol, graphPerDocument, batchSize, Optional.of(c), reification, retry);
        }

        /** A copy with another reification of provenance. */
        public Options with(Reification r) {
            return new Options(endpoint, protocol, graphPerDocument, batchSize, credentials, r, retry);
        }

        /** A copy with another retry policy. */
        public Options with(RetryPolicy r) {
            return new Options(endpoint, protocol, graphPerDocument, batchSize, credentials, reification, r);
        }
    }

    private final Options options;
    private final HttpClient client;

    /** A pusher with its own HTTP client. */
    public GraphPusher(Options options) {
        this(options, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    GraphPusher(Options options, HttpClient client) {
        this.options = options;
        this.client = client;
    }

    /**
     * Sends the dataset: its named graphs one by one with {@link Options#graphPerDocument()}, else the
     * union of its graphs into the remote default graph. Reads in one read transaction.
     *
     * @throws PushException on the first request that fails for good
     */
    public PushSummary push(DatasetGraph dataset) {
        RetryingSender sender = new RetryingSender(client, options.retry(), options.credentials().isPresent());
        Counts counts = new Counts();
        Txn.executeRead(dataset, () -> {
            if (options.graphPerDocument()) {
                List<Node> names = new ArrayList<>();
                dataset.listGraphNodes().forEachRemaining(names::add);
                for (Node name : names) {
                    sendGraph(sender, name, dataset.getGraph(name), counts);
                }
            } else {
                sendGraph(sender, null, dataset.getUnionGraph(), counts);
            }
        });
        return new PushSummary(counts.graphs, counts.triples, counts.requests, sender.retries());
    }

    /**
     * Sends one graph, replacing the remote graph {@code name} (its first batch drops or PUTs the graph),
     * whatever {@link Options#graphPerDocument()} says: for pushing documents one by one as they are extracted.
     *
     * @throws PushException on the first request that fails for good
     */
    public PushSummary pushGraph(Node name, Graph graph) {
        RetryingSender sender = new RetryingSender(client, options.retry(), options.credentials().isPresent());
        Counts counts = new Counts();
        new GraphPusher(options.graphPerDocument(true), client).sendGraph(sender, name, graph, counts);
        return new PushSummary(counts.graphs, counts.triples, counts.requests, sender.retries());
    }

    private static final class Counts {
        int graphs;
        long triples;
        int requests;
    }

    private void sendGraph(RetryingSender sender, Node name, Graph graph, Counts counts) {
        Graph content = options.reification() == Reification.RDF11 ? StatementReification.toStatements(graph) : graph;
        List<Triple> batch = new ArrayList<>();
        List<Triple> withBlankNodes = new ArrayList<>();
        int sent = 0;
        Iterator<Triple> it = content.find();
        while (it.hasNext()) {
            Triple t = it.next();
            if (hasBlankNode(t)) {
                withBlankNodes.add(t);
                continue;
            }
            batch.add(t);
            if (batch.size() == options.batchSize()) {
                send(sender, name, batch, sent++, counts);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            send(sender, name, batch, sent++, counts);
        }
        if (!withBlankNodes.isEmpty()) {
            send(sender, name, withBlankNodes, sent++, counts);
        }
        if (sent > 0) {
            counts.graphs++;
        }
    }

    private static boolean hasBlankNode(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank()
                || t.getObject().isTripleTerm() && hasBlankNode(t.getObject().getTriple());
    }

    private void send(RetryingSender sender, Node graph, List<Triple> batch, int index, Counts counts) {
        boolean replace = options.graphPerDocument() && index == 0;
        String what = "batch " + (index + 1) + " of " + (graph == null ? "the default graph" : "graph <" + graph.getURI() + ">");
        HttpRequest request = options.protocol() == Protocol.UPDATE
                ? updateRequest(graph, batch, replace)
                : gspRequest(graph, batch, replace);
        sender.send(request, what);
        counts.requests++;
        counts.triples += batch.size();
    }

    private HttpRequest updateRequest(Node graph, List<Triple> batch, boolean replace) {
        StringBuilder sb = new StringBuilder(batch.size() * 120 + 64);
        if (replace) {
            sb.append("DROP SILENT GRAPH ").append(NodeFmtLib.strNT(graph)).append(" ;\n");
        }
        sb.append("INSERT DATA {\n");
        if (graph != null) {
            sb.append("GRAPH ").append(NodeFmtLib.strNT(graph)).append(" {\n");
        }
        appendTriples(sb, batch);
        sb.append(graph != null ? "} }\n" : "}\n");
        return request(options.endpoint())
                .header("Content-Type", "application/sparql-update; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(sb.toString(), StandardCharsets.UTF_8))
                .build();
    }

    private HttpRequest gspRequest(Node graph, List<Triple> batch, boolean replace) {
        StringBuilder sb = new StringBuilder(batch.size() * 120);
        appendTriples(sb, batch);
        String target = graph == null ? "default" : "graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8);
        String base = options.endpoint().toString();
        URI uri = URI.create(base + (base.contains("?") ? "&" : "?") + target);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(sb.toString(), StandardCharsets.UTF_8);
        HttpRequest.Builder b = request(uri).header("Content-Type", "application/n-triples; charset=utf-8");
        return (replace ? b.PUT(body) : b.POST(body)).build();
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5));
        options.credentials().ifPresent(c -> b.header("Authorization", c.basicHeader()));
        return b;
    }

    private static void appendTriples(StringBuilder sb, List<Triple> batch) {
        for (Triple t : batch) {
            sb.append(NodeFmtLib.strNT(t.getSubject())).append(' ')
              .append(NodeFmtLib.strNT(t.getPredicate())).append(' ')
              .append(NodeFmtLib.strNT(t.getObject())).append(" .\n");
        }
    }
}
