package org.softkg.eval;

/**
 * Why a gold fact was missed, told by which of its two names the extraction found as entities of the
 * sentence: when both were found the relation reading failed; otherwise the names did (tags that miss
 * or cut a name, a name the repair did not find).
 */
public enum MissCause {
    /** Both names are entities of the sentence, and no fact joins them with the gold relation. */
    NO_FACT_BETWEEN_NAMES("both names found"),
    /** The object was found, the subject was not. */
    SUBJECT_NOT_FOUND("subject not found"),
    /** The subject was found, the object was not. */
    OBJECT_NOT_FOUND("object not found"),
    /** Neither name was found. */
    NEITHER_FOUND("neither name found");

    private final String label;

    MissCause(String label) {
        this.label = label;
    }

    /** The words the report prints. */
    public String label() {
        return label;
    }

    /** The cause for a missed fact whose subject and object were or were not found. */
    public static MissCause of(boolean subjectFound, boolean objectFound) {
        if (subjectFound && objectFound) {
            return NO_FACT_BETWEEN_NAMES;
        }
        if (subjectFound) {
            return OBJECT_NOT_FOUND;
        }
        return objectFound ? SUBJECT_NOT_FOUND : NEITHER_FOUND;
    }
}
