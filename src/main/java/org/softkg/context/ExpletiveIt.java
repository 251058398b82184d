package org.softkg.context;

import java.util.Locale;
import java.util.Set;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * An expletive "it", which refers to nothing: "It is possible to run ...", "It was announced that ...", "It seems
 * ...". "It is similar to [X]" and "It runs on [X]" refer. Used wherever an "It" is resolved to a name: the article's
 * subject ({@link SubjectReferences}) and the opening subject of the sentence before in one token sequence
 * ({@code relation.CarriedSubject}). Stateless.
 */
public final class ExpletiveIt {

    private static final Set<String> EXPLETIVE_VERBS = Set.of("seem", "appear", "remain", "follow", "happen", "turn");
    private static final Set<String> VERB_POS = Set.of("VERB", "AUX");

    private ExpletiveIt() {
    }

    /** True when the words from token {@code i} on, right after an "It", make it expletive. */
    public static boolean follows(Sentence s, int i) {
        while (i < s.size() && "ADV".equals(s.token(i).pos())) {
            i++;
        }
        if (i >= s.size()) {
            return false;
        }
        String lemma = s.token(i).lemma();
        if (lemma != null && EXPLETIVE_VERBS.contains(lemma)) {
            return true;
        }
        if (!"be".equals(s.token(i).lemma())) {
            return false;
        }
        int j = i + 1;
        while (j < s.size() && ("ADV".equals(s.token(j).pos()) || "PART".equals(s.token(j).pos()))) {
            j++;
        }
        if (j + 1 >= s.size()) {
            return false;
        }
        String next = s.token(j + 1).text().toLowerCase(Locale.ROOT);
        String pos = String.valueOf(s.token(j).pos());
        // "It is possible to run ...", not "It is similar to [X]": "to" before a verb only
        boolean infinitive = next.equals("to") && j + 2 < s.size()
                && VERB_POS.contains(String.valueOf(s.token(j + 2).pos()))
                && Token.OUTSIDE.equals(s.token(j + 2).tag()); // "similar to [Go]" names a language
        return (pos.equals("ADJ") && (infinitive || next.equals("that")))
                || (pos.equals("VERB") && next.equals("that"));
    }
}
