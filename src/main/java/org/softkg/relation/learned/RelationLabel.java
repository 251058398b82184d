package org.softkg.relation.learned;

/**
 * The classifier's outcome for a pair: {@link #NONE}, or a relation and its direction ({@code forkedFrom>} when the
 * first mention is the subject, {@code forkedFrom<} when the second is).
 *
 * @param relation the relation's local name, or null for NONE
 * @param forward  true when the first mention (in text order) is the subject
 */
public record RelationLabel(String relation, boolean forward) {

    /** The outcome of pairs that state no relation. */
    public static final String NONE = "NONE";

    /** The outcome string of this label. */
    public String outcome() {
        return relation + (forward ? ">" : "<");
    }

    /** The label of an outcome string, or null for {@link #NONE}. */
    public static RelationLabel parse(String outcome) {
        if (NONE.equals(outcome)) {
            return null;
        }
        char d = outcome.charAt(outcome.length() - 1);
        if (d != '>' && d != '<') {
            throw new IllegalArgumentException("not a relation outcome: " + outcome);
        }
        return new RelationLabel(outcome.substring(0, outcome.length() - 1), d == '>');
    }
}
