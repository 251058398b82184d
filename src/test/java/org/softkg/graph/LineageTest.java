package org.softkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/** Lineage trees, entity lookup and the text printer, on hand-built graphs. */
class LineageTest {

    private static final Graph GRAPH = TestGraphs.parse(TestGraphs.LINEAGE);

    private static String print(Graph g, String name, boolean why, int depth) {
        Node e = new EntityFinder(g).find(name);
        StringWriter out = new StringWriter();
        new LineageText(g, why).write(new Lineage(g).of(e, depth), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void ancestryAndDescendantsAsATree() {
        assertEquals("""
                Gamma  [OperatingSystem]
                ancestors
                └── basedOn → Beta OS  [OperatingSystem]
                    └── forkedFrom → Alpha OS  [OperatingSystem]
                descendants
                └── ← successorOf Delta  [OperatingSystem]
                """, print(GRAPH, "gamma", false, 0));
    }

    @Test
    void whyPrintsTheSentenceUnderEachEdge() {
        String out = print(GRAPH, "Beta OS", true, 0);
        assertTrue(out.contains("└── forkedFrom → Alpha OS  [OperatingSystem]\n"
                + "        \"Beta OS is a fork of Alpha OS .\"\n"
                + "          (Test sentence 1, rule test-rule, confidence 0.90)\n"), out);
        assertTrue(out.contains("    └── ← successorOf Delta  [OperatingSystem]\n"
                + "            \"Delta is the successor of Gamma .\""), out);
    }

    @Test
    void depthLimitsTheGenerations() {
        String out = print(GRAPH, "Delta", false, 1);
        assertTrue(out.contains("successorOf → Gamma"), out);
        assertTrue(!out.contains("Beta OS"), out);
    }

    @Test
    void inverseStatementsAreFollowedAndCyclesStop() {
        Graph g = TestGraphs.parse(TestGraphs.LINEAGE
                + "ent:alpha kg:hasFork ent:epsilon . ent:epsilon a kg:OperatingSystem ; rdfs:label \"Epsilon\" ."
                + "ent:alpha kg:basedOn ent:delta .");
        String out = print(g, "Alpha", false, 0);
        assertTrue(out.contains("← forkedFrom Epsilon"), out);
        assertTrue(out.contains("(shown above)"), out);
    }

    @Test
    void namesMatchLabelsAndAliasesIgnoringCase() {
        EntityFinder f = new EntityFinder(GRAPH);
        Node alpha = org.apache.jena.graph.NodeFactory.createURI(Vocab.ENTITY_NS + "alpha");
        assertEquals(alpha, f.find("ALPHA os"));
        assertEquals(alpha, f.find("alpha"));
        assertEquals(alpha, f.find("ent:alpha"));
    }

    @Test
    void unknownNameListsCloseNames() {
        var e = assertThrows(EntityFinder.NameException.class, () -> new EntityFinder(GRAPH).find("Betta OS"));
        assertEquals("no entity named 'Betta OS'; close names: Beta OS", e.getMessage());
    }

    @Test
    void severalEntitiesWithTheNameAreListed() {
        Graph g = TestGraphs.parse(TestGraphs.LINEAGE + "ent:gamma_lang a kg:ProgrammingLanguage ; rdfs:label \"gamma\" .");
        var e = assertThrows(EntityFinder.NameException.class, () -> new EntityFinder(g).find("Gamma"));
        assertTrue(e.getMessage().startsWith("several entities are named 'Gamma': "), e.getMessage());
        assertTrue(e.getMessage().contains("ent:gamma") && e.getMessage().contains("ent:gamma_lang"), e.getMessage());
    }
}
