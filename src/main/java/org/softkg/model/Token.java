package org.softkg.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param text  the token as written
 * @param tag   the entity tag from the input ({@code O}, {@code B-Library}, {@code I-Library}); {@code O} when untagged
 * @param pos   universal part-of-speech tag (UD UPOS: {@code PROPN}, {@code VERB}, {@code ADP}...), or {@code null} before annotation
 * @param lemma lower-case lemma, or {@code null} before annotation
 * @param start character offset in the original text, or -1 when the input had no text (tagged corpora)
 * @param end   character offset one past the token, or -1
 */
public record Token(String text, String tag, String pos, String lemma, int start, int end) {

    public static final String OUTSIDE = "O";

    public Token {
        Objects.requireNonNull(text, "token text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty token text");
        }
        tag = tag == null ? OUTSIDE : tag;
        if ((start < 0) != (end < 0) || (start >= 0 && end < start)) {
            throw new IllegalArgumentException("bad character offsets " + start + ".." + end + " for token '" + text + "'");
        }
    }

    /** A token from a tagged corpus: no offsets, no annotation yet. */
    public static Token tagged(String text, String tag) {
        return new Token(text, tag, null, null, -1, -1);
    }

    /** This token with POS tag and lemma set. */
    public Token withAnnotation(String newPos, String newLemma) {
        return new Token(text, tag, newPos, newLemma, start, end);
    }

    /** This token with a different entity tag. */
    public Token withTag(String newTag) {
        return new Token(text, newTag, pos, lemma, start, end);
    }
}
