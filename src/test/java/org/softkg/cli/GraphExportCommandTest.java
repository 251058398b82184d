package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The example document extracted once, then exported in the graph-tool formats and read back with
 * the matching parsers (commons-csv, the JDK's XML parser, jsoup and Jena's JSON parser); and validated.
 */
class GraphExportCommandTest {

    private static final String DRAGONFLY = "https://w3id.org/softkg/entity/dragonfly_bsd";
    private static final String FREEBSD = "https://w3id.org/softkg/entity/freebsd";

    @TempDir
    static Path dir;

    private static String store;

    @BeforeAll
    static void extract() {
        store = dir.resolve("store").toString();
        CliRun r = CliRun.run("extract", "examples/DragonFly_BSD.txt", "--store", store);
        assertEquals(0, r.exitCode(), r.err());
    }

    /** The number of facts (reified triples) in the store, as a query tells it. */
    private static long factCount() {
        CliRun r = CliRun.run("query", "--store", store, "--format", "csv",
                "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?r rdf:reifies ?t }");
        assertEquals(0, r.exitCode(), r.err());
        return Long.parseLong(r.out().strip().lines().reduce((a, b) -> b).orElseThrow().strip());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
        }
    }

    @Test
    void csvForNeo4jAdminImport() throws IOException {
        Path out = dir.resolve("neo4j");
        CliRun r = CliRun.run("export", "--store", store, "--format", "csv", "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("id:ID,label,aliases:string[],:LABEL", Files.readAllLines(out.resolve("nodes.csv")).get(0));
        assertEquals(":START_ID,:END_ID,:TYPE,confidence:double,sentence", Files.readAllLines(out.resolve("edges.csv")).get(0));
        List<CSVRecord> nodes = csv(out.resolve("nodes.csv"));
        Set<String> ids = new HashSet<>();
        Map<String, CSVRecord> byId = new HashMap<>();
        for (CSVRecord n : nodes) {
            assertTrue(ids.add(n.get("id:ID")), "unique ids");
            byId.put(n.get("id:ID"), n);
        }
        assertEquals("DragonFly BSD", byId.get(DRAGONFLY).get("label"));
        assertEquals("Entity;OperatingSystem", byId.get(DRAGONFLY).get(":LABEL"));
        assertEquals("DragonFly", byId.get(DRAGONFLY).get("aliases:string[]"));
        List<CSVRecord> edges = csv(out.resolve("edges.csv"));
        CSVRecord fork = edges.stream().filter(e -> e.get(":TYPE").equals("forkedFrom")).findFirst().orElseThrow();
        assertEquals(DRAGONFLY, fork.get(":START_ID"));
        assertEquals(FREEBSD, fork.get(":END_ID"));
        assertEquals(0.9, Double.parseDouble(fork.get("confidence:double")), 1e-9);
        assertTrue(fork.get("sentence").contains("forked from FreeBSD 4.8"), fork.get("sentence"));
        for (CSVRecord e : edges) {
            assertTrue(ids.contains(e.get(":START_ID")) && ids.contains(e.get(":END_ID")), "edge ends are nodes: " + e);
        }
    }

    @Test
    void csvNeedsAFolder() {
        CliRun r = CliRun.run("export", "--store", store, "--format", "csv");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("give the folder with -o DIR"), r.err());
    }

    @Test
    void graphmlReadsBackWithAnXmlParser() throws Exception {
        Path out = dir.resolve("graph.graphml");
        CliRun r = CliRun.run("export", "--store", store, "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(out.toFile());
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertEquals("graphml", doc.getDocumentElement().getLocalName());
        assertEquals(ns, doc.getDocumentElement().getNamespaceURI());
        Map<String, String> labelOf = new HashMap<>();
        NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            labelOf.put(n.getAttribute("id"), data(n, "label"));
        }
        NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
        boolean fork = false;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(labelOf.containsKey(e.getAttribute("source")) && labelOf.containsKey(e.getAttribute("target")));
            if (data(e, "relation").equals("forkedFrom")) {
                fork = labelOf.get(e.getAttribute("source")).equals("DragonFly BSD")
                        && labelOf.get(e.getAttribute("target")).equals("FreeBSD");
            }
        }
        assertTrue(fork, "DragonFly BSD forkedFrom FreeBSD edge");
        assertEquals(factCount(), edges.getLength(), "one edge per fact of the store");
    }

    private static String data(Element owner, String key) {
        NodeList data = owner.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return "";
    }

    @Test
    void dotHasTheNodesAndLabelledEdges() throws IOException {
        CliRun r = CliRun.run("export", "--store", store, "--format", "dot");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("digraph "), r.out());
        assertTrue(r.out().contains("\"" + DRAGONFLY + "\" [label=\"DragonFly BSD\\nOperatingSystem\""), r.out());
        assertTrue(r.out().contains("\"" + DRAGONFLY + "\" -> \"" + FREEBSD + "\" [label=\"forkedFrom\""), r.out());
        assertTrue(r.out().strip().endsWith("}"));
    }

    @Test
    void htmlIsSelfContainedWithTheGraphData() throws Exception {
        Path out = dir.resolve("graph.html");
        CliRun r = CliRun.run("export", "--store", store, "--format", "html", "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        var page = HtmlViews.page(out);
        assertTrue(page.select("script[src], link[href], img[src], iframe").isEmpty(), "nothing fetched from elsewhere");
        assertTrue(page.getElementById("search") != null, "search box");
        String html = Files.readString(out);
        assertTrue(!html.contains("http://") || html.indexOf("http://") > html.indexOf("softkg-data"), "no external URL in the page code");
        JsonObject data = HtmlViews.data(out);
        Map<String, String> labels = new HashMap<>();
        for (JsonValue n : data.get("nodes").getAsArray()) {
            labels.put(n.getAsObject().get("id").getAsString().value(), n.getAsObject().get("label").getAsString().value());
        }
        assertEquals("DragonFly BSD", labels.get(DRAGONFLY));
        boolean fork = false;
        for (JsonValue e : data.get("edges").getAsArray()) {
            JsonObject o = e.getAsObject();
            if (o.get("relation").getAsString().value().equals("forkedFrom")) {
                fork = o.get("source").getAsString().value().equals(DRAGONFLY) && o.get("target").getAsString().value().equals(FREEBSD)
                        && o.get("evidence").getAsArray().get(0).getAsObject().get("text").getAsString().value().contains("forked from");
            }
        }
        assertTrue(fork, "fork edge with its sentence");
        String script = page.select("script:not([type])").first().data();
        assertTrue(script.contains("requestAnimationFrame") && script.contains("mousedown"), "layout and drag code");
        nodeCheck(script);
        headlessBrowserRuns(out, data);
    }

    /** The inline script parses, where Node.js is installed. */
    private void nodeCheck(String script) throws Exception {
        Path js = dir.resolve("view.js");
        Files.writeString(js, script);
        Process p;
        try {
            p = new ProcessBuilder("node", "--check", js.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("node not installed: script syntax not checked");
            return;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node --check timed out");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** The script runs in a headless Chromium and draws every node, where Chromium is installed. */
    private void headlessBrowserRuns(Path html, JsonObject data) throws Exception {
        Path domFile = dir.resolve("dom.html");
        Process p;
        try {
            p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                    html.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(domFile.toFile()).start();
        } catch (IOException e) {
            Assumptions.abort("chromium not installed: the page's script was not run");
            return;
        }
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assumptions.abort("chromium did not finish");
        }
        String dom = Files.readString(domFile, StandardCharsets.UTF_8);
        Assumptions.assumeTrue(dom.contains("<body"), "chromium gave no page here");
        String expected = data.get("nodes").getAsArray().size() + " " + data.get("edges").getAsArray().size();
        assertTrue(dom.contains("data-ready=\"" + expected + "\""), "the script ran and drew every node and edge");
    }

    @Test
    void exampleHasNoProvenanceLabelOrConfidenceViolations() {
        // The example may hold facts whose object type breaks a relation's range (an extraction error);
        // everything the writer itself is responsible for must conform.
        CliRun r = CliRun.run("validate", "--store", store, "--examples", "100");
        for (String line : r.out().split("\n")) {
            if (line.matches("\\s+\\d+\\s+kgs:.*")) {
                assertTrue(line.matches("\\s+\\d+\\s+kgs:\\w+-(range|domain)\\s+sh:ClassConstraintComponent"), line);
            }
        }
        assertTrue(r.exitCode() == 0 ? r.out().startsWith("conforms") : r.out().startsWith("does not conform"), r.out());
    }

    @Test
    void unknownExportFormatIsAnError() {
        CliRun r = CliRun.run("export", "--store", store, "--format", "xlsx");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("softkg: "), r.err());
    }
}
