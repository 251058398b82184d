package org.softkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Authentication of writes, and the query timeout, over HTTP on loopback (in-memory datasets). */
class WritableServerTest {

    static final Credentials WRITER = new Credentials("editor", "s3cret-pass");
    static final String INSERT = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }";

    private static boolean inserted(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI("http://example.org/g")).size() == 1);
    }

    @Test
    void updatesNeedTheRightPassword() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (SparqlServer server = SparqlServer.start(dsg, ServerSettings.readOnly(0).withUpdate(WRITER))) {
            HttpResponse<String> none = SparqlServerTest.post(server.updateUrl(), "application/sparql-update", INSERT, null);
            assertEquals(401, none.statusCode());
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                    none.headers().toString());

            String wrong = new Credentials("editor", "guess").basicHeader();
            assertEquals(401, SparqlServerTest.post(server.updateUrl(), "application/sparql-update", INSERT, wrong).statusCode());
            String otherUser = new Credentials("someone", "s3cret-pass").basicHeader();
            assertEquals(401, SparqlServerTest.post(server.updateUrl(), "application/sparql-update", INSERT, otherUser).statusCode());
            assertEquals(false, inserted(dsg));

            HttpResponse<String> ok = SparqlServerTest.post(server.updateUrl(), "application/sparql-update", INSERT,
                    WRITER.basicHeader());
            assertTrue(ok.statusCode() / 100 == 2, ok.statusCode() + " " + ok.body());
            assertTrue(inserted(dsg));

            // reads stay open to everyone
            HttpResponse<String> read = SparqlServerTest.get(SparqlServerTest.queryUrl(server.queryUrl(),
                    "ASK { GRAPH ?g { ?s ?p 1 } }"), "application/sparql-results+json");
            assertEquals(200, read.statusCode());
            assertTrue(read.body().contains("true"), read.body());
        }
    }

    @Test
    void updatesHaveTheSoftkgPrefixesPredeclared() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (SparqlServer server = SparqlServer.start(dsg, ServerSettings.readOnly(0).withUpdate(WRITER))) {
            HttpResponse<String> ok = SparqlServerTest.post(server.updateUrl(), "application/x-www-form-urlencoded",
                    "update=" + java.net.URLEncoder.encode("INSERT DATA { GRAPH <urn:notes> { ent:freebsd rdfs:comment \"checked\" } }",
                            java.nio.charset.StandardCharsets.UTF_8), WRITER.basicHeader());
            assertTrue(ok.statusCode() / 100 == 2, ok.statusCode() + " " + ok.body());
            assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(NodeFactory.createURI("urn:notes"),
                    NodeFactory.createURI(org.softkg.rdf.Vocab.ENTITY_NS + "freebsd"),
                    org.apache.jena.vocabulary.RDFS.Nodes.comment, NodeFactory.createLiteralString("checked"))));

            HttpResponse<String> bad = SparqlServerTest.post(server.updateUrl(), "application/sparql-update",
                    "INSERT DATA {\n  GRAPH <urn:notes> { ent:x }", WRITER.basicHeader());
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("line 2"), bad.body());
        }
    }

    @Test
    void graphStoreWritesNeedThePasswordToo() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (SparqlServer server = SparqlServer.start(dsg, ServerSettings.readOnly(0).withUpdate(WRITER))) {
            String url = server.graphStoreUrl() + "?graph=http://example.org/g";
            String turtle = "<http://example.org/a> <http://example.org/b> 1 .";
            assertEquals(401, SparqlServerTest.post(url, "text/turtle", turtle, null).statusCode());
            HttpResponse<String> ok = SparqlServerTest.post(url, "text/turtle", turtle, WRITER.basicHeader());
            assertTrue(ok.statusCode() / 100 == 2, ok.statusCode() + " " + ok.body());
            assertTrue(inserted(dsg));
        }
    }

    @Test
    void updateWithoutCredentialsCannotBeConfigured() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5), true, Optional.empty()));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void aSlowQueryIsStoppedByTheTimeout() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 400; i++) {
                dsg.add(SSE.parseQuad("(quad <http://example.org/g> <http://example.org/s" + i + "> <http://example.org/p> " + i + ")"));
            }
        });
        try (SparqlServer server = SparqlServer.start(dsg, ServerSettings.readOnly(0).withTimeout(Duration.ofSeconds(1)))) {
            // 400^3 = 64 million rows to count: far longer than a second
            String slow = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j } }";
            HttpResponse<String> r = SparqlServerTest.get(SparqlServerTest.queryUrl(server.queryUrl(), slow),
                    "application/sparql-results+json");
            assertEquals(503, r.statusCode(), r.body());

            // the server still answers afterwards
            HttpResponse<String> quick = SparqlServerTest.get(SparqlServerTest.queryUrl(server.queryUrl(),
                    "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a ?b ?c } }"), "text/csv");
            assertEquals(200, quick.statusCode());
            assertEquals("400", quick.body().lines().toList().get(1));
        }
    }

    @Test
    void aPortInUseGivesAClearError() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (SparqlServer first = SparqlServer.start(dsg, ServerSettings.readOnly(0))) {
            ServerStartException e = assertThrows(ServerStartException.class,
                    () -> SparqlServer.start(dsg, ServerSettings.readOnly(first.port())));
            assertTrue(e.getMessage().contains("cannot listen on 127.0.0.1:" + first.port()), e.getMessage());
        }
    }
}
