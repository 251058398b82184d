package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static LineReader reader(String text) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "f");
    }

    @Test
    void lineLongerThanTheBufferIsWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        LineReader r = reader("a\n" + longLine + "\nb");
        assertEquals("a", r.readLine());
        assertEquals(longLine, r.readLine());
        assertEquals("b", r.readLine());
        assertEquals(3, r.lineNumber());
        assertNull(r.readLine());
    }

    @Test
    void lineNumbersStayExactAcrossBufferRefills() {
        String text = "token\tO\n".repeat(50_000) + "bad\u0000\n";
        InputFormatException e = assertThrows(InputFormatException.class, () -> {
            LineReader r = reader(text);
            while (r.readLine() != null) {
                // read on to the bad line
            }
        });
        assertEquals(50_001, e.line());
    }

    @Test
    void nonAsciiLineAfterAsciiLinesIsDecoded() throws IOException {
        LineReader r = reader("a\r\nß\u00e9\u4e2d\r\n");
        assertEquals("a", r.readLine());
        assertEquals("ß\u00e9\u4e2d", r.readLine());
        assertNull(r.readLine());
    }

    @Test
    void overLongLineIsNotText() {
        byte[] bytes = new byte[LineReader.MAX_LINE_BYTES + 10];
        java.util.Arrays.fill(bytes, (byte) 'x');
        LineReader r = new LineReader(new ByteArrayInputStream(bytes), "f");
        InputFormatException e = assertThrows(InputFormatException.class, r::readLine);
        assertEquals("f:1: line longer than 4194304 bytes, not a text file", e.getMessage());
    }
}
