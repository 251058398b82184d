package org.softkg.model;

import java.util.Objects;

/**
 * A relation between two entities, read from one sentence.
 *
 * @param subject    subject entity IRI
 * @param relation   local name of the ontology property (e.g. {@code forkedFrom})
 * @param object     object entity IRI
 * @param confidence in [0,1]
 * @param rule       id of the rule that produced it
 * @param evidence   where it was read
 */
public record Fact(String subject, String relation, String object, double confidence, String rule, Evidence evidence) {
    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0,1] for rule " + rule);
        }
        if (subject.equals(object)) {
            throw new IllegalArgumentException("fact " + relation + " relates " + subject + " to itself");
        }
    }
}
