package org.softkg.relation;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One relation rule of a rule file.
 *
 * @param id         unique id, recorded on each fact it produces
 * @param relation   local name of the ontology property
 * @param pattern    the compiled {@code match} pattern
 * @param confidence confidence of its facts, in [0,1]
 * @param examples   at least one example with its expected facts
 * @param file       the rule file, as named by the user or the resource path
 * @param line       1-based line of the {@code rule} keyword
 * @param backoff    true for a rule of the backoff tier ({@code tier backoff}): its facts are kept only where
 *                   no ordinary rule read the same pair of entities, or the same object for the same relation
 * @param unless     lower-case words and lemmas ({@code unless} lines): the rule reads nothing from a sentence that
 *                   holds one of them ("released by" names a maker, except in a sentence about a game or that
 *                   names the developer as well); empty for most rules
 */
public record Rule(String id, String relation, RulePattern pattern, double confidence, List<RuleExample> examples,
                   String file, int line, boolean backoff, Set<String> unless) {

    /** A rule with no {@code unless} words. */
    public Rule(String id, String relation, RulePattern pattern, double confidence, List<RuleExample> examples,
                String file, int line, boolean backoff) {
        this(id, relation, pattern, confidence, examples, file, line, backoff, Set.of());
    }

    /** An ordinary (not backoff) rule. */
    public Rule(String id, String relation, RulePattern pattern, double confidence, List<RuleExample> examples,
                String file, int line) {
        this(id, relation, pattern, confidence, examples, file, line, false);
    }

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(pattern, "pattern");
        examples = List.copyOf(examples);
        unless = Set.copyOf(unless);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0,1] in rule " + id);
        }
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " has no example");
        }
    }

    /** True when the sentence, given by its lower-case words and its lemmas, holds one of the {@code unless} words. */
    public boolean vetoedBy(Set<String> words, Set<String> lemmas) {
        for (String w : unless) {
            if (words.contains(w) || lemmas.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return id + " (" + relation + ", " + file + ":" + line + ")";
    }
}
