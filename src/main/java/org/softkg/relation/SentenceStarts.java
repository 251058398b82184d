package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Sentence;

/**
 * Where the sentences of one token sequence open: token 0, and the token after each sentence-final ".", "!" or "?"
 * that begins with a capital letter ("... in 2006 . The [X] was introduced in 2008 ..."). Random corpus lines often
 * run several sentences together; constructions that read "the sentence's opening subject" read each of them.
 * Stateless.
 */
final class SentenceStarts {

    private static final Set<String> ENDS = Set.of(".", "!", "?");

    private SentenceStarts() {
    }

    /** The opening token index of each sentence in {@code sentence}, in order; always holds 0 for a non-empty one. */
    static List<Integer> of(Sentence sentence) {
        List<Integer> out = new ArrayList<>();
        int n = sentence.size();
        if (n == 0) {
            return out;
        }
        out.add(0);
        for (int i = 1; i + 1 < n; i++) {
            if (ENDS.contains(sentence.token(i).text()) && opensWithCapital(sentence.token(i + 1).text())) {
                out.add(i + 1);
            }
        }
        return out;
    }

    private static boolean opensWithCapital(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
