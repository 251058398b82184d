package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * Repair 2: drops one-token mentions that cannot be names: a pronoun ("it", "which"), a bare number
 * ({@link TokenShape#isBareNumber}: "10.4", "1987", but not chip names like "8080"), a verb form ("forked" tagged
 * as an Application, "terminate" after "to"), a long command-line option ("--verbose") or a commit hash
 * ("fd65464"). A verb form is a lower-case token tagged VERB or AUX that ends in "-ed" or follows an auxiliary or
 * "to"; gerunds stay because many name concepts ("polling", "paging").
 */
public final class NonNameFilter implements Repair {

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.span().length() != 1 || !isNonName(sentence, m.span().start())) {
                out.add(m);
            }
        }
        return out;
    }

    /** True when token {@code i} of {@code s}, alone, is no name. */
    static boolean isNonName(Sentence s, int i) {
        String t = s.token(i).text();
        return ClosedClass.isPronoun(t, i) || ClosedClass.isFunctionWord(t, i) || TokenShape.isBareNumber(t)
                || TokenShape.isPunctuation(t) || TokenShape.isCommandOption(t) || TokenShape.isCommitHash(t)
                || isVerbForm(s, i);
    }

    /** A lower-case VERB/AUX token in past form ("forked") or after an auxiliary or "to" ("to terminate"). */
    static boolean isVerbForm(Sentence s, int i) {
        Token tok = s.token(i);
        String t = tok.text();
        if (!("VERB".equals(tok.pos()) || "AUX".equals(tok.pos()))
                || !t.equals(t.toLowerCase(Locale.ROOT)) || !t.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (t.endsWith("ing")) {
            return false;
        }
        return (t.endsWith("ed") && !t.endsWith("eed")) || (i > 0 && ClosedClass.isAuxiliaryOrTo(s.token(i - 1).text()));
    }
}
