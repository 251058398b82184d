package org.softkg.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IriMinterTest {

    @Test
    void sameNameInAnyCaseGivesOneIri() {
        assertEquals(IriMinter.mint("FreeBSD"), IriMinter.mint("freebsd"));
        assertEquals("https://w3id.org/softkg/entity/freebsd", IriMinter.mint("FreeBSD"));
    }

    @Test
    void spacesBecomeUnderscores() {
        assertEquals(IriMinter.NAMESPACE + "ubuntu_touch", IriMinter.mint("Ubuntu Touch"));
    }

    @Test
    void signsArePercentEncoded() {
        assertEquals(IriMinter.NAMESPACE + "c%2B%2B", IriMinter.mint("C++"));
        assertEquals(IriMinter.NAMESPACE + "c%23", IriMinter.mint("C#"));
        assertEquals(IriMinter.NAMESPACE + "a%2Fb", IriMinter.mint("a/b"));
        assertEquals(IriMinter.NAMESPACE + "100%25", IriMinter.mint("100%"));
    }

    @Test
    void lettersOfAnyScriptAreKept() {
        assertEquals(IriMinter.NAMESPACE + "ö", IriMinter.mint("Ö"));
        assertEquals(IriMinter.NAMESPACE + "日本語", IriMinter.mint("日本語"));
    }

    @Test
    void dotSegmentsAreEncoded() {
        assertEquals(IriMinter.NAMESPACE + "%2E%2E", IriMinter.mint(".."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ubuntu Touch", "Ö", "C#", "C++", "a/b", "x<y>", "\"quoted\"", "100%", "日本語",
            "a b?c=d&e", "back\\slash", "{curly}", "pipe|bar", "caret^", "`tick`", "tab\there", "x86-64",
            ".NET", "..", "Node.js", "İstanbul", "ǰ", "\uD83D\uDE00 emoji", "%41", "it's", "a#b#c", "[x]"})
    void mintedIrisParseWithJena(String label) {
        String iri = IriMinter.mint(label);
        assertDoesNotThrow(() -> IRIx.create(iri), iri);
        assertTrue(IRIx.create(iri).isAbsolute(), iri);
        assertDoesNotThrow(() -> NodeFactory.createURI(iri), iri);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("<" + iri + "> <http://example.org/p> \"x\" .", Lang.NTRIPLES).parse(g);
        assertEquals(1, g.size(), iri);
        assertTrue(g.contains(NodeFactory.createURI(iri), null, null), iri);
    }

    @Test
    void sameLabelGivesSameIriEveryTime() {
        assertEquals(IriMinter.mint("DragonFly BSD"), IriMinter.mint("DragonFly BSD"));
        assertEquals(IriMinter.mint("DragonFly BSD"), IriMinter.mint("dragonfly-BSD"));
    }
}
