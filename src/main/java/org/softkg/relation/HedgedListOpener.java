package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import org.softkg.model.Sentence;

/**
 * The hedge after a list opener: "including but not limited to :", "including , but not limited to ,". Its "but" and
 * ":" are clause boundaries and its "not" a negation, so no rule read the list after it ("[X] supports emulators for
 * most consoles , including but not limited to : [A] , [B] , [C]"). Each hedge is an {@link ParticipleChain.Elision}:
 * the sentence without it, which every rule reads ("including [A] , [B] , [C]"); only facts read across the left-out
 * words are kept (thirtieth session). Stateless.
 */
final class HedgedListOpener {

    private static final List<String> HEDGE = List.of("but", "not", "limited", "to");

    private HedgedListOpener() {
    }

    /** The hedges of {@code sentence}, in order: the words after each "including" up to its first list member. */
    static List<ParticipleChain.Elision> of(Sentence sentence) {
        List<ParticipleChain.Elision> out = null; // most sentences have no hedge: no list made for them
        for (int i = 0; i + HEDGE.size() < sentence.size(); i++) {
            if (!"including".equalsIgnoreCase(sentence.token(i).text())) {
                continue;
            }
            int j = i + 1;
            if (",".equals(word(sentence, j))) {
                j++;
            }
            if (!hedgeAt(sentence, j)) {
                continue;
            }
            j += HEDGE.size();
            if (":".equals(word(sentence, j)) || ",".equals(word(sentence, j))) {
                j++;
            }
            if (j < sentence.size()) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(new ParticipleChain.Elision(i + 1, j));
            }
        }
        return out == null ? List.of() : out;
    }

    private static boolean hedgeAt(Sentence sentence, int j) {
        for (int k = 0; k < HEDGE.size(); k++) {
            if (!HEDGE.get(k).equals(word(sentence, j + k))) {
                return false;
            }
        }
        return true;
    }

    private static String word(Sentence sentence, int i) {
        return i < sentence.size() ? SentenceUnits.lower(sentence.token(i).text()) : null;
    }
}
