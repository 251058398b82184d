package org.softkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a relation evaluation: one {@link Score} per relation (the 16 relations of the
 * gold guidelines first, then any other relation the extractor produced) and the micro-averaged
 * overall score, plus the sentence outcomes they were counted from.
 *
 * @param sentences the judged sentences
 * @param scores    per relation, in report order
 * @param overall   the sums over all relations
 */
public record RelationEvaluation(List<SentenceOutcome> sentences, List<Score> scores, Score overall) {

    /** The relations the gold set annotates, in the order of the guidelines. */
    public static final List<String> RELATIONS = List.of(
            "forkedFrom", "basedOn", "developedBy", "writtenIn", "license", "runsOn", "supports", "successorOf",
            "influencedBy", "similarTo", "partOf", "implements", "uses", "importedFrom", "compatibleWith", "dependsOn");

    public RelationEvaluation {
        sentences = List.copyOf(sentences);
        scores = List.copyOf(scores);
    }

    /** Counts the outcomes. */
    public static RelationEvaluation of(List<SentenceOutcome> outcomes) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String r : RELATIONS) {
            counts.put(r, new int[4]);
        }
        for (SentenceOutcome o : outcomes) {
            for (ExtractedFact e : o.extracted()) {
                counts.computeIfAbsent(e.relation(), k -> new int[4])[0]++;
            }
            for (ExtractedFact e : o.right()) {
                counts.get(e.relation())[1]++;
            }
            for (GoldFact g : o.gold().facts()) {
                counts.computeIfAbsent(g.relation(), k -> new int[4])[2]++;
            }
            for (GoldFact g : o.found()) {
                counts.get(g.relation())[3]++;
            }
        }
        List<Score> scores = new ArrayList<>();
        Score overall = new Score("overall", 0, 0, 0, 0);
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            Score s = new Score(e.getKey(), c[0], c[1], c[2], c[3]);
            scores.add(s);
            overall = overall.plus(s);
        }
        return new RelationEvaluation(outcomes, scores, overall);
    }

    /** The score of one relation, or {@code null} when it never occurs. */
    public Score score(String relation) {
        return scores.stream().filter(s -> s.relation().equals(relation)).findFirst().orElse(null);
    }

    /** Relations with gold facts of which none was found. */
    public List<String> relationsWithoutRecall() {
        return scores.stream().filter(s -> s.gold() > 0 && s.found() == 0).map(Score::relation).toList();
    }

    /** How many missed gold facts fall under each cause, every cause listed (in the enum's order). */
    public Map<MissCause, Integer> missCauses() {
        Map<MissCause, Integer> counts = new java.util.EnumMap<>(MissCause.class);
        for (MissCause c : MissCause.values()) {
            counts.put(c, 0);
        }
        for (SentenceOutcome o : sentences) {
            for (GoldFact g : o.missed()) {
                counts.merge(o.causeOf(g), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** How many wrong facts fall under each cause, every cause listed (in the enum's order). */
    public Map<WrongCause, Integer> wrongCauses() {
        Map<WrongCause, Integer> counts = new java.util.EnumMap<>(WrongCause.class);
        for (WrongCause c : WrongCause.values()) {
            counts.put(c, 0);
        }
        for (SentenceOutcome o : sentences) {
            for (ExtractedFact e : o.wrong()) {
                counts.merge(o.causeOf(e), 1, Integer::sum);
            }
        }
        return counts;
    }
}
