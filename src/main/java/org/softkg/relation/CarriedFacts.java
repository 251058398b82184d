package org.softkg.relation;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Merges the facts read from a {@link CarriedSubject.Clause} into the facts of its sentence. Only facts with the
 * carried subject as an argument count (the rest the sentence itself gives); their evidence is mapped back to the
 * sentence's tokens. A carried fact also corrects its sentence: a fact of the same relation and the same object
 * whose subject is a name of the first predicate ("[Zeta] supports [Kappa] and runs on [Linux]" read as "Kappa
 * runsOn Linux" by a nearest-name rule) is dropped, since the predicate after "and" is said of the opening subject.
 * A carried fact whose other argument only qualifies the lower-case noun after it ("written by the [Zeta] producer
 * Ann Lee", "a member of the [Zeta] industry") is not added.
 */
final class CarriedFacts {

    private CarriedFacts() {
    }

    /** Adds {@code carried} (facts of the clause sentence) to {@code best} (facts of the sentence by key). */
    static void merge(Map<String, RelationExtractor.Found> best, List<RelationExtractor.Found> carried,
                      CarriedSubject.Clause clause, Sentence clauseSentence, List<Mention> clauseMentions) {
        boolean[] covered = new boolean[clauseSentence.size()];
        for (Mention m : clauseMentions) {
            for (int i = m.span().start(); i < m.span().end() && i < covered.length; i++) {
                covered[i] = true;
            }
        }
        for (RelationExtractor.Found f : carried) {
            Evidence e = f.fact().evidence();
            boolean subject = CarriedSubject.isSubject(clause, e.subjectSpan());
            if (!subject && !CarriedSubject.isSubject(clause, e.objectSpan())) {
                continue;
            }
            Evidence mapped = new Evidence(e.document(), e.sentence(),
                    CarriedSubject.original(clause, e.subjectSpan()), CarriedSubject.original(clause, e.objectSpan()),
                    CarriedSubject.original(clause, e.matchSpan()));
            if (SentenceUnits.modifiesNoun(clauseSentence, (subject ? e.objectSpan() : e.subjectSpan()).end(), covered)) {
                continue;
            }
            Fact fact = f.fact();
            Fact back = new Fact(fact.subject(), fact.relation(), fact.object(), fact.confidence(), fact.rule(), mapped);
            if (subject) {
                dropFirstPredicateSubjects(best, back, clause);
            }
            RelationExtractor.Found mappedBack = new RelationExtractor.Found(back, f.newTypes());
            RelationExtractor.Found old = best.get(mappedBack.key());
            if (old == null || old.fact().confidence() < back.confidence()) {
                best.put(mappedBack.key(), mappedBack);
            }
        }
    }

    private static void dropFirstPredicateSubjects(Map<String, RelationExtractor.Found> best, Fact carried,
                                                   CarriedSubject.Clause clause) {
        Span subject = clause.subject().span();
        for (Iterator<RelationExtractor.Found> it = best.values().iterator(); it.hasNext(); ) {
            Fact f = it.next().fact();
            Span s = f.evidence().subjectSpan();
            if (f.relation().equals(carried.relation())
                    && f.evidence().objectSpan().equals(carried.evidence().objectSpan())
                    && s.start() >= subject.end() && s.end() <= clause.start()) {
                it.remove();
            }
        }
    }
}
