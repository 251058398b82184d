package org.softkg.eval;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of the gold set: its position in the development file, the short hash of its text,
 * the part of the gold set it belongs to, and every fact it states (none for a sentence that states
 * none).
 *
 * @param id    0-based position of the sentence in the development file
 * @param hash  {@link SentenceHash} of the sentence's tokens
 * @param split the part of the gold set ({@link Split#TUNE} or {@link Split#HELDOUT})
 * @param facts the facts the sentence states
 * @param line  the line of the gold file it was read from (1-based, 0 when built in code)
 * @param round the annotation round that added the sentence (1 when the line names none)
 */
public record GoldSentence(int id, String hash, Split split, List<GoldFact> facts, long line, int round) {

    public GoldSentence {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(split, "split");
        facts = List.copyOf(facts);
    }

    /** A sentence of the first annotation round. */
    public GoldSentence(int id, String hash, Split split, List<GoldFact> facts, long line) {
        this(id, hash, split, facts, line, 1);
    }
}
