package org.softkg.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.nlp.TextSegmenter;

/**
 * Reads a plain text or Markdown source as one document: checks that the bytes are UTF-8 text (a NUL
 * byte or an invalid sequence is reported with its line and byte offset), strips Markdown, and splits
 * the prose into sentences and tokens with character offsets into the decoded text. Tokens are untagged
 * ({@code O}): a name finder stage tags them.
 */
final class RawText {

    /** Largest raw text file read. */
    static final int MAX_BYTES = 256 << 20;

    private RawText() {
    }

    /** The document of {@code in}, or {@code null} when it holds no sentence. */
    static Document read(InputStream in, Source source, boolean markdown) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InputFormatException(source.name(), 0, "larger than " + (MAX_BYTES >> 20) + " MB, too large for raw text");
        }
        String text = decode(bytes, source.name());
        String title = source.title();
        String visible;
        List<int[]> blocks;
        IntFunction<Sentence.Block> blockAt;
        if (markdown) {
            MarkdownText md = MarkdownText.of(text);
            visible = md.visible();
            blocks = md.blocks();
            blockAt = md::blockAt;
            if (md.title() != null) {
                title = md.title();
            }
        } else {
            PlainLines lines = PlainLines.of(text);
            visible = lines.visible();
            blocks = lines.blocks();
            blockAt = lines::blockAt;
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : new TextSegmenter().segment(text, visible, blocks, 0)) {
            Sentence.Block block = blockAt.apply(s.token(0).start());
            sentences.add(block == Sentence.Block.TEXT ? s : s.inBlock(block));
        }
        return sentences.isEmpty() ? null : Document.of(source.id(), title, source.name(), sentences);
    }

    /** Strict UTF-8 decoding; a byte order mark is dropped. */
    static String decode(byte[] bytes, String file) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputFormatException(file, line(bytes, i),
                        "binary data (NUL byte at byte offset " + i + "), not a text file");
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = utf8.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw new InputFormatException(file, line(bytes, at),
                    "not UTF-8 text (invalid byte sequence at byte offset " + at + ")");
        }
        utf8.flush(out);
        out.flip();
        return out.toString();
    }

    private static long line(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
