package org.softkg.consistency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.EntityType;
import org.softkg.model.Fact;
import org.softkg.model.Mention;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Keeps facts consistent with the ontology's domains and ranges ({@link DomainRange}). For each argument of
 * each fact:
 * <ul>
 * <li>a typed entity with no type that fits the class the relation asks for contradicts it, and the fact is
 *     dropped, when its type's tag set has a type that would fit (the tagger could have said "language" and
 *     said "library") or when its type is a person or organization read from the text and the ontology
 *     declares it disjoint with the class (a person is no software entity). A WikiSER tag on the object of
 *     kg:developedBy says nothing against the relation, since WikiSER has no person or organization type:
 *     such an entity is judged as an untyped one;</li>
 * <li>an untyped entity where the relation asks for a class that exactly one entity type fits
 *     (kg:ProgrammingLanguage, kg:License) is given that type: the sentence says what it is;</li>
 * <li>an untyped entity where the relation asks for a class several types fit (kg:Agent: person or
 *     organization) keeps the fact with its confidence multiplied by {@link #UNTYPED_FACTOR}.</li>
 * </ul>
 * Counts go to a {@link ConstraintTally}. Stateless apart from the tally; thread-safe.
 */
public final class TypeConstraints implements DocumentStage {

    /** The factor applied to the confidence of a fact whose untyped argument cannot be given the asked type. */
    public static final double UNTYPED_FACTOR = 0.5;

    private final DomainRange constraints;
    private final ConstraintTally tally;

    /** The check against softkg's ontology, counting into {@code tally}. */
    public TypeConstraints(ConstraintTally tally) {
        this(DomainRange.standard(), tally);
    }

    public TypeConstraints(DomainRange constraints, ConstraintTally tally) {
        this.constraints = constraints;
        this.tally = tally;
    }

    /** How an argument stands against a class set. */
    private enum Verdict { FITS, CONTRADICTS, UNTYPED_LOWER, UNTYPED_RETYPE }

    @Override
    public Document process(Document document) {
        if (document.facts().isEmpty()) {
            return document;
        }
        Map<String, Set<EntityType>> types = new HashMap<>();
        for (Entity e : document.entities()) {
            types.put(e.iri(), typesOf(e));
        }
        // first the types the relations give to untyped entities (the first relation to ask wins)
        Map<String, EntityType> newTypes = new LinkedHashMap<>();
        for (Fact f : document.facts()) {
            retype(f.subject(), constraints.domain(f.relation()), types, newTypes);
            retype(f.object(), constraints.range(f.relation()), types, newTypes);
        }
        newTypes.forEach((iri, t) -> types.put(iri, Set.of(t)));
        List<Fact> kept = new ArrayList<>();
        long dropped = 0;
        long lowered = 0;
        for (Fact f : document.facts()) {
            Verdict s = verdict(types.get(f.subject()), constraints.domain(f.relation()));
            Verdict o = verdict(types.get(f.object()), constraints.range(f.relation()));
            if (s == Verdict.CONTRADICTS || o == Verdict.CONTRADICTS) {
                dropped++;
            } else if (s == Verdict.UNTYPED_LOWER || o == Verdict.UNTYPED_LOWER) {
                lowered++;
                kept.add(new Fact(f.subject(), f.relation(), f.object(), f.confidence() * UNTYPED_FACTOR, f.rule(),
                        f.evidence()));
            } else {
                kept.add(f);
            }
        }
        tally.add(dropped, lowered, newTypes.size());
        if (dropped == 0 && lowered == 0 && newTypes.isEmpty()) {
            return document;
        }
        Document out = document.withFacts(kept);
        return newTypes.isEmpty() ? out : withTypes(out, newTypes);
    }

    private void retype(String iri, Set<Node> classes, Map<String, Set<EntityType>> types,
                        Map<String, EntityType> newTypes) {
        Set<EntityType> current = types.get(iri);
        if (current == null || newTypes.containsKey(iri) || verdict(current, classes) != Verdict.UNTYPED_RETYPE) {
            return;
        }
        Optional<EntityType> only = constraints.onlyType(classes);
        only.ifPresent(t -> newTypes.put(iri, t));
    }

    private Verdict verdict(Set<EntityType> types, Set<Node> classes) {
        if (types == null || classes.isEmpty()) {
            return Verdict.FITS;
        }
        if (types.isEmpty()) {
            if (constraints.untypedFits(classes)) {
                return Verdict.FITS;
            }
            return constraints.onlyType(classes).isPresent() ? Verdict.UNTYPED_RETYPE : Verdict.UNTYPED_LOWER;
        }
        for (EntityType t : types) {
            if (constraints.fits(t, classes)) {
                return Verdict.FITS;
            }
        }
        for (EntityType t : types) {
            if (expressible(t, classes) || !t.isWikiSer() && constraints.disjoint(t, classes)) {
                return Verdict.CONTRADICTS;
            }
        }
        // the types come from a tag set that has no type for these classes (a WikiSER tag for an agent):
        // they say nothing against the relation, which is then judged as for an untyped name
        return constraints.onlyType(classes).isPresent() ? Verdict.UNTYPED_RETYPE : Verdict.UNTYPED_LOWER;
    }

    /**
     * True when the source of type {@code t} could have said that the entity belongs to the classes: some type
     * of the same tag set (the WikiSER tags, or the types read from the text: person, organization) fits them.
     */
    private boolean expressible(EntityType t, Set<Node> classes) {
        for (EntityType u : EntityType.values()) {
            if (u.isWikiSer() == t.isWikiSer() && constraints.fits(u, classes)) {
                return true;
            }
        }
        return false;
    }

    /** The entity's known types; empty when untyped. */
    static Set<EntityType> typesOf(Entity e) {
        Set<EntityType> out = new HashSet<>();
        for (String name : e.types()) {
            if (!Mention.UNTYPED.equals(name)) {
                EntityType.fromTagName(name).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Gives entities their new types, and their untyped mentions too. */
    private static Document withTypes(Document d, Map<String, EntityType> newTypes) {
        List<Entity> entities = new ArrayList<>();
        for (Entity e : d.entities()) {
            EntityType t = newTypes.get(e.iri());
            entities.add(t == null ? e : new Entity(e.iri(), e.label(), e.aliases(), Set.of(t.tagName())));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : d.mentions()) {
            EntityType t = m.entity() == null ? null : newTypes.get(m.entity());
            mentions.add(t != null && Mention.UNTYPED.equals(m.type()) ? m.withType(t.tagName()) : m);
        }
        return d.withEntities(entities).withMentions(mentions);
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.FACTS, Annotation.ENTITIES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of();
    }
}
