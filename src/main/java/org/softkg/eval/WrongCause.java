package org.softkg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.softkg.entity.LabelNormalizer;

/**
 * Why an extracted fact is wrong, told by how its two names stand to the gold facts of its sentence: the
 * sentence states no fact at all, the pair is a gold pair under another relation or the other way round, a
 * name is cut from a gold name (or runs over one), one name is a gold argument and the other is not, or
 * neither is. Only names are compared, so the causes can be counted on a split nobody reads.
 */
public enum WrongCause {
    /** The gold annotation states no fact in the sentence. */
    SENTENCE_STATES_NO_FACT("sentence states no fact"),
    /** Subject and object are a gold pair, in this order, under another relation. */
    OTHER_RELATION("gold pair, other relation"),
    /** Subject and object are a gold pair the other way round. */
    REVERSED("gold pair reversed"),
    /** Both names are gold arguments, but no gold fact relates them. */
    PAIR_NOT_RELATED("gold names, not a gold pair"),
    /** A name that is no gold argument is part of a gold argument's name, or contains one. */
    NAME_CUT("a name cut from or run over a gold name"),
    /** One name is a gold argument, the other is no name of the gold facts. */
    OTHER_ARGUMENT("one name not in the gold facts"),
    /** Neither name is an argument of the gold facts. */
    NO_GOLD_NAME("neither name in the gold facts");

    private final String label;

    WrongCause(String label) {
        this.label = label;
    }

    /** The words the report prints. */
    public String label() {
        return label;
    }

    /** The cause for a wrong fact of a sentence whose gold facts are {@code gold}. */
    public static WrongCause of(ExtractedFact wrong, List<GoldFact> gold) {
        if (gold.isEmpty()) {
            return SENTENCE_STATES_NO_FACT;
        }
        for (GoldFact g : gold) {
            if (names(g.subjectNames(), wrong.subjectKeys()) && names(g.objectNames(), wrong.objectKeys())) {
                return OTHER_RELATION;
            }
        }
        for (GoldFact g : gold) {
            if (names(g.objectNames(), wrong.subjectKeys()) && names(g.subjectNames(), wrong.objectKeys())) {
                return REVERSED;
            }
        }
        List<String> goldNames = new ArrayList<>();
        for (GoldFact g : gold) {
            goldNames.addAll(g.subjectNames());
            goldNames.addAll(g.objectNames());
        }
        boolean subject = names(goldNames, wrong.subjectKeys());
        boolean object = names(goldNames, wrong.objectKeys());
        if (subject && object) {
            return PAIR_NOT_RELATED;
        }
        if ((!subject && overlapsAny(wrong.subjectKeys(), goldNames))
                || (!object && overlapsAny(wrong.objectKeys(), goldNames))) {
            return NAME_CUT;
        }
        return subject || object ? OTHER_ARGUMENT : NO_GOLD_NAME;
    }

    private static boolean names(List<String> names, Set<String> keys) {
        return ExtractedFact.NameMatch.anyKey(names, keys);
    }

    /** True when some key's words stand, whole and in order, inside a gold name's words, or the other way round. */
    private static boolean overlapsAny(Set<String> keys, List<String> goldNames) {
        for (String key : keys) {
            List<String> words = words(key);
            for (String name : goldNames) {
                List<String> goldWords = words(LabelNormalizer.key(name));
                if (contains(goldWords, words) || contains(words, goldWords)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String key) {
        return key.isBlank() ? List.of() : Arrays.asList(key.split(" "));
    }

    private static boolean contains(List<String> outer, List<String> inner) {
        return !inner.isEmpty() && inner.size() < outer.size() && java.util.Collections.indexOfSubList(outer, inner) >= 0;
    }
}
