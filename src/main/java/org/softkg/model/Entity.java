package org.softkg.model;

import java.util.Objects;
import java.util.Set;

/**
 * A resolved entity: one real thing, one IRI.
 *
 * @param iri     deterministic IRI minted from the canonical label
 * @param label   canonical label (e.g. {@code DragonFly BSD})
 * @param aliases other names seen for it (e.g. {@code DragonFly}), never containing the label
 * @param types   entity type tag names ({@code Operating_System}...)
 */
public record Entity(String iri, String label, Set<String> aliases, Set<String> types) {

    public Entity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        aliases = Set.copyOf(aliases);
        types = Set.copyOf(types);
        if (aliases.contains(label)) {
            throw new IllegalArgumentException("alias equals label '" + label + "'");
        }
    }
}
