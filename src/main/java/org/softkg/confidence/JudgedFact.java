package org.softkg.confidence;

import java.util.Objects;

/**
 * One row of a judged-facts file: a fact an extractor produced from a development sentence, and a reader's verdict.
 *
 * @param sentence 0-based position of the sentence in the development file (as the gold set's {@code id})
 * @param hash     {@link org.softkg.eval.SentenceHash} of the sentence's tokens
 * @param subject  the subject's name
 * @param relation the relation's local name ({@code forkedFrom})
 * @param object   the object's name
 * @param rule     the id of the rule that produced the fact
 * @param verdict  right, wrong or unclear
 * @param line     1-based line of the row in its file
 */
public record JudgedFact(int sentence, String hash, String subject, String relation, String object, String rule,
        Verdict verdict, long line) {

    public JudgedFact {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** What makes two rows the same fact: its subject, relation, object and rule (not the sentence). */
    public String key() {
        return subject + '\t' + relation + '\t' + object + '\t' + rule;
    }
}
