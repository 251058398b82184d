package org.softkg.relation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.softkg.model.Mention;

/**
 * What may fill a mention slot: {@code {S}}, {@code {O:Language}}, {@code {O:Organization|Person?}},
 * {@code {S:*|Name}}, {@code {O:License|~license}}.
 *
 * @param subject  true for {@code S}, false for {@code O}
 * @param anyType  {@code *} or no type list: any typed mention
 * @param types    admitted type tag names
 * @param names    untyped mentions ({@link Mention#UNTYPED}) may fill the slot
 * @param nameType the type an untyped mention takes when it fills the slot ({@code T?}), or {@code null}
 * @param heads    lemmas of a last token that admit a mention of any type ({@code ~license})
 * @param possessor the slot is written {@code {O}'s}: one mention followed by a possessive "'s" or "'",
 *                 which the slot consumes ("[Contoso] 's [Zeta]")
 * @param variantQualifier the slot is written {@code {O}~variant}: it takes the name that qualifies a variant noun
 *                 before "of" ("the [Zeta] version of X", "a [Zeta] port of X"), which no other slot takes
 * @param nounQualifier the slot is written {@code {O}~qualifier}: one name that qualifies the noun after it
 *                 ("other [Zeta] titles A and B"); opening a pattern, it need not head its clause
 */
record SlotSpec(boolean subject, boolean anyType, Set<String> types, boolean names, String nameType,
                Set<String> heads, boolean possessor, boolean variantQualifier, boolean nounQualifier) {

    SlotSpec {
        types = Set.copyOf(types);
        heads = Set.copyOf(heads);
    }

    SlotSpec(boolean subject, boolean anyType, Set<String> types, boolean names, String nameType, Set<String> heads) {
        this(subject, anyType, types, names, nameType, heads, false, false, false);
    }

    /**
     * The type an untyped name takes when it fills this slot: {@code nameType}, or, for a name admitted by its
     * head word ("Apache License" in {@code {O:License|~license}}), the slot's one listed type.
     */
    String typeForName(String headLemma) {
        if (nameType != null || names) {
            return nameType;
        }
        return types.size() == 1 && headLemma != null && heads.contains(headLemma) ? types.iterator().next() : null;
    }

    /** The one instance of each spec, so that equal slots of different rules share their fills ({@link SlotFills}). */
    private static final ConcurrentMap<SlotSpec, SlotSpec> INTERNED = new ConcurrentHashMap<>();

    /** The instance equal to this spec that every compiled pattern uses. */
    SlotSpec interned() {
        return INTERNED.computeIfAbsent(this, s -> s);
    }

    /** This spec as a possessor slot. */
    SlotSpec asPossessor() {
        return new SlotSpec(subject, anyType, types, names, nameType, heads, true, variantQualifier, nounQualifier);
    }

    /** This spec as the qualifier of a variant noun ({@code {O}~variant}). */
    SlotSpec asVariantQualifier() {
        return new SlotSpec(subject, anyType, types, names, nameType, heads, possessor, true, nounQualifier);
    }

    /** This spec as the qualifier of the noun after it ({@code {O}~qualifier}). */
    SlotSpec asNounQualifier() {
        return new SlotSpec(subject, anyType, types, names, nameType, heads, possessor, variantQualifier, true);
    }

    /** True when a mention of this type, whose last token has this lemma, may fill the slot. */
    boolean admits(String type, String headLemma) {
        if (Mention.UNTYPED.equals(type)) {
            return names || (headLemma != null && heads.contains(headLemma));
        }
        return anyType || types.contains(type) || (headLemma != null && heads.contains(headLemma));
    }
}
