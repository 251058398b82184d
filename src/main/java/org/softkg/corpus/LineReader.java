package org.softkg.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 text line by line straight from bytes, so that binary data and invalid UTF-8 are
 * reported on their exact line (a {@code Reader} decodes whole buffers ahead of the lines).
 * ASCII lines, nearly all of a corpus, are copied without decoding. Lines end at {@code \n};
 * a {@code \r} before it and a byte order mark at the start are dropped.
 */
final class LineReader implements Closeable {

    /** Longest line accepted; longer ones are not text. */
    static final int MAX_LINE_BYTES = 1 << 22;

    private static final int BUFFER_BYTES = 1 << 16;

    private final InputStream in;
    private final String file;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNumber;

    /** Reads {@code in}; {@code file} names it in errors. */
    LineReader(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Number of the line last returned (1-based), 0 before the first. */
    long lineNumber() {
        return lineNumber;
    }

    /**
     * The next line without its line end, or {@code null} at the end of the input.
     *
     * @throws InputFormatException on a NUL byte, invalid UTF-8 or an over-long line
     */
    String readLine() throws IOException {
        int scan = pos;
        boolean ascii = true;
        while (true) {
            byte[] b = buffer;
            int end = limit;
            while (scan < end) {
                byte c = b[scan];
                if (c <= '\n') {
                    if (c == '\n') {
                        return take(scan, scan + 1, ascii);
                    }
                    if (c == 0) {
                        throw new InputFormatException(file, lineNumber + 1, "binary data (NUL byte), not a text file");
                    }
                    if (c < 0) {
                        ascii = false;
                    }
                }
                scan++;
            }
            if (eof) {
                return pos == limit ? null : take(limit, limit, ascii);
            }
            int scanned = scan - pos;
            fill();
            scan = pos + scanned;
        }
    }

    private String take(int end, int next, boolean ascii) {
        lineNumber++;
        int start = pos;
        pos = next;
        if (end > start && buffer[end - 1] == '\r') {
            end--;
        }
        if (ascii) {
            return new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
        }
        if (lineNumber == 1 && startsWithByteOrderMark(start, end)) {
            start += 3;
        }
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(buffer, start, end - start));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new InputFormatException(file, lineNumber, "not UTF-8 text (invalid byte sequence)");
        }
    }

    private boolean startsWithByteOrderMark(int start, int end) {
        return end - start >= 3 && buffer[start] == (byte) 0xEF && buffer[start + 1] == (byte) 0xBB
                && buffer[start + 2] == (byte) 0xBF;
    }

    /** Makes room after the unread bytes and reads more; the unread bytes move to the front. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        } else if (limit == buffer.length) {
            if (buffer.length >= MAX_LINE_BYTES) {
                throw new InputFormatException(file, lineNumber + 1,
                        "line longer than " + MAX_LINE_BYTES + " bytes, not a text file");
            }
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_LINE_BYTES));
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
