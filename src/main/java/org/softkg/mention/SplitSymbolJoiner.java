package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair: a name whose closing "++" or "#" the tokeniser split off ("Zeta/Z" + "++", "Q" + "#"): the mention
 * takes the symbol back when it is the next token, untagged, and the name ends in a letter (before "#", in a word
 * of one or two letters, see {@link #endsLanguageName}), so that
 * "Zeta/Z ++" is not read as a name "Zeta/Z" (the symbol is part of a language's name, never a word of its own).
 */
public final class SplitSymbolJoiner implements Repair {

    /** Symbols that end language names: "C++", "C#", "F#". */
    static final Set<String> SYMBOLS = Set.of("++", "#");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int end = m.span().end();
            String last = sentence.token(end - 1).text();
            if (end < sentence.size() && !covered[end] && SYMBOLS.contains(sentence.token(end).text())
                    && endsLanguageName(last, sentence.token(end).text())) {
                covered[end] = true;
                out.add(Mentions.reshape(sentence, m, new Span(m.span().start(), end + 1)));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether {@code last} may end a name that {@code symbol} completes: it ends in a letter, and before "#" (a
     * number sign as often: "Orbit # 2") the letters after its last "/" or "-" are one or two ("Q", "Zeta/F").
     */
    static boolean endsLanguageName(String last, String symbol) {
        if (last.isEmpty() || !Character.isLetter(last.charAt(last.length() - 1))) {
            return false;
        }
        if (symbol.equals("#")) {
            String word = last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf('-')) + 1);
            return word.length() <= 2 && word.chars().allMatch(Character::isLetter);
        }
        return true;
    }
}
