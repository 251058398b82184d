package org.softkg.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.softkg.model.Entity;
import org.softkg.model.Mention;

/**
 * One document's entities from entities resolved separately (in parts of the document, such as its sentences
 * read one by one): the entities with one IRI become one. Its label is the label most parts gave it, a name
 * written with a capital or a digit before an all-lower-case word ("Messenger" over the common noun
 * "messenger"; ties: the first), its aliases every other name any part gave it, its type the majority type of all its mentions
 * ({@link TypeVote}), its place in the list that of its first part.
 */
public final class EntityMerge {

    private EntityMerge() {
    }

    /**
     * @param parts    the entities of each part, in document order (one IRI may come in several parts)
     * @param mentions the document's mentions, each linked to one of those IRIs
     */
    public static List<Entity> merge(List<Entity> parts, List<Mention> mentions) {
        Map<String, List<Entity>> byIri = new LinkedHashMap<>();
        for (Entity e : parts) {
            byIri.computeIfAbsent(e.iri(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Mention>> mentionsByIri = new HashMap<>();
        for (Mention m : mentions) {
            if (m.entity() != null) {
                mentionsByIri.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Entity> out = new ArrayList<>(byIri.size());
        for (Map.Entry<String, List<Entity>> e : byIri.entrySet()) {
            List<Entity> same = e.getValue();
            if (same.size() == 1) {
                out.add(same.getFirst());
                continue;
            }
            String label = mostFrequentLabel(same);
            Set<String> aliases = new LinkedHashSet<>();
            for (Entity part : same) {
                aliases.add(part.label());
                aliases.addAll(part.aliases());
            }
            aliases.remove(label);
            List<Mention> ms = mentionsByIri.getOrDefault(e.getKey(), List.of());
            Set<String> types = ms.isEmpty() ? same.getFirst().types()
                    : TypeVote.majority(ms).map(Set::of).orElse(Set.of());
            out.add(new Entity(e.getKey(), label, aliases, types));
        }
        return out;
    }

    private static String mostFrequentLabel(List<Entity> same) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entity part : same) {
            counts.merge(part.label(), 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (best == null || better(c.getKey(), c.getValue(), best, counts.get(best))) {
                best = c.getKey();
            }
        }
        return best;
    }

    private static boolean better(String label, int count, String best, int bestCount) {
        boolean name = looksWritten(label);
        boolean bestName = looksWritten(best);
        return name != bestName ? name : count > bestCount;
    }

    /** A label with an upper-case letter or a digit: written as a name, not a common noun. */
    private static boolean looksWritten(String label) {
        return label.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
