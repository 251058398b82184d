package org.softkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.RdfSyntax;
import org.softkg.rdf.Reification;
import org.softkg.rdf.TestDocuments;
import org.softkg.rdf.Vocab;

class RdfFileSinkTest {

    @Test
    void nQuadsStreamBeforeClose() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfFileSink sink = new RdfFileSink(out, RdfSyntax.NQUADS, Reification.RDF12);
        for (int i = 0; out.size() == 0; i++) {
            assertTrue(i < 1000, "nothing written after 1000 documents");
            sink.accept(TestDocuments.dragonFly("doc" + i));
        }
        sink.close();
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), RdfSyntax.NQUADS.lang()).parse(back);
        assertTrue(back.getGraph(DocumentRdf.documentNode("doc0")).contains(Node.ANY, Vocab.kg("forkedFrom"), Node.ANY));
    }

    @Test
    void turtleIsWrittenAtClose() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfFileSink sink = new RdfFileSink(out, RdfSyntax.TURTLE, Reification.RDF12);
        sink.accept(TestDocuments.single("one", "A", "uses", "B"));
        assertEquals(0, out.size());
        sink.close();
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("kg:uses"));
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void everySyntaxHoldsBothDocuments(RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RdfFileSink sink = new RdfFileSink(out, syntax, Reification.RDF12)) {
            sink.accept(TestDocuments.dragonFly("DragonFly_BSD"));
            sink.accept(TestDocuments.single("two", "C", "uses", "D"));
        }
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), syntax.lang()).parse(back);
        Graph all = GraphFactory.createDefaultGraph();
        back.find().forEachRemaining(q -> all.add(q.asTriple()));
        Reification form = syntax.hasTripleTerms() ? Reification.RDF12 : Reification.RDF11;
        Graph expected = GraphFactory.createDefaultGraph();
        DocumentRdf rdf = new DocumentRdf(form);
        rdf.toGraph(TestDocuments.dragonFly("DragonFly_BSD")).find().forEachRemaining(expected::add);
        rdf.toGraph(TestDocuments.single("two", "C", "uses", "D")).find().forEachRemaining(expected::add);
        assertTrue(all.isIsomorphicWith(expected), syntax::toString);
        assertEquals(syntax.isQuads(), back.containsGraph(DocumentRdf.documentNode("two")), syntax::toString);
    }

    @Test
    void rdf11OptionWritesStatementsInTurtle() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RdfFileSink sink = new RdfFileSink(out, RdfSyntax.TURTLE, Reification.RDF11)) {
            sink.accept(TestDocuments.single("one", "A", "uses", "B"));
        }
        String ttl = out.toString(StandardCharsets.UTF_8);
        assertTrue(ttl.contains("rdf:Statement") && !ttl.contains("rdf:reifies"), ttl);
    }
}
