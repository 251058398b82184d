package org.softkg.relation.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * The pairs of mentions of one sentence that the classifier looks at: resolved mentions (tagged names, untyped
 * capitalised names, persons and organisations the mention stages found) whose words can be a name, no more than
 * {@link #MAX_GAP} tokens apart and with no more than {@link #MAX_BETWEEN} other mentions between them, of two
 * different entities. A mention made only of pronouns, numbers, verbs or function words is never an argument
 * (the same refusal the rule engine makes), nor is an all-lower-case phrase. Stateless.
 */
public final class CandidatePairs {

    /** The largest number of tokens between the two mentions of a pair. */
    public static final int MAX_GAP = 25;
    /** The largest number of other mentions between the two mentions of a pair. */
    public static final int MAX_BETWEEN = 4;

    private static final Set<String> NOT_NAME_POS = Set.of("PRON", "NUM", "VERB", "AUX", "ADP", "DET", "CCONJ",
            "SCONJ", "PART", "PUNCT", "SYM", "ADV", "INTJ");

    private CandidatePairs() {
    }

    /** The candidate pairs of {@code sentence}, its mentions given in span order. */
    public static List<Candidate> of(Sentence sentence, List<Mention> sentenceMentions) {
        List<Mention> usable = usable(sentence, sentenceMentions);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            Mention a = usable.get(i);
            for (int j = i + 1; j < usable.size(); j++) {
                Mention b = usable.get(j);
                if (b.span().start() < a.span().end() || a.entity().equals(b.entity())) {
                    continue;
                }
                if (b.span().start() - a.span().end() > MAX_GAP || j - i - 1 > MAX_BETWEEN) {
                    break;
                }
                out.add(new Candidate(sentence, a, b, usable));
            }
        }
        return out;
    }

    /** The mentions that may be arguments, in span order. */
    static List<Mention> usable(Sentence sentence, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.entity() != null && canBeName(sentence, m)) {
                out.add(m);
            }
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /**
     * False for a mention that has no letter, is all lower case (a class noun such as "web application", "free", not
     * a name), or whose tokens are all pronouns, numbers, verbs or function words (a capitalised word after the
     * first of the sentence counts as a name whatever its tag).
     */
    static boolean canBeName(Sentence sentence, Mention m) {
        if (m.text().codePoints().noneMatch(Character::isLetter) || m.text().codePoints().noneMatch(Character::isUpperCase)) {
            return false;
        }
        for (int i = m.span().start(); i < m.span().end(); i++) {
            Token t = sentence.token(i);
            if (t.pos() == null || !NOT_NAME_POS.contains(t.pos())) {
                return true;
            }
            // a capitalised word inside the sentence that the tagger took for a verb or adverb is a name ("Betalang")
            if (i > 0 && Character.isUpperCase(t.text().codePointAt(0)) && !"PRON".equals(t.pos()) && !"NUM".equals(t.pos())) {
                return true;
            }
        }
        return false;
    }
}
