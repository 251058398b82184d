package org.softkg.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a document.
 *
 * @param index  0-based position of the sentence in its document
 * @param tokens the tokens, never empty
 * @param text   the sentence text (tokens joined by single spaces for tagged input, the original text for raw text)
 * @param block  the kind of text block it stands in: running text, a heading of a Markdown text ("## Features": no
 *               sentence, a label of what follows) or a list item ("- Runs on Linux", a line of a plain-text list)
 */
public record Sentence(int index, List<Token> tokens, String text, Block block) {

    /** The kinds of text block a sentence stands in. */
    public enum Block {
        TEXT, HEADING, ITEM
    }

    /** A sentence of running text. */
    public Sentence(int index, List<Token> tokens, String text) {
        this(index, tokens, text, Block.TEXT);
    }

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index " + index);
        }
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("sentence " + index + " has no tokens");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(block, "block");
    }

    /** A sentence whose text is its tokens joined by single spaces. */
    public static Sentence ofTokens(int index, List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return new Sentence(index, tokens, sb.toString());
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The token texts joined by single spaces over {@code span}. */
    public String text(Span span) {
        checkSpan(span);
        StringBuilder sb = new StringBuilder();
        for (int i = span.start(); i < span.end(); i++) {
            if (i > span.start()) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    /** Fails with the values when {@code span} does not fit this sentence. */
    public void checkSpan(Span span) {
        if (span.end() > tokens.size()) {
            throw new IllegalArgumentException("span end " + span.end() + " past sentence length "
                    + tokens.size() + " in sentence " + index);
        }
    }

    /** True for a heading. */
    public boolean heading() {
        return block == Block.HEADING;
    }

    /** This sentence in a block of another kind. */
    public Sentence inBlock(Block newBlock) {
        return new Sentence(index, tokens, text, newBlock);
    }

    /** This sentence with other tokens (same index, text and block). */
    public Sentence withTokens(List<Token> newTokens) {
        return new Sentence(index, newTokens, text, block);
    }
}
