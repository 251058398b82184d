package org.softkg.relation.learned;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-validation folds that keep copies of one passage together. The development corpus repeats passages (an
 * article's paragraph quoted in another, a list of commands given twice), and gold sentences that share a passage
 * share its wording: with one copy in the training folds and another in the test fold, cross-validation would
 * measure memory, not generalisation. Two sentences belong to one passage when they share at least
 * {@value #SHARED_SHINGLES} runs of {@value #SHINGLE} tokens (transitively); passages are dealt to the folds in
 * the order of their first sentence, interleaved (passage j goes to fold j mod K), so sentences with no copy keep
 * the interleaved folds. Stateless.
 */
final class PassageFolds {

    /** Tokens in a run that two copies share. */
    static final int SHINGLE = 8;

    /** Runs two sentences must share to be copies of one passage. */
    static final int SHARED_SHINGLES = 3;

    private PassageFolds() {
    }

    /** The fold of each sentence (by index), for sentences given as their space-separated tokens. */
    static int[] of(List<String> texts, int folds) {
        int n = texts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // first sentence seen with each run, and how many runs each later sentence shares with each earlier one
        Map<String, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String[] tokens = texts.get(i).split(" ");
            Map<Integer, Integer> shared = new HashMap<>();
            for (int k = 0; k + SHINGLE <= tokens.length; k++) {
                String run = String.join(" ", Arrays.copyOfRange(tokens, k, k + SHINGLE));
                Integer earlier = firstWith.putIfAbsent(run, i);
                if (earlier != null && earlier != i) {
                    int count = shared.merge(earlier, 1, Integer::sum);
                    if (count == SHARED_SHINGLES) {
                        union(parent, earlier, i);
                    }
                }
            }
        }
        int[] fold = new int[n];
        Map<Integer, Integer> passageFold = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            Integer f = passageFold.get(root);
            if (f == null) {
                f = passageFold.size() % folds;
                passageFold.put(root, f);
            }
            fold[i] = f;
        }
        return fold;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
