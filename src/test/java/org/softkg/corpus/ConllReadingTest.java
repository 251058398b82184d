package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

class ConllReadingTest {

    @Test
    void blankLinesSeparateSentences() {
        Document d = Reading.document("so.txt", "\nJava\tB-Language\nrocks\tO\n\n\nUse\tO\nnpm\tB-Application\n",
                InputFormat.AUTO);
        assertEquals(2, d.sentences().size());
        assertEquals("Java/B-Language rocks/O", Reading.tagged(d.sentences().get(0)));
        assertEquals("Use/O npm/B-Application", Reading.tagged(d.sentences().get(1)));
    }

    @Test
    void fileWithoutDocstartIsOneUntitledDocumentNamedByTheFile() {
        Document d = Reading.document("data/so.conll", "Java B-Language\n", InputFormat.AUTO);
        assertEquals("so", d.id());
        assertNull(d.title());
    }

    @Test
    void spaceSeparatedColumnsTakeTheLastAsTag() {
        String conll2003 = """
                -DOCSTART- -X- -X- O

                Linux NNP B-NP B-Operating_System
                runs VBZ B-VP O
                Emacs NNP B-NP B-Application
                """;
        Document d = Reading.document("c.txt", conll2003, InputFormat.AUTO);
        assertEquals("Linux/B-Operating_System runs/O Emacs/B-Application", Reading.tagged(d.sentences().get(0)));
    }

    @Test
    void docstartStartsNumberedDocuments() {
        String text = "-DOCSTART- O\n\nA O\n\nB O\n\n-DOCSTART- O\n\nC O\n";
        List<Document> docs = new ArrayList<>();
        try (DocumentStream s = CorpusInput.open("news.txt", Reading.stream(text), InputFormat.AUTO)) {
            s.forEachRemaining(docs::add);
        }
        assertEquals(List.of("news-1", "news-2"), docs.stream().map(Document::id).toList());
        assertEquals(2, docs.get(0).sentences().size());
        assertEquals(0, docs.get(1).sentences().get(0).index());
        assertNull(docs.get(1).title());
    }

    @Test
    void docstartOnStdinNumbersStdin() {
        try (DocumentStream s = CorpusInput.open("-", Reading.stream("-DOCSTART-\nA O\n"), InputFormat.AUTO)) {
            assertEquals("stdin-1", s.next().id());
        }
    }

    @Test
    void softnerColumnsTakeTheSecondAsTag() {
        String softner = """
                In\tO\tCTC_PRED:0\tpred_seg_label:O
                Java\tB-Language\tCTC_PRED:0\tpred_seg_label:Name
                +\tO\tCTC_PRED:0\tpred_seg_label:Name

                Use\tO\tCTC_PRED:1\tpred_seg_label:O
                """;
        Document d = Reading.document("dev.txt", softner, InputFormat.AUTO);
        assertEquals("In/O Java/B-Language +/O", Reading.tagged(d.sentences().get(0)));
        assertEquals("Use/O", Reading.tagged(d.sentences().get(1)));
    }

    @Test
    void tagColumnChosenFromTheFirstSentenceHoldsForTheRest() {
        String text = "A\tO\tO\n\nB\tB-Library\tB-Language\n";
        Document d = Reading.document("x.txt", text, InputFormat.AUTO);
        assertEquals("B/B-Language", Reading.tagged(d.sentences().get(1)));
    }
}
