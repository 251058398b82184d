package org.softkg.relation.learned;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.softkg.consistency.DomainRange;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Adds the facts of a {@link RelationClassifier} where the rules found none: runs after the rule engine, on the same
 * mentions, and classifies each {@link CandidatePairs candidate pair} of two entities that no rule fact of the
 * sentence already relates (in either direction). A typed argument must fit the relation's domain or range
 * ({@link TypeFit}). A fact's rule is {@link #RULE}, its confidence the calibrated precision of its probability band. An argument that is an untyped name becomes an (untyped) entity of the
 * document. Thread-safe; the model is asked for on the first document.
 */
public final class LearnedRelations implements DocumentStage {

    /** The rule id of the classifier's facts (their provenance). */
    public static final String RULE = "learned";

    private final Supplier<RelationClassifier> classifier;
    private final TypeFit typeFit = new TypeFit(DomainRange.standard());

    public LearnedRelations(Supplier<RelationClassifier> classifier) {
        this.classifier = classifier;
    }

    /** The stage with a model already loaded. */
    public static LearnedRelations of(RelationClassifier classifier) {
        return new LearnedRelations(() -> classifier);
    }

    @Override
    public Document process(Document document) {
        RelationClassifier model = null;
        List<List<Mention>> bySentence = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : document.mentions()) {
            bySentence.get(m.sentence()).add(m);
        }
        Set<String> related = related(document);
        Set<String> known = new HashSet<>();
        Map<String, Set<String>> types = new java.util.HashMap<>();
        for (Entity e : document.entities()) {
            known.add(e.iri());
            types.put(e.iri(), e.types());
        }
        List<Fact> facts = new ArrayList<>(document.facts());
        Map<String, Entity> added = new LinkedHashMap<>();
        for (Sentence s : document.sentences()) {
            List<Mention> mentions = bySentence.get(s.index());
            if (mentions.size() < 2) {
                continue;
            }
            Map<String, Fact> best = new LinkedHashMap<>();
            for (Candidate c : CandidatePairs.of(s, mentions)) {
                if (related.contains(pairKey(c))) {
                    continue;
                }
                if (model == null) {
                    model = classifier.get();
                }
                RelationClassifier.Prediction p = model.classify(c);
                if (p == null) {
                    continue;
                }
                Mention subject = p.label().forward() ? c.first() : c.second();
                Mention object = p.label().forward() ? c.second() : c.first();
                if (!typeFit.fits(p.label().relation(), true, types.getOrDefault(subject.entity(), Set.of(subject.type())))
                        || !typeFit.fits(p.label().relation(), false, types.getOrDefault(object.entity(), Set.of(object.type())))) {
                    continue;
                }
                Span match = new Span(c.first().span().start(), c.second().span().end());
                double confidence = model.calibration().confidence(p.probability());
                Fact f = new Fact(subject.entity(), p.label().relation(), object.entity(), confidence, RULE,
                        new Evidence(document.id(), s.index(), subject.span(), object.span(), match));
                String key = f.subject() + " " + f.relation() + " " + f.object();
                Fact old = best.get(key);
                if (old == null || old.confidence() < f.confidence()) {
                    best.put(key, f);
                }
                for (Mention m : List.of(subject, object)) {
                    if (!known.contains(m.entity()) && !added.containsKey(m.entity())) {
                        added.put(m.entity(), new Entity(m.entity(), m.text(), Set.of(), Set.of()));
                    }
                }
            }
            facts.addAll(best.values());
        }
        if (facts.size() == document.facts().size()) {
            return document;
        }
        Document out = document.withFacts(facts);
        if (!added.isEmpty()) {
            List<Entity> entities = new ArrayList<>(document.entities());
            entities.addAll(added.values());
            out = out.withEntities(entities);
        }
        return out;
    }

    /** The pairs of entities (both orders) that a fact of the document relates in a sentence, as {@link #pairKey} keys. */
    static Set<String> related(Document document) {
        Set<String> related = new HashSet<>();
        for (Fact f : document.facts()) {
            related.add(f.evidence().sentence() + " " + f.subject() + " " + f.object());
            related.add(f.evidence().sentence() + " " + f.object() + " " + f.subject());
        }
        return related;
    }

    /** The key of a candidate's entity pair in its sentence. */
    static String pairKey(Candidate c) {
        return c.sentence().index() + " " + c.first().entity() + " " + c.second().entity();
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.POS, Annotation.LEMMAS, Annotation.ENTITIES, Annotation.FACTS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.FACTS);
    }
}
