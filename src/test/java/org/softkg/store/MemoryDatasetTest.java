package org.softkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.corpus.InputFormatException;

class MemoryDatasetTest {

    @TempDir
    Path dir;

    private long count(MemoryDataset data, String sparql) {
        return SparqlRunner.select(data.dataset(), sparql).next().getLiteral("n").getLong();
    }

    @Test
    void triplesAndQuadsFilesAreQueriedTogether() throws IOException {
        Path ttl = Files.writeString(dir.resolve("a.ttl"), "@prefix kg: <https://w3id.org/softkg/ontology#> .\n"
                + "<urn:a> kg:uses <urn:b> .\n");
        Path nq = Files.writeString(dir.resolve("b.nq"),
                "<urn:c> <https://w3id.org/softkg/ontology#uses> <urn:d> <urn:g> .\n");
        MemoryDataset data = new MemoryDataset();
        data.load(ttl);
        data.load(nq);
        assertEquals(2, count(data, "SELECT (COUNT(*) AS ?n) { ?s kg:uses ?o }"));
        assertEquals(1, count(data, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:g> { ?s kg:uses ?o } }"));
    }

    @Test
    void malformedFileReportsFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "<urn:a> <urn:p> <urn:b> .\n<urn:a> <urn:p> .\n");
        MemoryDataset data = new MemoryDataset();
        var e = assertThrows(InputFormatException.class, () -> data.load(bad));
        assertEquals(bad.toString(), e.file());
        assertEquals(2, e.line());
        assertEquals(0, count(data, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "nothing of a bad file is kept");
    }

    @Test
    void unknownExtensionIsAnInputError() throws IOException {
        Path txt = Files.writeString(dir.resolve("a.txt"), "x");
        var e = assertThrows(InputFormatException.class, () -> new MemoryDataset().load(txt));
        assertTrue(e.getMessage().startsWith(txt + ": unknown RDF syntax"), e.getMessage());
    }

    @Test
    void missingFileIsAnInputError() {
        Path none = dir.resolve("none.ttl");
        var e = assertThrows(InputFormatException.class, () -> new MemoryDataset().load(none));
        assertEquals(none + ": not found", e.getMessage());
    }
}
