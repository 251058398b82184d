package org.softkg.rdf;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writing a document's graph in each syntax and parsing it back gives the same graph. */
class RoundTripTest {

    private static final Node NAME = DocumentRdf.documentNode("DragonFly_BSD");

    /** The graph a syntax is expected to carry: RDF 1.1 reification where the syntax has no triple terms. */
    private static Graph expected(RdfSyntax syntax) {
        Reification r = syntax.hasTripleTerms() ? Reification.RDF12 : Reification.RDF11;
        return new DocumentRdf(r).toGraph(TestDocuments.dragonFly("DragonFly_BSD"));
    }

    private static String write(RdfSyntax syntax, Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (syntax.isQuads()) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            dsg.addGraph(NAME, graph);
            RdfOutput.write(out, dsg, syntax, syntax.format());
        } else {
            RdfOutput.write(out, graph, syntax);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void graphSurvivesWriteAndParse(RdfSyntax syntax) {
        Graph graph = new DocumentRdf(Reification.RDF12).toGraph(TestDocuments.dragonFly("DragonFly_BSD"));
        String text = write(syntax, graph);
        Graph back;
        if (syntax.isQuads()) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            RDFParser.fromString(text, syntax.lang()).parse(dsg);
            assertEquals(1, dsg.size(), "one named graph in " + syntax);
            back = dsg.getGraph(NAME);
        } else {
            back = GraphFactory.createDefaultGraph();
            RDFParser.fromString(text, syntax.lang()).parse(back);
        }
        assertTrue(back.isIsomorphicWith(expected(syntax)), () -> syntax + " lost triples:\n" + text);
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void largeFormatSurvivesWriteAndParse(RdfSyntax syntax) {
        Graph graph = new DocumentRdf(Reification.RDF12).toGraph(TestDocuments.dragonFly("DragonFly_BSD"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfOutput.write(out, graph, syntax, syntax.largeFormat());
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), syntax.lang()).parse(back);
        assertTrue(back.isIsomorphicWith(expected(syntax)), syntax::toString);
    }
}
