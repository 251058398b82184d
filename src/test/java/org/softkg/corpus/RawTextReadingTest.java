package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

class RawTextReadingTest {

    private static final String TEXT = "DragonFly BSD is a free and open-source Unix-like operating system forked from "
            + "FreeBSD 4.8.  Matthew Dillon started it in 2003.\n\nHAMMER2 replaced HAMMER.\n";

    @Test
    void plainTextIsSplitIntoSentencesWithOffsetsIntoTheOriginal() {
        Document d = Reading.document("DragonFly_BSD.txt", TEXT, InputFormat.AUTO);
        assertEquals("DragonFly BSD", d.title());
        assertEquals(3, d.sentences().size());
        for (Sentence s : d.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), TEXT.substring(t.start(), t.end()));
                assertEquals(Token.OUTSIDE, t.tag());
            }
            assertEquals(s.text(), TEXT.substring(s.token(0).start(), s.token(s.size() - 1).end()));
        }
        assertEquals("Matthew Dillon started it in 2003.", d.sentences().get(1).text());
        assertEquals("HAMMER2 replaced HAMMER.", d.sentences().get(2).text());
        Token freebsd = d.sentences().get(0).tokens().stream().filter(t -> t.text().equals("FreeBSD")).findFirst().orElseThrow();
        assertEquals(TEXT.indexOf("FreeBSD"), freebsd.start());
    }

    @Test
    void wrappedListItemsOfPlainReleaseNotesAreOneBlockEach() {
        String news = "Version 2.4\n===========\n* Quill now requires Zeta 1.2 or later\n"
                + "  on every platform\n* Add support for Kappa\n\u2022 Fix a crash on Haiku\n";
        Document d = Reading.document("NEWS.txt", news, InputFormat.AUTO);
        assertEquals(List.of("Version 2.4", "Quill now requires Zeta 1.2 or later\n  on every platform",
                "Add support for Kappa", "Fix a crash on Haiku"), d.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of(Sentence.Block.TEXT, Sentence.Block.ITEM, Sentence.Block.ITEM, Sentence.Block.ITEM),
                d.sentences().stream().map(Sentence::block).toList());
    }

    @Test
    void sentencesDoNotCrossParagraphs() {
        Document d = Reading.document("a.txt", "A title without a stop\n\nThe text starts here.\n", InputFormat.AUTO);
        assertEquals(List.of("A title without a stop", "The text starts here."),
                d.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void markdownFilesAreStrippedAndTheirHeadingIsTheTitle() {
        String md = "# HAMMER2\n\nHAMMER2 is the successor of [HAMMER](https://x.org).\n\n```\ncode here\n```\n";
        Document d = Reading.document("README.md", md, InputFormat.AUTO);
        assertEquals("HAMMER2", d.title());
        assertEquals(List.of("HAMMER2", "HAMMER2 is the successor of [HAMMER](https://x.org)."),
                d.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of("HAMMER2", "is", "the", "successor", "of", "HAMMER", "."),
                d.sentences().get(1).tokens().stream().map(Token::text).toList());
    }

    @Test
    void inputFormatOverridesDetection() {
        Document d = Reading.document("x.txt", "# Not a heading in raw text\n", InputFormat.RAW);
        assertEquals("#", d.sentences().get(0).token(0).text());
        Document md = Reading.document("x.txt", "# Heading\n", InputFormat.MARKDOWN);
        assertEquals("Heading", md.title());
    }

    @Test
    void conllLookingTextIsStillConll() {
        Document d = Reading.document("so.txt", "Java\tB-Language\tX\nis\tO\tX\n\nfun\tO\tX\n", InputFormat.AUTO);
        assertEquals("Java/B-Language is/O", Reading.tagged(d.sentences().get(0)));
    }

    @Test
    void proseWithTagLikeWordsIsRawText() {
        Document d = Reading.document("x.txt", "A B-tree is a data structure.\nO is a letter too.\n", InputFormat.AUTO);
        assertEquals(0, d.sentences().get(0).token(0).start());
    }

    @Test
    void invalidUtf8IsReportedWithLineAndByteOffset() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Plain text here.\nG".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.writeBytes("del\n".getBytes(StandardCharsets.UTF_8));
        try (DocumentStream s = CorpusInput.open("notes.txt", new ByteArrayInputStream(bytes.toByteArray()), InputFormat.AUTO)) {
            InputFormatException e = assertThrows(InputFormatException.class, s::next);
            assertEquals("notes.txt:2: not UTF-8 text (invalid byte sequence at byte offset 18)", e.getMessage());
        }
    }

    @Test
    void binaryDataIsReportedWithByteOffset() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        try (DocumentStream s = CorpusInput.open("image.md", new ByteArrayInputStream(png), InputFormat.AUTO)) {
            InputFormatException e = assertThrows(InputFormatException.class, s::next);
            assertEquals("image.md:3: binary data (NUL byte at byte offset 8), not a text file", e.getMessage());
        }
    }

    @Test
    void emptyTextHasNoDocument() {
        try (DocumentStream s = CorpusInput.open("e.md", Reading.stream("\n\n```\nonly code\n```\n"), InputFormat.AUTO)) {
            assertEquals(List.of(), Reading.outcomes(s));
        }
    }
}
