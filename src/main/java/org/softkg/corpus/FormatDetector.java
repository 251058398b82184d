package org.softkg.corpus;

/** Tells the format of an input from its first non-blank line. */
final class FormatDetector {

    private FormatDetector() {
    }

    /** WikiSER when the line is {@code <s>}, CoNLL otherwise. */
    static InputFormat detect(String firstNonBlankLine) {
        return firstNonBlankLine.strip().equals("<s>") ? InputFormat.WIKISER : InputFormat.CONLL;
    }
}
