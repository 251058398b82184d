package org.softkg.relation;

import java.util.HashSet;
import java.util.Set;

/**
 * A cheap necessary condition of a pattern: the sentence holds one of these words or lemmas.
 *
 * @param words  lower-case token texts
 * @param lemmas lemmas
 */
record Requirement(Set<String> words, Set<String> lemmas) {

    Requirement {
        words = Set.copyOf(words);
        lemmas = Set.copyOf(lemmas);
    }

    /** Satisfied by either this or {@code other}. */
    Requirement or(Requirement other) {
        Set<String> w = new HashSet<>(words);
        w.addAll(other.words);
        Set<String> l = new HashSet<>(lemmas);
        l.addAll(other.lemmas);
        return new Requirement(w, l);
    }

    boolean satisfiedBy(Set<String> sentenceWords, Set<String> sentenceLemmas) {
        for (String w : words) {
            if (sentenceWords.contains(w)) {
                return true;
            }
        }
        for (String l : lemmas) {
            if (sentenceLemmas.contains(l)) {
                return true;
            }
        }
        return false;
    }
}
