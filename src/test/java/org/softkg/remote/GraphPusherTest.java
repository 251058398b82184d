package org.softkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.Reification;
import org.softkg.server.Credentials;
import org.softkg.server.ServerSettings;
import org.softkg.server.SparqlServer;
import org.softkg.server.TestStore;
import org.softkg.store.TdbStore;

/** Pushes a real store to a real Fuseki (in memory, on loopback), and to stub endpoints that fail. */
class GraphPusherTest {

    static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10));

    @TempDir
    static Path dir;

    static TdbStore store;
    static DatasetGraph local;

    DatasetGraph remote;
    FusekiServer fuseki;

    @BeforeAll
    static void buildStore() throws IOException {
        store = TestStore.build(dir);
        local = store.dataset().asDatasetGraph();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @BeforeEach
    void startFuseki() {
        remote = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote, true).build().start();
    }

    @AfterEach
    void stopFuseki() {
        fuseki.stop();
    }

    URI ds(String service) {
        return URI.create("http://localhost:" + fuseki.getHttpPort() + "/ds" + service);
    }

    static List<Node> graphNames(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return names;
        });
    }

    static Graph copy(DatasetGraph dsg, Node name) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            (name == null ? dsg.getDefaultGraph() : dsg.getGraph(name)).find().forEachRemaining(g::add);
            return g;
        });
    }

    @Test
    void updateWithGraphPerDocumentRebuildsEveryGraphInSmallBatches() {
        PushSummary summary = new GraphPusher(GraphPusher.Options.to(ds("/update")).graphPerDocument(true).batch(50))
                .push(local);

        List<Node> names = graphNames(local);
        assertEquals(3, names.size(), names::toString); // two documents and the ontology
        assertEquals(names, graphNames(remote));
        long triples = 0;
        for (Node name : names) {
            Graph mine = copy(local, name);
            triples += mine.size();
            assertTrue(mine.isIsomorphicWith(copy(remote, name)), "graph " + name);
        }
        assertEquals(names.size(), summary.graphs());
        assertEquals(triples, summary.triples());
        assertTrue(summary.requests() > names.size(), "batches of 50 need several requests: " + summary);
        assertEquals(0, summary.retries());
    }

    @Test
    void pushingAgainReplacesEachDocumentGraph() {
        Node doc = DocumentRdf.documentNode("DragonFly_BSD");
        Txn.executeWrite(remote, () -> remote.add(doc, NodeFactory.createURI("http://example.org/stale"),
                RDF.Nodes.type, NodeFactory.createURI("http://example.org/Old")));
        GraphPusher pusher = new GraphPusher(GraphPusher.Options.to(ds("/update")).graphPerDocument(true));
        pusher.push(local);
        pusher.push(local);
        assertTrue(copy(local, doc).isIsomorphicWith(copy(remote, doc)), "the stale triple is gone and nothing doubled");
    }

    @Test
    void graphStoreProtocolIntoTheDefaultGraph() {
        PushSummary summary = new GraphPusher(GraphPusher.Options.to(ds("/data")).with(Protocol.GSP).batch(100))
                .push(local);
        Graph union = Txn.calculateRead(local, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            local.getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
        assertTrue(union.isIsomorphicWith(copy(remote, null)));
        assertTrue(graphNames(remote).isEmpty());
        assertEquals(1, summary.graphs());
    }

    @Test
    void graphStoreProtocolWithGraphPerDocument() {
        new GraphPusher(GraphPusher.Options.to(ds("/data")).with(Protocol.GSP).graphPerDocument(true).batch(40)).push(local);
        for (Node name : graphNames(local)) {
            assertTrue(copy(local, name).isIsomorphicWith(copy(remote, name)), "graph " + name);
        }
    }

    @Test
    void rdf11ReificationSendsNoTripleTerms() {
        new GraphPusher(GraphPusher.Options.to(ds("/update")).with(Reification.RDF11)).push(local);
        Graph pushed = copy(remote, null);
        assertFalse(pushed.find().toList().stream().anyMatch(t -> t.getObject().isTripleTerm()));
        assertTrue(pushed.contains(Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement));
    }

    @Test
    void credentialsAreSentAndWrongOnesGiveAClearError() {
        Credentials writer = new Credentials("loader", "right-password");
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        try (SparqlServer server = SparqlServer.start(target, ServerSettings.readOnly(0).withUpdate(writer))) {
            URI update = URI.create(server.updateUrl());
            PushException noAuth = assertThrows(PushException.class,
                    () -> new GraphPusher(GraphPusher.Options.to(update).with(FAST)).push(local));
            assertTrue(noAuth.getMessage().contains("HTTP 401") && noAuth.getMessage().contains("--user"), noAuth.getMessage());

            PushException wrong = assertThrows(PushException.class, () -> new GraphPusher(GraphPusher.Options.to(update)
                    .with(FAST).credentials(new Credentials("loader", "wrong"))).push(local));
            assertTrue(wrong.getMessage().contains("HTTP 401") && wrong.getMessage().contains("password"), wrong.getMessage());
            assertTrue(Txn.calculateRead(target, () -> target.isEmpty()));

            new GraphPusher(GraphPusher.Options.to(update).credentials(writer).graphPerDocument(true)).push(local);
            assertEquals(graphNames(local), graphNames(target));
        }
    }

    @Test
    void transientFailuresAreRetried() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        HttpServer stub = stub(exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int n = calls.incrementAndGet();
            int status = n <= 2 ? 503 : 204;
            if (status == 204) {
                bodies.add(new String(body, StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        try {
            PushSummary summary = new GraphPusher(GraphPusher.Options.to(stubUri(stub)).with(FAST)).push(local);
            assertEquals(2, summary.retries());
            assertEquals(1, summary.requests());
            assertEquals(1, bodies.size());
            assertTrue(bodies.get(0).startsWith("INSERT DATA {"), bodies.get(0));
        } finally {
            stub.stop(0);
        }
    }

    @Test
    void persistentServerErrorsGiveUpAfterTheLastTry() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer stub = stub(exchange -> {
            exchange.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            byte[] msg = "Internal trouble\nmore".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, msg.length);
            exchange.getResponseBody().write(msg);
            exchange.close();
        });
        try {
            PushException e = assertThrows(PushException.class,
                    () -> new GraphPusher(GraphPusher.Options.to(stubUri(stub)).with(FAST)).push(local));
            assertEquals(3, calls.get());
            assertTrue(e.getMessage().contains("after 3 tries: HTTP 500: Internal trouble"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        } finally {
            stub.stop(0);
        }
    }

    @Test
    void clientErrorsAreNotRetriedAndQuoteTheEndpoint() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer stub = stub(exchange -> {
            exchange.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            byte[] msg = "Parse error: line 3, column 7: unexpected token".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(400, msg.length);
            exchange.getResponseBody().write(msg);
            exchange.close();
        });
        try {
            PushException e = assertThrows(PushException.class,
                    () -> new GraphPusher(GraphPusher.Options.to(stubUri(stub)).with(FAST)).push(local));
            assertEquals(1, calls.get());
            assertTrue(e.getMessage().contains("rejected batch 1 of the default graph (HTTP 400): Parse error: line 3"),
                    e.getMessage());
        } finally {
            stub.stop(0);
        }
    }

    @Test
    void aRefusedConnectionIsRetriedThenReported() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/ds/update");
        PushException e = assertThrows(PushException.class,
                () -> new GraphPusher(GraphPusher.Options.to(nowhere).with(FAST)).push(local));
        assertTrue(e.getMessage().contains("after 3 tries: cannot connect"), e.getMessage());
    }

    @Test
    void onlyHttpEndpointsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> GraphPusher.Options.to(URI.create("ftp://example.org/x")));
        assertThrows(IllegalArgumentException.class, () -> GraphPusher.Options.to(URI.create("ds/update")));
    }

    private static HttpServer stub(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.start();
        return server;
    }

    private static URI stubUri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/update");
    }
}
