package org.softkg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The judgement of one gold sentence: what was extracted, which extracted facts are right, which gold
 * facts were found. An extracted fact is right when it matches some gold fact of the sentence; a gold
 * fact is found when some extracted fact matches it. So two extracted facts that both match one gold
 * fact (two spellings of one entity) are both right, and that gold fact counts once for recall.
 *
 * @param gold      the gold sentence
 * @param text      the sentence's text
 * @param extracted the extracted facts (one per distinct subject, relation, object)
 * @param right     the extracted facts that match a gold fact
 * @param wrong     the extracted facts that match none
 * @param found     the gold facts that some extracted fact matches
 * @param missed    the gold facts that no extracted fact matches
 * @param nameKeys  the comparison keys of every entity the extraction found in the sentence (label and aliases),
 *                  which tell why a gold fact was missed ({@link #causeOf})
 */
public record SentenceOutcome(GoldSentence gold, String text, List<ExtractedFact> extracted, List<ExtractedFact> right,
                              List<ExtractedFact> wrong, List<GoldFact> found, List<GoldFact> missed,
                              Set<String> nameKeys) {

    public SentenceOutcome {
        Objects.requireNonNull(gold, "gold");
        extracted = List.copyOf(extracted);
        right = List.copyOf(right);
        wrong = List.copyOf(wrong);
        found = List.copyOf(found);
        missed = List.copyOf(missed);
        nameKeys = Set.copyOf(nameKeys);
    }

    /**
     * Judges the facts extracted from a gold sentence when only the facts are known: the entities found are taken to
     * be the arguments of the extracted facts.
     */
    public static SentenceOutcome judge(GoldSentence gold, String text, List<ExtractedFact> extracted) {
        Set<String> keys = new HashSet<>();
        for (ExtractedFact e : extracted) {
            keys.addAll(e.subjectKeys());
            keys.addAll(e.objectKeys());
        }
        return judge(gold, text, extracted, keys);
    }

    /** Judges the facts extracted from a gold sentence in which the extraction found entities with these name keys. */
    public static SentenceOutcome judge(GoldSentence gold, String text, List<ExtractedFact> extracted,
                                        Set<String> nameKeys) {
        List<ExtractedFact> right = new ArrayList<>();
        List<ExtractedFact> wrong = new ArrayList<>();
        for (ExtractedFact e : extracted) {
            boolean ok = gold.facts().stream().anyMatch(e::matches);
            (ok ? right : wrong).add(e);
        }
        List<GoldFact> found = new ArrayList<>();
        List<GoldFact> missed = new ArrayList<>();
        for (GoldFact g : gold.facts()) {
            boolean ok = extracted.stream().anyMatch(e -> e.matches(g));
            (ok ? found : missed).add(g);
        }
        return new SentenceOutcome(gold, text, extracted, right, wrong, found, missed, nameKeys);
    }

    /** Why a gold fact of this sentence was missed: which of its names the extraction found as entities. */
    public MissCause causeOf(GoldFact missedFact) {
        return MissCause.of(ExtractedFact.NameMatch.anyKey(missedFact.subjectNames(), nameKeys),
                ExtractedFact.NameMatch.anyKey(missedFact.objectNames(), nameKeys));
    }

    /** Why a wrong fact of this sentence is wrong: how its names stand to the sentence's gold facts. */
    public WrongCause causeOf(ExtractedFact wrongFact) {
        return WrongCause.of(wrongFact, gold.facts());
    }
}
