package org.softkg.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the format of an input from its name and the start of its content: {@code .md} and
 * {@code .markdown} files are Markdown; a first non-blank line {@code <s>} means WikiSER; content whose
 * lines mostly look like CoNLL token lines (2 to 12 columns, the second or the last one a tag such as
 * {@code O} or {@code B-Library}, or {@code -DOCSTART-}) is CoNLL; anything else is raw text.
 */
final class FormatDetector {

    /** Bytes looked at. */
    static final int SAMPLE_BYTES = 1 << 16;
    private static final int SAMPLE_LINES = 200;
    private static final double CONLL_SHARE = 0.6;
    private static final Pattern TAG = Pattern.compile("O|[BIESLU]-[A-Za-z][\\w-]*");
    private static final Pattern COLUMNS = Pattern.compile("[\\t ]+");

    private FormatDetector() {
    }

    /** WikiSER when the line is {@code <s>}, CoNLL otherwise (for a first line alone). */
    static InputFormat detect(String firstNonBlankLine) {
        return firstNonBlankLine.strip().equals("<s>") ? InputFormat.WIKISER : InputFormat.CONLL;
    }

    /** The format of a source named {@code name} that starts with {@code sample} ({@code complete}: the whole input). */
    static InputFormat detect(String name, byte[] sample, int length, boolean complete) {
        String lower = DocumentNames.fileName(name).toLowerCase(Locale.ROOT).replaceAll("\\.(gz|gzip)$", "");
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return InputFormat.MARKDOWN;
        }
        int bom = length >= 3 && sample[0] == (byte) 0xEF && sample[1] == (byte) 0xBB && sample[2] == (byte) 0xBF ? 3 : 0;
        String text = new String(sample, bom, length - bom, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", -1);
        int usable = complete ? lines.length : lines.length - 1;
        int nonBlank = 0;
        int conll = 0;
        for (int i = 0; i < usable && nonBlank < SAMPLE_LINES; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (nonBlank == 0 && line.equals("<s>")) {
                return InputFormat.WIKISER;
            }
            nonBlank++;
            if (conllLine(line)) {
                conll++;
            }
        }
        if (nonBlank == 0) {
            return InputFormat.CONLL; // blank: no document either way
        }
        return conll >= CONLL_SHARE * nonBlank ? InputFormat.CONLL : InputFormat.RAW;
    }

    private static boolean conllLine(String line) {
        if (line.startsWith("-DOCSTART-")) {
            return true;
        }
        String[] cols = COLUMNS.split(line);
        return cols.length >= 2 && cols.length <= 12
                && (TAG.matcher(cols[1]).matches() || TAG.matcher(cols[cols.length - 1]).matches());
    }
}
