package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import org.softkg.entity.LabelNormalizer;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 10b: gives back the period that the tokeniser split off an abbreviation ending a name: "Produced by
 * Litton Systems Inc . in Van Nuys" has the name "Litton Systems Inc ." (shown "Litton Systems Inc.", the same
 * entity as "Litton Systems Inc" and "Litton Systems Inc.", see {@link LabelNormalizer#isAbbreviation}). The
 * period joins a name of two or more words whose last word is such an abbreviation ("Inc", "Ltd", "Corp", "Co",
 * "Jr") when it ends the sentence or the next token does not open a new sentence (a lower-case word, a
 * bracket, a comma); before a capitalised word ("Zeta Inc . The company ...") it may end the sentence and
 * stays out.
 */
public final class AbbreviationPeriod implements Repair {

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Span span = m.span();
            int period = span.end();
            boolean joins = span.length() >= 2 && m.version() == null
                    && LabelNormalizer.isAbbreviation(sentence.token(period - 1).text())
                    && period < sentence.size() && !covered[period] && ".".equals(sentence.token(period).text())
                    && (period + 1 == sentence.size() || !opensSentence(sentence.token(period + 1).text()));
            out.add(joins ? Mentions.reshape(sentence, m, new Span(span.start(), period + 1)) : m);
        }
        return out;
    }

    /** A word that may open a new sentence: it starts with a capital letter or a digit. */
    private static boolean opensSentence(String t) {
        return Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0));
    }
}
