package org.softkg.consistency;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.softkg.model.EntityType;
import org.softkg.rdf.Vocab;

/**
 * The classes the ontology asks of the subject and the object of each relation, read from its
 * {@code rdfs:domain} and {@code rdfs:range}, those of its super-properties ({@code kg:forkedFrom} has the
 * domain of {@code kg:basedOn}) and those its inverse gives ({@code kg:developerOf}'s range is a domain of
 * {@code kg:developedBy}); and which entity types fit a class, through {@code rdfs:subClassOf}. Nothing is
 * hard-coded: a change to the ontology changes the check. Immutable, thread-safe.
 */
public final class DomainRange {

    private static final DomainRange DEFAULT = new DomainRange(Vocab.ontology());

    private final Graph ontology;
    private final Map<String, Set<Node>> domains = new HashMap<>();
    private final Map<String, Set<Node>> ranges = new HashMap<>();
    private final Map<EntityType, Set<Node>> superClasses = new EnumMap<>(EntityType.class);

    /** The constraints of an ontology graph, for every relation of {@link Vocab#relationNames()}. */
    public DomainRange(Graph ontology) {
        this.ontology = ontology;
        for (EntityType t : EntityType.values()) {
            superClasses.put(t, Collections.unmodifiableSet(closure(Vocab.kg(t.className()), RDFS.subClassOf.asNode())));
        }
        for (String relation : Vocab.relationNames()) {
            Node p = Vocab.kg(relation);
            Set<Node> d = new LinkedHashSet<>();
            Set<Node> r = new LinkedHashSet<>();
            for (Node sup : closure(p, RDFS.subPropertyOf.asNode())) {
                d.addAll(objects(sup, RDFS.domain.asNode()));
                r.addAll(objects(sup, RDFS.range.asNode()));
            }
            for (Node inverse : inverses(p)) {
                for (Node sup : closure(inverse, RDFS.subPropertyOf.asNode())) {
                    d.addAll(objects(sup, RDFS.range.asNode()));
                    r.addAll(objects(sup, RDFS.domain.asNode()));
                }
            }
            domains.put(relation, Collections.unmodifiableSet(d));
            ranges.put(relation, Collections.unmodifiableSet(r));
        }
    }

    /** The constraints of softkg's own ontology. */
    public static DomainRange standard() {
        return DEFAULT;
    }

    /** The classes every subject of the relation must belong to (empty: no constraint). */
    public Set<Node> domain(String relation) {
        return domains.getOrDefault(relation, Set.of());
    }

    /** The classes every object of the relation must belong to (empty: no constraint). */
    public Set<Node> range(String relation) {
        return ranges.getOrDefault(relation, Set.of());
    }

    /** True when an entity of this type belongs to every one of the classes. */
    public boolean fits(EntityType type, Set<Node> classes) {
        return superClasses.get(type).containsAll(classes);
    }

    /**
     * True when the ontology declares the type's class disjoint ({@code owl:disjointWith}, either way, on any
     * super-class of either side) with one of the classes: no entity of that type can belong to it.
     */
    public boolean disjoint(EntityType type, Set<Node> classes) {
        Set<Node> excluded = new HashSet<>();
        for (Node c : superClasses.get(type)) {
            excluded.addAll(objects(c, OWL.disjointWith.asNode()));
            ontology.find(Node.ANY, OWL.disjointWith.asNode(), c).forEach(t -> excluded.add(t.getSubject()));
        }
        for (Node required : classes) {
            for (Node sup : closure(required, RDFS.subClassOf.asNode())) {
                if (excluded.contains(sup)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when an untyped entity, written as {@code kg:SoftwareEntity}, belongs to every one of the classes. */
    public boolean untypedFits(Set<Node> classes) {
        return closure(Vocab.SoftwareEntity, RDFS.subClassOf.asNode()).containsAll(classes);
    }

    /**
     * The entity type that fits the classes, when exactly one does (kg:ProgrammingLanguage gives Language;
     * kg:Agent gives nothing, since a person and an organization both fit and the text must tell which).
     */
    public Optional<EntityType> onlyType(Set<Node> classes) {
        EntityType only = null;
        for (EntityType t : EntityType.values()) {
            if (fits(t, classes)) {
                if (only != null) {
                    return Optional.empty();
                }
                only = t;
            }
        }
        return Optional.ofNullable(only);
    }

    private Set<Node> objects(Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        ontology.find(s, p, Node.ANY).forEach(t -> {
            if (t.getObject().isURI()) {
                out.add(t.getObject());
            }
        });
        return out;
    }

    private Set<Node> inverses(Node p) {
        Set<Node> out = new LinkedHashSet<>(objects(p, OWL.inverseOf.asNode()));
        ontology.find(Node.ANY, OWL.inverseOf.asNode(), p).forEach(t -> out.add(t.getSubject()));
        return out;
    }

    /** The node and everything it reaches through {@code p}. */
    private Set<Node> closure(Node start, Node p) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (seen.add(n)) {
                todo.addAll(objects(n, p));
            }
        }
        return seen;
    }
}
