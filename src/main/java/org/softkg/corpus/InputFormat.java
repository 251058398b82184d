package org.softkg.corpus;

/** The input formats the corpus readers understand. */
public enum InputFormat {
    /** Decide per file from its content: a first non-blank line {@code <s>} means WikiSER, anything else CoNLL. */
    AUTO,
    /** WikiSER: sentences between {@code <s>} and {@code </s>} lines, one {@code TOKEN<TAB>TAG} per line; one file, one document. */
    WIKISER,
    /** CoNLL-2003 style: blank-line separated sentences, token in the first column, tag in a later one; {@code -DOCSTART-} starts a document. */
    CONLL
}
