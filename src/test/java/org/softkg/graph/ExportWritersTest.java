package org.softkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.StatementReification;

/** The writers on names that need quoting or escaping, read back with the matching parsers. */
class ExportWritersTest {

    private static final String TRICKY = "ent:odd a kg:Application ; rdfs:label \"Say \\\"hi\\\", then\\nleave </script> & \\\\go\" ;"
            + " skos:altLabel \"a;b\" , \"c\" . ent:odd kg:runsOn ent:alpha .";

    private static final KgGraph GRAPH = KgGraph.read(TestGraphs.parse(TestGraphs.LINEAGE + TRICKY));

    private static final String LABEL = "Say \"hi\", then\nleave </script> & \\go";

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
        StringWriter w = new StringWriter();
        CsvExport.writeNodes(GRAPH, w);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(w.toString())).getRecords();
        CSVRecord odd = rows.stream().filter(r -> r.get("id:ID").endsWith("/odd")).findFirst().orElseThrow();
        assertEquals(LABEL, odd.get("label"));
        assertEquals("a,b;c", odd.get("aliases:string[]"), "the array separator is kept out of values");
        assertEquals("Entity;Application", odd.get(":LABEL"));
        assertEquals(7, rows.size());
    }

    @Test
    void graphmlEscapesText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMlExport.write(GRAPH, out);
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(out.toByteArray()));
        var data = doc.getElementsByTagNameNS(GraphMlExport.NS, "data");
        boolean found = false;
        for (int i = 0; i < data.getLength(); i++) {
            found |= data.item(i).getTextContent().equals(LABEL);
        }
        assertTrue(found);
    }

    @Test
    void dotEscapesQuotesBackslashesAndLineBreaks() {
        assertEquals("\"Say \\\"hi\\\", then\\nleave </script> & \\\\go\"", DotExport.quote(LABEL));
        StringWriter w = new StringWriter();
        DotExport.write(GRAPH, "g", new PrintWriter(w));
        assertTrue(w.toString().contains(DotExport.quote(LABEL + "\nApplication")), w.toString());
    }

    @Test
    void htmlDataCannotCloseItsScriptElement() {
        StringWriter w = new StringWriter();
        HtmlExport.write(GRAPH, "A <b>title</b> {{DATA}}", new PrintWriter(w));
        var page = Jsoup.parse(w.toString());
        assertEquals("A <b>title</b> {{DATA}}", page.title());
        var data = JSON.parse(page.getElementById(HtmlExport.DATA_ID).data());
        assertTrue(data.get("nodes").getAsArray().stream()
                .anyMatch(n -> n.getAsObject().get("label").getAsString().value().equals(LABEL)));
        assertEquals(2, page.select("script").size(), "the data and the view script only");
    }

    @Test
    void evidenceIsReadFromRdf11StatementsToo() {
        KgGraph g = KgGraph.read(StatementReification.toStatements(TestGraphs.parse(TestGraphs.LINEAGE)));
        KgGraph.KgEdge fork = g.edges().stream().filter(e -> e.relation().equals("forkedFrom")).findFirst().orElseThrow();
        assertEquals(0.9, fork.confidence(), 1e-9);
        assertEquals("Beta OS is a fork of Alpha OS .", fork.evidence().get(0).text());
        assertFalse(g.nodes().stream().anyMatch(n -> n.id().contains("/doc/")), "provenance nodes are not entities");
    }
}
