package org.softkg.corpus;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.softkg.model.Document;

/**
 * Reads the documents of one source: opens it on the first call, unzips gzip data (found by its magic
 * bytes), picks the format and feeds lines to the parser. After an error or the last document it is
 * finished and its input closed.
 */
final class SourceReader implements Closeable {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int GZIP_BUFFER = 1 << 16;

    private final Source source;
    private final InputFormat format;
    private LineReader lines;
    private DocumentParser parser;
    private InputFormat detected;
    private boolean finished;

    /** Reads {@code source} as {@code format} ({@link InputFormat#AUTO} detects it from the content). */
    SourceReader(Source source, InputFormat format) {
        this.source = source;
        this.format = format;
    }

    /**
     * The next document, or {@code null} when the source has no more.
     *
     * @throws InputFormatException when the source cannot be read or the document is malformed;
     *                              the reader is then finished
     */
    Document next() {
        if (finished) {
            return null;
        }
        try {
            if (lines == null) {
                InputStream in = open();
                if (detected == InputFormat.RAW || detected == InputFormat.MARKDOWN) {
                    try (in) {
                        Document d = RawText.read(in, source, detected == InputFormat.MARKDOWN);
                        finish();
                        return d;
                    }
                }
                lines = new LineReader(in, source.name());
            }
            String line;
            while ((line = lines.readLine()) != null) {
                if (parser == null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    parser = parser(detected);
                }
                Document document = parser.line(line, lines.lineNumber());
                if (document != null) {
                    return document;
                }
            }
            finish();
            return parser == null ? null : parser.end();
        } catch (InputFormatException e) {
            finish();
            throw e;
        } catch (IOException e) {
            long line = lines == null ? 0 : lines.lineNumber() + 1;
            finish();
            throw new InputFormatException(source.name(), line, "cannot read: " + describe(e));
        }
    }

    /** Opens the bytes (unzipped) and settles {@link #detected}. */
    private InputStream open() throws IOException {
        InputStream raw;
        try {
            raw = source.opener().open();
        } catch (IOException e) {
            throw new InputFormatException(source.name(), 0, "cannot open: " + describe(e));
        }
        PushbackInputStream in = new PushbackInputStream(raw, 2);
        byte[] magic = in.readNBytes(2);
        in.unread(magic);
        boolean gzip = magic.length == 2 && (magic[0] & 0xff) == GZIP_MAGIC_1 && (magic[1] & 0xff) == GZIP_MAGIC_2;
        InputStream bytes = new BufferedInputStream(gzip ? new GZIPInputStream(in, GZIP_BUFFER) : in, GZIP_BUFFER);
        detected = format;
        if (format == InputFormat.AUTO) {
            bytes.mark(FormatDetector.SAMPLE_BYTES + 1);
            byte[] sample = bytes.readNBytes(FormatDetector.SAMPLE_BYTES + 1);
            bytes.reset();
            int n = Math.min(sample.length, FormatDetector.SAMPLE_BYTES);
            detected = FormatDetector.detect(source.name(), sample, n, sample.length <= FormatDetector.SAMPLE_BYTES);
        }
        return bytes;
    }

    private DocumentParser parser(InputFormat chosen) {
        return switch (chosen) {
            case WIKISER -> new WikiSerParser(source);
            case CONLL -> new ConllParser(source);
            case RAW, MARKDOWN, AUTO -> throw new IllegalStateException("format not detected for " + source.name());
        };
    }

    /** A short reason for an I/O failure, without the file name the caller already gives. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data (" + e.getMessage() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private void finish() {
        finished = true;
        close();
    }

    /** Closes the input; never throws. */
    @Override
    public void close() {
        if (lines != null) {
            try {
                lines.close();
            } catch (IOException e) {
                // nothing left to read from it
            }
        }
    }
}
