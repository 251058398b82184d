package org.softkg.confidence;

import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.Fact;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * What one provenance record's sentence says about its fact beyond the rule, as the {@link FactScorer} reads it.
 * Measured on the judged pool (README "Scoring each fact by its sentence", docs/relations-log.md "Tenth session"):
 * facts whose names have a form of "be" or "have" between them
 * ("X is a game developed by Y") are more often right; facts whose subject is a name no tag marks (one of softkg's
 * own name finders found it) are more often wrong.
 *
 * @param ruleLogit        the logit of the rule's confidence, the confidence clipped to [0.005, 0.995]
 * @param beOrHaveBetween  a token between the two names is is/was/are/were/has/had
 * @param subjectUntagged  no token of the subject mention carries a B-/I- tag
 */
public record FactEvidence(double ruleLogit, boolean beOrHaveBetween, boolean subjectUntagged) {

    private static final Set<String> BE_OR_HAVE = Set.of("is", "was", "are", "were", "has", "had");

    /** The evidence of {@code fact}'s record in {@code document} (its sentence found by the evidence's index). */
    public static FactEvidence of(Document document, Fact fact) {
        double c = Math.min(0.995, Math.max(0.005, fact.confidence()));
        double logit = Math.log(c / (1 - c));
        Sentence sentence = sentence(document, fact.evidence().sentence());
        if (sentence == null) {
            return new FactEvidence(logit, false, false);
        }
        Span s = fact.evidence().subjectSpan();
        Span o = fact.evidence().objectSpan();
        return new FactEvidence(logit, beOrHaveBetween(sentence, s, o), untagged(sentence, s));
    }

    private static Sentence sentence(Document document, int index) {
        if (index < document.sentences().size() && document.sentences().get(index).index() == index) {
            return document.sentences().get(index);
        }
        return document.sentences().stream().filter(x -> x.index() == index).findFirst().orElse(null);
    }

    private static boolean beOrHaveBetween(Sentence sentence, Span s, Span o) {
        int from = Math.min(s.end(), o.end());
        int to = Math.max(s.start(), o.start());
        for (int i = Math.max(0, from); i < Math.min(to, sentence.tokens().size()); i++) {
            if (BE_OR_HAVE.contains(sentence.tokens().get(i).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean untagged(Sentence sentence, Span s) {
        for (int i = s.start(); i < Math.min(s.end(), sentence.tokens().size()); i++) {
            String tag = sentence.tokens().get(i).tag();
            if (tag != null && !Token.OUTSIDE.equals(tag)) {
                return false;
            }
        }
        return true;
    }
}
