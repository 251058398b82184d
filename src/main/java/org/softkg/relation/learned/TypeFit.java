package org.softkg.relation.learned;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.softkg.consistency.DomainRange;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;

/**
 * Whether an argument of a classifier fact fits the relation's domain or range. The rules' facts go through the
 * looser {@link org.softkg.consistency.TypeConstraints} (a rule's words are good evidence against a noisy tag); a
 * classifier's guess is not, so here a typed argument must fit: "Microsoft Windows" (an operating system) is never
 * the developer of a game. WikiSER has no agent types and tags many companies Application, so where the relation
 * asks for an agent an Application, Person or Organization argument fits. Untyped names always fit. Thread-safe.
 */
final class TypeFit {

    private static final Set<EntityType> AGENT_LIKE = Set.of(EntityType.APPLICATION, EntityType.PERSON, EntityType.ORGANIZATION);

    private final DomainRange constraints;

    TypeFit(DomainRange constraints) {
        this.constraints = constraints;
    }

    /** True when the entity with these type names may be the subject ({@code subject}) or object of {@code relation}. */
    boolean fits(String relation, boolean subject, Set<String> typeNames) {
        Set<Node> classes = subject ? constraints.domain(relation) : constraints.range(relation);
        if (classes.isEmpty()) {
            return true;
        }
        Set<EntityType> types = new HashSet<>();
        for (String n : typeNames) {
            if (!Mention.UNTYPED.equals(n)) {
                EntityType.fromTagName(n).ifPresent(types::add);
            }
        }
        if (types.isEmpty()) {
            return true;
        }
        for (EntityType t : types) {
            if (constraints.fits(t, classes)) {
                return true;
            }
        }
        boolean asksAgent = constraints.fits(EntityType.PERSON, classes) || constraints.fits(EntityType.ORGANIZATION, classes);
        Optional<EntityType> only = constraints.onlyType(classes);
        return asksAgent && only.isEmpty() && types.stream().anyMatch(AGENT_LIKE::contains);
    }
}
