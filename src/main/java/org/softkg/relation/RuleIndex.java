package org.softkg.relation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules of a rule set may match a reading, found from the reading's words instead of by testing every rule.
 * Each rule is filed under the words and lemmas of one of its requirements (its anchor: a reading without one of
 * them cannot match); of its requirements the anchor is the one whose words the fewest rules share, so a word that
 * opens many rules ("is", "the") files few. A rule with no word requirement is always a candidate. The candidates
 * come in the rule set's order and must still pass {@link RulePattern#mayMatch}. Immutable and thread-safe.
 */
final class RuleIndex {

    private final List<Rule> rules;
    private final Map<String, int[]> byWord;
    private final Map<String, int[]> byLemma;
    private final BitSet always;

    RuleIndex(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Integer> sharedBy = new HashMap<>();
        for (Rule rule : rules) {
            for (Requirement r : rule.pattern().requirements()) {
                r.words().forEach(w -> sharedBy.merge("w " + w, 1, Integer::sum));
                r.lemmas().forEach(l -> sharedBy.merge("l " + l, 1, Integer::sum));
            }
        }
        Map<String, List<Integer>> words = new HashMap<>();
        Map<String, List<Integer>> lemmas = new HashMap<>();
        this.always = new BitSet(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            Requirement anchor = anchor(rules.get(i).pattern().requirements(), sharedBy);
            if (anchor == null) {
                always.set(i);
                continue;
            }
            for (String w : anchor.words()) {
                words.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
            for (String l : anchor.lemmas()) {
                lemmas.computeIfAbsent(l, k -> new ArrayList<>()).add(i);
            }
        }
        this.byWord = frozen(words);
        this.byLemma = frozen(lemmas);
    }

    /** The requirement whose words and lemmas the fewest rules share, or null when there is none. */
    private static Requirement anchor(List<Requirement> requirements, Map<String, Integer> sharedBy) {
        Requirement best = null;
        long bestCost = Long.MAX_VALUE;
        for (Requirement r : requirements) {
            long cost = 0;
            for (String w : r.words()) {
                cost += sharedBy.get("w " + w);
            }
            for (String l : r.lemmas()) {
                cost += sharedBy.get("l " + l);
            }
            if (cost > 0 && cost < bestCost) {
                best = r;
                bestCost = cost;
            }
        }
        return best;
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> index) {
        Map<String, int[]> out = new HashMap<>();
        index.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    /** The rules that may match a reading of these lower-case words and lemmas, in rule set order. */
    List<Rule> candidates(Set<String> words, Set<String> lemmas) {
        BitSet chosen = (BitSet) always.clone();
        for (String w : words) {
            mark(chosen, byWord.get(w));
        }
        for (String l : lemmas) {
            mark(chosen, byLemma.get(l));
        }
        List<Rule> out = new ArrayList<>(chosen.cardinality());
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            Rule rule = rules.get(i);
            if (rule.pattern().mayMatch(words, lemmas)) {
                out.add(rule);
            }
        }
        return out;
    }

    private static void mark(BitSet chosen, int[] rules) {
        if (rules != null) {
            for (int i : rules) {
                chosen.set(i);
            }
        }
    }
}
