package org.softkg.corpus;

/** The input formats the corpus readers understand. */
public enum InputFormat {
    /**
     * Decide per file: {@code .md}/{@code .markdown} is Markdown; otherwise from the content: a first
     * non-blank line {@code <s>} means WikiSER, lines that look like CoNLL token lines mean CoNLL,
     * anything else is raw text.
     */
    AUTO,
    /** WikiSER: sentences between {@code <s>} and {@code </s>} lines, one {@code TOKEN<TAB>TAG} per line; one file, one document. */
    WIKISER,
    /** CoNLL-2003 style: blank-line separated sentences, token in the first column, tag in a later one; {@code -DOCSTART-} starts a document. */
    CONLL,
    /** Plain UTF-8 text: one file, one document; sentences and tokens found by OpenNLP, tags by a name finder. */
    RAW,
    /** Markdown: like raw text after the markup is stripped; the first level-1 heading is the title. */
    MARKDOWN
}
