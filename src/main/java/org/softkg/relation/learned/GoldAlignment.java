package org.softkg.relation.learned;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.softkg.entity.LabelNormalizer;
import org.softkg.eval.GoldFact;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Mention;

/**
 * Labels candidate pairs with the facts a gold sentence states, by the evaluator's name matching: an argument
 * matches a gold name when {@link LabelNormalizer#key} of its entity's label or an alias (or of the mention's own
 * words, for a name no entity holds yet) equals the key of the gold name or one of its alternatives.
 */
public final class GoldAlignment {

    private final Map<String, Set<String>> keysByEntity = new HashMap<>();

    /** The alignment for the entities of one processed document. */
    public GoldAlignment(Document document) {
        for (Entity e : document.entities()) {
            Set<String> keys = keysByEntity.computeIfAbsent(e.iri(), k -> new HashSet<>());
            keys.add(LabelNormalizer.key(e.label()));
            for (String a : e.aliases()) {
                keys.add(LabelNormalizer.key(a));
            }
        }
    }

    /** The outcome of {@code c} under {@code gold}: a relation with its direction, or {@link RelationLabel#NONE}. */
    public String outcome(Candidate c, List<GoldFact> gold) {
        Set<String> a = keys(c.first());
        Set<String> b = keys(c.second());
        for (GoldFact g : gold) {
            if (matches(g.subjectNames(), a) && matches(g.objectNames(), b)) {
                return new RelationLabel(g.relation(), true).outcome();
            }
            if (matches(g.subjectNames(), b) && matches(g.objectNames(), a)) {
                return new RelationLabel(g.relation(), false).outcome();
            }
        }
        return RelationLabel.NONE;
    }

    private Set<String> keys(Mention m) {
        Set<String> keys = new HashSet<>(keysByEntity.getOrDefault(m.entity(), Set.of()));
        keys.add(LabelNormalizer.key(m.text()));
        return keys;
    }

    private static boolean matches(List<String> names, Set<String> keys) {
        for (String n : names) {
            if (keys.contains(LabelNormalizer.key(n))) {
                return true;
            }
        }
        return false;
    }
}
