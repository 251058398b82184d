package org.softkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.Vocab;
import org.softkg.store.TdbStore;

/** A read-only server over a real TDB2 store, spoken to over HTTP on loopback. */
class SparqlServerTest {

    static final String PREFIXES = "PREFIX kg: <" + Vocab.ONTOLOGY_NS + "> PREFIX ent: <" + Vocab.ENTITY_NS
            + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @TempDir
    static Path dir;

    static TdbStore store;
    static SparqlServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = TestStore.build(dir);
        server = SparqlServer.start(store.dataset().asDatasetGraph(), ServerSettings.readOnly(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A POST on a connection of its own: after refusing a write, the server may close the connection
     * without reading the request body, and a pooled connection could then be reused while it closes.
     */
    static HttpResponse<String> postAlone(String url, String contentType, String body)
            throws IOException, InterruptedException {
        try (HttpClient alone = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            return alone.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    static String queryUrl(String base, String sparql) {
        return base + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> post(String url, String contentType, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Set<String> column(ResultSet rs, String var) {
        Set<String> values = new TreeSet<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            values.add(row.get(var).toString());
        }
        return values;
    }

    @Test
    void selectOverRdfConnectionSeesFactsOfEveryDocument() {
        try (RDFConnection conn = RDFConnection.queryConnect(server.queryUrl())) {
            List<String> forks = new ArrayList<>();
            conn.querySelect(PREFIXES + "SELECT ?o { ent:dragonfly_bsd kg:forkedFrom ?o }",
                    row -> forks.add(row.getResource("o").getURI()));
            assertEquals(List.of(Vocab.ENTITY_NS + "freebsd"), forks);

            List<String> languages = new ArrayList<>();
            conn.querySelect(PREFIXES + "SELECT ?l { ent:git kg:writtenIn ?o . ?o rdfs:label ?l }",
                    row -> languages.add(row.getLiteral("l").getLexicalForm()));
            assertEquals(List.of("C"), languages);

            // the union default graph also holds the ontology graph, as in 'softkg query'
            assertTrue(conn.queryAsk(PREFIXES + "ASK { kg:forkedFrom rdfs:subPropertyOf kg:basedOn }"));
        }
    }

    @Test
    void queryExecutionHttpRunsConstructAndReturnsAGraph() {
        Model m = QueryExecutionHTTP.service(server.queryUrl())
                .query(PREFIXES + "CONSTRUCT { ?s kg:license ?o } WHERE { ?s kg:license ?o }")
                .build().execConstruct();
        assertTrue(m.contains(m.createResource(Vocab.ENTITY_NS + "git"),
                m.createProperty(Vocab.ONTOLOGY_NS + "license"),
                m.createResource(Vocab.ENTITY_NS + "gnu_general_public_license")), () -> m.getGraph().toString());
    }

    @Test
    void softkgPrefixesArePredeclared() throws Exception {
        HttpResponse<String> r = get(queryUrl(server.queryUrl(), "SELECT ?o { ent:dragonfly_bsd kg:forkedFrom ?o }"),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(Vocab.ENTITY_NS + "freebsd"), r.body());

        // a query's own declaration of a prefix wins over the predeclared one
        HttpResponse<String> own = get(queryUrl(server.queryUrl(),
                "PREFIX kg: <http://example.org/other#> ASK { ?s kg:forkedFrom ?o }"), "application/sparql-results+json");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("false"), own.body());
    }

    @Test
    void parseErrorsKeepTheUsersLineNumbers() throws Exception {
        HttpResponse<String> r = get(queryUrl(server.queryUrl(), "SELECT ?o\nWHERE { ?s kg:forkedFrom ?o "),
                "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 2"), r.body());
    }

    @Test
    void selectResultsComeInTheFormatTheAcceptHeaderAsks() throws Exception {
        String sparql = "SELECT ?s ?o { ?s kg:forkedFrom ?o }";
        String url = queryUrl(server.queryUrl(), sparql);

        HttpResponse<String> json = get(url, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet fromJson = ResultSetMgr.read(bytes(json), ResultSetLang.RS_JSON);
        assertEquals(Set.of(Vocab.ENTITY_NS + "freebsd"), column(fromJson, "o"));

        HttpResponse<String> xml = get(url, "application/sparql-results+xml");
        assertEquals(200, xml.statusCode());
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
        ResultSet fromXml = ResultSetMgr.read(bytes(xml), ResultSetLang.RS_XML);
        assertEquals(Set.of(Vocab.ENTITY_NS + "freebsd"), column(fromXml, "o"));

        HttpResponse<String> csv = get(url, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("s,o", lines.get(0));
        assertEquals(Vocab.ENTITY_NS + "dragonfly_bsd," + Vocab.ENTITY_NS + "freebsd", lines.get(1));

        HttpResponse<String> tsv = get(url, "text/tab-separated-values");
        assertEquals(200, tsv.statusCode());
        assertTrue(tsv.body().startsWith("?s\t?o"), tsv.body());
    }

    @Test
    void constructResultsComeInTheRdfSyntaxTheAcceptHeaderAsks() throws Exception {
        String url = queryUrl(server.queryUrl(), "CONSTRUCT WHERE { ?s kg:forkedFrom ?o }");
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML)) {
            HttpResponse<String> r = get(url, lang.getHeaderString());
            assertEquals(200, r.statusCode(), lang + ": " + r.body());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), lang).parse(g);
            assertEquals(1, g.size(), lang + ": " + r.body());
        }
    }

    @Test
    void graphStoreProtocolReadsADocumentGraphInTurtle() throws Exception {
        String graph = DocumentRdf.documentNode("DragonFly_BSD").getURI();
        HttpResponse<String> r = get(server.graphStoreReadUrl() + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8),
                "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(Vocab.ENTITY_NS + "dragonfly_bsd"),
                NodeFactory.createURI(Vocab.ONTOLOGY_NS + "forkedFrom"), NodeFactory.createURI(Vocab.ENTITY_NS + "freebsd")));
        // the Git document's facts live in their own graph, not in this one
        assertFalse(g.contains(NodeFactory.createURI(Vocab.ENTITY_NS + "git"), org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY));

        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            Model fetched = conn.fetch(DocumentRdf.documentNode("Git").getURI());
            assertTrue(fetched.contains(fetched.createResource(Vocab.ENTITY_NS + "git"),
                    fetched.createProperty(Vocab.ONTOLOGY_NS + "writtenIn")));
        }
    }

    @Test
    void updatesAreRefusedByAReadOnlyServer() throws Exception {
        String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }";
        HttpResponse<String> update = postAlone(server.updateUrl(), "application/sparql-update", insert);
        assertEquals(403, update.statusCode());
        assertTrue(update.body().contains("--update"), update.body());

        HttpResponse<String> viaQuery = postAlone(server.queryUrl(), "application/sparql-update", insert);
        assertTrue(viaQuery.statusCode() >= 400, "status " + viaQuery.statusCode());

        HttpResponse<String> gspWrite = postAlone(server.graphStoreUrl() + "?graph=http://example.org/g", "text/turtle",
                "<http://example.org/a> <http://example.org/b> 1 .");
        assertEquals(403, gspWrite.statusCode());
        HttpResponse<String> gspReadEndpointWrite = postAlone(server.graphStoreReadUrl() + "?graph=http://example.org/g",
                "text/turtle", "<http://example.org/a> <http://example.org/b> 1 .");
        assertTrue(gspReadEndpointWrite.statusCode() >= 400, "status " + gspReadEndpointWrite.statusCode());

        assertFalse(org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> store.dataset().containsNamedModel("http://example.org/g")));
    }

    @Test
    void theQueryPageIsServedAtTheRoot() throws Exception {
        HttpResponse<String> r = get(server.url(), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = r.body();
        assertTrue(page.contains("<textarea id=\"query\""), page);
        assertTrue(page.contains("softkg/sparql"), page);
        // self-contained: nothing loaded from another host
        assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "the page loads an external resource");
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertEquals(404, get(server.url() + "no/such/page", null).statusCode());
    }

    private static ByteArrayInputStream bytes(HttpResponse<String> r) {
        return new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8));
    }
}
