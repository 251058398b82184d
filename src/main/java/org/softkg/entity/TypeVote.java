package org.softkg.entity;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;

/**
 * The type of an entity from the types of its mentions: the majority type, untyped mentions not
 * voting. Tags are noisy ("FreeBSD" tagged Operating_System nine times and Application once), so the
 * entity gets its majority type only. Ties go to the type declared first in {@link EntityType},
 * then (for names outside it) to the alphabetically first.
 */
final class TypeVote {

    private TypeVote() {
    }

    /** The majority type of {@code mentions}, empty when none is typed. */
    static Optional<String> majority(Collection<Mention> mentions) {
        Map<String, Integer> votes = new HashMap<>();
        for (Mention m : mentions) {
            if (!Mention.UNTYPED.equals(m.type())) {
                votes.merge(m.type(), 1, Integer::sum);
            }
        }
        Comparator<Map.Entry<String, Integer>> byVotes = Map.Entry.comparingByValue();
        Comparator<Map.Entry<String, Integer>> order = byVotes.reversed()
                .thenComparingInt(e -> declarationOrder(e.getKey()))
                .thenComparing(Map.Entry::getKey);
        return votes.entrySet().stream().min(order).map(Map.Entry::getKey);
    }

    private static int declarationOrder(String type) {
        return EntityType.fromTagName(type).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }
}
