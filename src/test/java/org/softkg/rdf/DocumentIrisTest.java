package org.softkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.softkg.model.Fact;

class DocumentIrisTest {

    @Test
    void documentIdIsPercentEncoded() {
        assertEquals(Vocab.DOC_NS + "C%2B%2B%20notes%2Fdraft%231", DocumentIris.document("C++ notes/draft#1"));
        assertTrue(IRIx.create(DocumentIris.document("a b?c%d")).isReference());
    }

    @Test
    void sentenceIriIsUnderItsDocument() {
        assertEquals(Vocab.DOC_NS + "Linux/sentence/3", DocumentIris.sentence("Linux", 3));
    }

    @Test
    void extractionIriIsStableAndDiffersPerSentence() {
        Fact f0 = TestDocuments.dragonFly("D").facts().get(0);
        Fact f1 = TestDocuments.dragonFly("D").facts().get(1);
        assertEquals(DocumentIris.extraction(f0), DocumentIris.extraction(TestDocuments.dragonFly("D").facts().get(0)));
        assertNotEquals(DocumentIris.extraction(f0), DocumentIris.extraction(f1));
        assertTrue(DocumentIris.extraction(f0).startsWith(Vocab.DOC_NS + "D/fact/"));
    }
}
