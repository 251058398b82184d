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
 * each fact, when none of the entity's types fits the classes the relation asks for:
 * <ul>
 * <li>a person or organization read from the text, where the ontology declares that class disjoint with the
 *     asked one (an agent is no software entity), contradicts the relation: the fact is dropped;</li>
 * <li>an untyped name, or a name with WikiSER tags that do not fit, is given the asked type when exactly one
 *     type fits it (kg:ProgrammingLanguage gives Language, kg:License gives License): the rule's words
 *     ("written in", "released under") are better evidence than the noisy tag (measured on WikiSER dev: the
 *     facts that tags contradicted, such as Erlang tagged an operating system as the object of "written in",
 *     were right);</li>
 * <li>otherwise (an untyped or WikiSER-tagged agent: WikiSER has no person or organization type) the fact is
 *     kept as it is and counted as unresolved; the rule's measured confidence already covers such facts.</li>
 * </ul>
 * Counts go to a {@link ConstraintTally}. Stateless apart from the tally; thread-safe.
 */
public final class TypeConstraints implements DocumentStage {

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
    private enum Verdict { FITS, CONTRADICTS, RETYPE, UNRESOLVED }

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
        long unresolved = 0;
        for (Fact f : document.facts()) {
            Verdict s = verdict(types.get(f.subject()), constraints.domain(f.relation()));
            Verdict o = verdict(types.get(f.object()), constraints.range(f.relation()));
            if (s == Verdict.CONTRADICTS || o == Verdict.CONTRADICTS) {
                dropped++;
                continue;
            }
            if (s == Verdict.UNRESOLVED || o == Verdict.UNRESOLVED) {
                unresolved++;
            }
            kept.add(f);
        }
        tally.add(dropped, unresolved, newTypes.size());
        if (dropped == 0 && newTypes.isEmpty()) {
            return document;
        }
        Document out = document.withFacts(kept);
        return newTypes.isEmpty() ? out : withTypes(out, newTypes);
    }

    private void retype(String iri, Set<Node> classes, Map<String, Set<EntityType>> types,
                        Map<String, EntityType> newTypes) {
        Set<EntityType> current = types.get(iri);
        if (current == null || newTypes.containsKey(iri) || verdict(current, classes) != Verdict.RETYPE) {
            return;
        }
        Optional<EntityType> only = constraints.onlyType(classes);
        only.ifPresent(t -> newTypes.put(iri, t));
    }

    private Verdict verdict(Set<EntityType> types, Set<Node> classes) {
        if (types == null || classes.isEmpty()) {
            return Verdict.FITS;
        }
        if (types.isEmpty() && constraints.untypedFits(classes)) {
            return Verdict.FITS;
        }
        for (EntityType t : types) {
            if (constraints.fits(t, classes)) {
                return Verdict.FITS;
            }
        }
        for (EntityType t : types) {
            if (!t.isWikiSer() && constraints.disjoint(t, classes)) {
                return Verdict.CONTRADICTS;
            }
        }
        return constraints.onlyType(classes).isPresent() ? Verdict.RETYPE : Verdict.UNRESOLVED;
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
