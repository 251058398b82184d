package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

class WikiSerReadingTest {

    private static final String TWO_SENTENCES = """
            <s>
            DragonFly\tO
            BSD\tB-Operating_System
            is\tO
            free\tB-License
            </s>
            <s>
            It\tO
            runs\tO
            </s>
            """;

    @Test
    void sentencesBecomeTaggedTokens() {
        Document d = Reading.document("DragonFly_BSD.txt", TWO_SENTENCES, InputFormat.AUTO);
        assertEquals(2, d.sentences().size());
        assertEquals("DragonFly/O BSD/B-Operating_System is/O free/B-License", Reading.tagged(d.sentences().get(0)));
        assertEquals("It/O runs/O", Reading.tagged(d.sentences().get(1)));
    }

    @Test
    void sentenceTextIsTokensJoinedBySpaces() {
        Document d = Reading.document("DragonFly_BSD.txt", TWO_SENTENCES, InputFormat.AUTO);
        assertEquals("DragonFly BSD is free", d.sentences().get(0).text());
    }

    @Test
    void idIsFileNameWithoutExtensionAndTitleHasSpaces() {
        Document d = Reading.document("corpus/DragonFly_BSD.txt", TWO_SENTENCES, InputFormat.AUTO);
        assertEquals("DragonFly_BSD", d.id());
        assertEquals("DragonFly BSD", d.title());
        assertEquals("corpus/DragonFly_BSD.txt", d.source());
    }

    @Test
    void tokensKeepInnerSpaces() {
        Document d = Reading.document("x.txt", "<s>\ntuner(s )\tO\n</s>\n", InputFormat.AUTO);
        assertEquals("tuner(s )", d.sentences().get(0).token(0).text());
    }

    @Test
    void extraColumnsAreIgnored() {
        Document d = Reading.document("x.txt", "<s>\nLinux\tB-Operating_System\tNNP\t0.9\n</s>\n", InputFormat.AUTO);
        assertEquals("Linux/B-Operating_System", Reading.tagged(d.sentences().get(0)));
    }

    @Test
    void blankLinesAndWindowsLineEndsAreTolerated() {
        Document d = Reading.document("x.txt", "\r\n<s>\r\nA\tO\r\n</s>\r\n\r\n\r\n<s>\r\nB\tO\r\n</s>\r\n", InputFormat.AUTO);
        assertEquals(2, d.sentences().size());
        assertEquals("B/O", Reading.tagged(d.sentences().get(1)));
    }

    @Test
    void lastLineWithoutNewlineIsRead() {
        Document d = Reading.document("x.txt", "<s>\nA\tO\n</s>", InputFormat.AUTO);
        assertEquals(1, d.sentences().size());
    }

    @Test
    void tagTypeIsNormalisedToTheEntityTypeName() {
        Document d = Reading.document("x.txt", "<s>\nLinux\tb-operating_system\nkernel\ti-OPERATING_SYSTEM\nrocks\to\n</s>\n",
                InputFormat.AUTO);
        assertEquals("Linux/B-Operating_System kernel/I-Operating_System rocks/O", Reading.tagged(d.sentences().get(0)));
    }

    @Test
    void iob1AndBrokenSequencesAreKeptAsTheyAre() {
        Document d = Reading.document("x.txt", "<s>\nfree\tI-License\nBSD\tI-Operating_System\nthen\tO\nGPL\tI-License\n"
                + "LGPL\tB-License\n</s>\n", InputFormat.AUTO);
        assertEquals("free/I-License BSD/I-Operating_System then/O GPL/I-License LGPL/B-License",
                Reading.tagged(d.sentences().get(0)));
    }

    @Test
    void bareTypeTagIsAccepted() {
        Document d = Reading.document("x.txt", "<s>\nLinux\toperating_system\n</s>\n", InputFormat.AUTO);
        assertEquals("Linux/Operating_System", Reading.tagged(d.sentences().get(0)));
    }

    @Test
    void utf8TokensAreDecoded() {
        Document d = Reading.document("x.txt", "\uFEFF<s>\nGödel\tO\n→\tO\n</s>\n", InputFormat.AUTO);
        assertEquals("Gödel →", d.sentences().get(0).text());
    }

    @Test
    void stdinHasIdStdinAndNoTitle() {
        Document d = Reading.document("-", TWO_SENTENCES, InputFormat.AUTO);
        assertEquals("stdin", d.id());
        assertNull(d.title());
        assertEquals("-", d.source());
    }
}
