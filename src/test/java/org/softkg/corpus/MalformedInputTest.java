package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MalformedInputTest {

    private static InputFormatException wikiSer(String text) {
        return Reading.error("bad.txt", text, InputFormat.AUTO);
    }

    private static InputFormatException conll(String text) {
        return Reading.error("bad.txt", text, InputFormat.CONLL);
    }

    @Test
    void nulByteIsBinaryDataOnItsLine() {
        InputFormatException e = wikiSer("<s>\nA\tO\nB\u0000\tO\n</s>\n");
        assertEquals("bad.txt:3: binary data (NUL byte), not a text file", e.getMessage());
    }

    @Test
    void invalidUtf8IsNotTextOnItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("<s>\nA\tO\nB".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.writeBytes("\tO\n</s>\n".getBytes(StandardCharsets.UTF_8));
        try (DocumentStream s = CorpusInput.open("bad.txt", new ByteArrayInputStream(bytes.toByteArray()), InputFormat.AUTO)) {
            InputFormatException e = assertThrows(InputFormatException.class, s::next);
            assertEquals("bad.txt:3: not UTF-8 text (invalid byte sequence)", e.getMessage());
        }
    }

    @Test
    void missingCloseAtEndOfFileNamesTheOpeningLine() {
        InputFormatException e = wikiSer("<s>\nA\tO\n</s>\n<s>\nB\tO\n");
        assertEquals(4, e.line());
        assertEquals("bad.txt:4: the sentence opened here has no </s> before the end of the file", e.getMessage());
    }

    @Test
    void openInsideASentenceIsAMissingClose() {
        InputFormatException e = wikiSer("<s>\nA\tO\n<s>\nB\tO\n</s>\n");
        assertEquals("bad.txt:3: <s> inside a sentence: the sentence opened on line 1 has no </s>", e.getMessage());
    }

    @Test
    void closeWithoutOpen() {
        assertEquals("bad.txt:4: </s> without <s>", wikiSer("<s>\nA\tO\n</s>\n</s>\n").getMessage());
    }

    @Test
    void wikiSerTokenLineWithoutTag() {
        assertEquals("bad.txt:3: token line with no tag: 'B'", wikiSer("<s>\nA\tO\nB\n</s>\n").getMessage());
    }

    @Test
    void conllTokenLineWithoutTag() {
        assertEquals("bad.txt:2: token line with no tag: 'B'", conll("A O\nB\n").getMessage());
    }

    @Test
    void tokenLineWithEmptyTagColumn() {
        assertEquals("bad.txt:2: token line with no tag: 'B\t'", conll("A\tO\nB\t\n").getMessage());
    }

    @Test
    void lineTooShortForTheChosenTagColumn() {
        assertEquals("bad.txt:4: no tag in column 4 (the tag column of this file): 'runs VBZ'",
                conll("Linux NNP B-NP B-Operating_System\nis VBZ B-VP O\n\nruns VBZ\n").getMessage());
    }

    @Test
    void emptyToken() {
        assertEquals("bad.txt:3: empty token", wikiSer("<s>\nA\tO\n\tO\n</s>\n").getMessage());
    }

    @Test
    void tagWithAnUnknownPrefix() {
        assertEquals("bad.txt:2: malformed tag 'X-Foo' (expected O, B-Type or I-Type)",
                wikiSer("<s>\nA\tX-Foo\n</s>\n").getMessage());
    }

    @Test
    void prefixWithoutType() {
        assertEquals("bad.txt:3: malformed tag 'B-': no entity type after 'B-'",
                wikiSer("<s>\nA\tO\nB\tB-\n</s>\n").getMessage());
    }

    @Test
    void unknownEntityTypeListsTheKnownOnes() {
        assertEquals("bad.txt:2: unknown entity type 'Vegetable' in tag 'B-Vegetable' (known: Algorithm, Application, "
                + "Architecture, Data_Structure, Device, Error_Name, General_Concept, Language, Library, License, "
                + "Operating_System, Protocol, Person, Organization)", wikiSer("<s>\nCarrot\tB-Vegetable\n</s>\n").getMessage());
    }

    @Test
    void sentenceWithoutTokens() {
        assertEquals("bad.txt:4: sentence with no tokens", wikiSer("<s>\nA\tO\n</s>\n<s>\n\n</s>\n").getMessage());
    }

    @Test
    void tokenLineOutsideASentence() {
        assertEquals("bad.txt:4: token line outside <s>...</s>: 'B\tO'", wikiSer("<s>\nA\tO\n</s>\nB\tO\n").getMessage());
    }

    @Test
    void errorInTheFirstConllSentenceHasItsOwnLine() {
        assertEquals("bad.txt:5: malformed tag 'X-Foo' (expected O, B-Type or I-Type)",
                conll("\n\nA O\nB O\nC X-Foo\n\nD O\n").getMessage());
    }

    @Test
    void errorAfterTheFirstSentenceHasItsOwnLine() {
        assertEquals("bad.txt:4: malformed tag 'I' (expected O, B-Type or I-Type)",
                conll("A O\n\nB O\nC I\n").getMessage());
    }

    @Test
    void forcedWikiSerOnConllContentFailsOnTheFirstLine() {
        assertEquals(1, Reading.error("x.txt", "A\tO\n", InputFormat.WIKISER).line());
    }

    @Test
    void forcedConllOnWikiSerContentFailsOnTheFirstLine() {
        assertEquals("x.txt:1: token line with no tag: '<s>'",
                Reading.error("x.txt", "<s>\nA\tO\n</s>\n", InputFormat.CONLL).getMessage());
    }

    @Test
    void malformedDocumentIsNeverReturnedAndEndsItsFile() {
        String text = "-DOCSTART- O\n\nA O\n\n-DOCSTART- O\n\nB O\nC X-Foo\n\n-DOCSTART- O\n\nD O\n";
        try (DocumentStream s = CorpusInput.open("news.txt", Reading.stream(text), InputFormat.AUTO)) {
            assertEquals(List.of("news-1", "news.txt:8: malformed tag 'X-Foo' (expected O, B-Type or I-Type)"),
                    Reading.outcomes(s));
        }
    }

    @Test
    void missingFileFailsOnLineZero() {
        try (DocumentStream s = CorpusInput.open("/nonexistent/softkg/none.txt", InputFormat.AUTO)) {
            InputFormatException e = assertThrows(InputFormatException.class, s::next);
            assertEquals(0, e.line());
            assertEquals("/nonexistent/softkg/none.txt: cannot open: no such file", e.getMessage());
        }
    }
}
