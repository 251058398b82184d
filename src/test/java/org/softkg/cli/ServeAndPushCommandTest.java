package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve and push commands at the command line: refusals, and a push to a real Fuseki. */
class ServeAndPushCommandTest {

    @TempDir
    Path dir;

    private Path extractExample() {
        Path store = dir.resolve("store");
        CliRun run = CliRun.run("extract", "examples/DragonFly_BSD.txt", "--store", store.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        return store;
    }

    @Test
    void serveWithUpdateRefusesToStartWithoutAPassword() {
        // the test JVM has no SOFTKG_PASSWORD; when a developer sets one, this check does not apply
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(PasswordSource.ENV) == null);
        CliRun run = CliRun.run("serve", "--store", dir.toString(), "--update", "--port", "0");
        assertEquals(ExitCode.FAILED, run.exitCode());
        assertTrue(run.err().contains("--update needs a password") && run.err().contains("--password-file"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void serveRefusesAnEmptyPasswordFile() throws IOException {
        Path empty = Files.writeString(dir.resolve("pw"), "");
        CliRun run = CliRun.run("serve", "--store", dir.toString(), "--update", "--password-file", empty.toString());
        assertEquals(ExitCode.FAILED, run.exitCode());
        assertTrue(run.err().contains(empty + ":1: the password file is empty"), run.err());
    }

    @Test
    void serveNeedsAStore() {
        CliRun run = CliRun.run("serve", "--store", dir.resolve("missing").toString(), "--port", "0");
        assertEquals(ExitCode.FAILED, run.exitCode());
        assertTrue(run.err().contains("no store here yet"), run.err());
    }

    @Test
    void servePasswordOptionsAreUsageErrorsWithoutUpdate() throws IOException {
        Path pw = Files.writeString(dir.resolve("pw"), "secret\n");
        CliRun run = CliRun.run("serve", "--store", dir.toString(), "--password-file", pw.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("only makes sense with --update"), run.err());
    }

    @Test
    void pushSendsTheStoreToARealFuseki() {
        Path store = extractExample();
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote, true).build().start();
        try {
            String endpoint = "http://localhost:" + fuseki.getHttpPort() + "/ds/update";
            CliRun run = CliRun.run("push", "--store", store.toString(), "--endpoint", endpoint,
                    "--graph-per-document", "--batch", "100");
            assertEquals(0, run.exitCode(), run.err());
            long local;
            try (org.softkg.store.TdbStore st = org.softkg.store.TdbStore.open(store)) {
                local = st.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").next().getLiteral("n").getLong();
            }
            assertTrue(run.out().contains("pushed " + local + " triples in 2 graphs"), local + " expected in: " + run.out());
            long graphs = Txn.calculateRead(remote, () -> {
                long n = 0;
                for (var it = remote.listGraphNodes(); it.hasNext(); it.next()) {
                    n++;
                }
                return n;
            });
            assertEquals(2, graphs);
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void extractWithPushSendsEachDocumentGraphAsItGoes() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote, true).build().start();
        try {
            String endpoint = "http://localhost:" + fuseki.getHttpPort() + "/ds/update";
            Path store = dir.resolve("store");
            CliRun run = CliRun.run("extract", "examples/DragonFly_BSD.txt", "--store", store.toString(), "--quiet",
                    "--push", endpoint);
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("-> store " + store + " and " + endpoint), run.out());
            org.apache.jena.graph.Node doc = org.softkg.rdf.DocumentRdf.documentNode("DragonFly_BSD");
            try (org.softkg.store.TdbStore local = org.softkg.store.TdbStore.open(store)) {
                org.apache.jena.graph.Graph mine = Txn.calculateRead(local.dataset(),
                        () -> copy(local.dataset().asDatasetGraph(), doc));
                org.apache.jena.graph.Graph theirs = Txn.calculateRead(remote, () -> copy(remote, doc));
                assertTrue(mine.size() > 100 && mine.isIsomorphicWith(theirs), "the remote graph equals the store's");
            }
        } finally {
            fuseki.stop();
        }
    }

    private static org.apache.jena.graph.Graph copy(DatasetGraph dsg, org.apache.jena.graph.Node name) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.getGraph(name).find().forEachRemaining(g::add);
        return g;
    }

    @Test
    void extractWithPushToNowhereFailsInOneLine() {
        CliRun run = CliRun.run("extract", "examples/DragonFly_BSD.txt", "--store", dir.resolve("store").toString(),
                "--quiet", "--push", "http://127.0.0.1:9/ds/update");
        assertEquals(ExitCode.FAILED, run.exitCode());
        assertTrue(run.err().startsWith("softkg: gave up sending batch 1 of graph <"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void pushReportsAnUnreachableEndpointInOneLine() {
        Path store = extractExample();
        CliRun run = CliRun.run("push", "--store", store.toString(), "--endpoint", "http://127.0.0.1:9/ds/update",
                "--retries", "0");
        assertEquals(ExitCode.FAILED, run.exitCode());
        assertTrue(run.err().startsWith("softkg: gave up sending batch 1 of the default graph to http://127.0.0.1:9/ds/update after 1 try: cannot connect"),
                run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void pushUsageErrors() {
        assertEquals(ExitCode.USAGE, CliRun.run("push", "--store", dir.toString()).exitCode());
        CliRun badProtocol = CliRun.run("push", "--store", dir.toString(), "--endpoint", "http://localhost:1/x",
                "--protocol", "ftp");
        assertEquals(ExitCode.USAGE, badProtocol.exitCode());
        assertTrue(badProtocol.err().contains("--protocol must be update or gsp"), badProtocol.err());
        CliRun badUrl = CliRun.run("push", "--store", dir.toString(), "--endpoint", "localhost/x");
        assertEquals(ExitCode.USAGE, badUrl.exitCode());
        assertTrue(badUrl.err().contains("http:// or https://"), badUrl.err());
    }
}
