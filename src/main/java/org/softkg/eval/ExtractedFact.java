package org.softkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.softkg.entity.LabelNormalizer;
import org.softkg.model.Entity;

/**
 * A fact the extractor produced, with the names of its two entities: label and aliases, as
 * comparison keys ({@link LabelNormalizer#key}).
 *
 * @param subject     the subject entity's label
 * @param subjectKeys keys of the subject's label and aliases
 * @param relation    the relation's local name
 * @param object      the object entity's label
 * @param objectKeys  keys of the object's label and aliases
 * @param rule        the id of the rule that produced it
 */
public record ExtractedFact(String subject, Set<String> subjectKeys, String relation, String object,
                            Set<String> objectKeys, String rule) {

    public ExtractedFact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        subjectKeys = Set.copyOf(subjectKeys);
        objectKeys = Set.copyOf(objectKeys);
    }

    /** The fact between two resolved entities. */
    public static ExtractedFact of(Entity subject, String relation, Entity object, String rule) {
        return of(subject, null, relation, object, null, rule);
    }

    /**
     * The fact between two resolved entities whose mentions in the sentence carried these versions (null for none):
     * the graph records them as {@code kg:subjectVersion} / {@code kg:objectVersion}, so an argument also answers to
     * its names with the version ("CP/M" with version "3" is the gold's "CP/M 3").
     */
    public static ExtractedFact of(Entity subject, String subjectVersion, String relation, Entity object,
                                   String objectVersion, String rule) {
        return new ExtractedFact(subject.label(), keys(subject, subjectVersion), relation, object.label(),
                keys(object, objectVersion), rule);
    }

    /** A fact between two names without aliases (for tests and hand-made cases). */
    public static ExtractedFact of(String subject, String relation, String object) {
        return new ExtractedFact(subject, Set.of(LabelNormalizer.key(subject)), relation, object,
                Set.of(LabelNormalizer.key(object)), "-");
    }

    /** The comparison keys of an entity's label and aliases. */
    public static Set<String> keys(Entity e) {
        return keys(e, null);
    }

    /** The comparison keys of an entity's label and aliases, each also with {@code version} after it when not null. */
    static Set<String> keys(Entity e, String version) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(e.label());
        names.addAll(e.aliases());
        for (String name : names) {
            keys.add(LabelNormalizer.key(name));
            if (version != null && !version.isBlank()) {
                keys.add(LabelNormalizer.key(name + " " + version));
            }
        }
        return keys;
    }

    /** True when this fact is the gold fact: same relation, and each argument shares a key with the gold name or one of its alternatives. */
    public boolean matches(GoldFact gold) {
        return relation.equals(gold.relation()) && NameMatch.anyKey(gold.subjectNames(), subjectKeys)
                && NameMatch.anyKey(gold.objectNames(), objectKeys);
    }

    @Override
    public String toString() {
        return subject + " " + relation + " " + object;
    }

    /** The key comparison, in one place. */
    static final class NameMatch {
        private NameMatch() {
        }

        static boolean anyKey(List<String> names, Set<String> keys) {
            for (String n : names) {
                if (keys.contains(LabelNormalizer.key(n))) {
                    return true;
                }
            }
            return false;
        }
    }
}
