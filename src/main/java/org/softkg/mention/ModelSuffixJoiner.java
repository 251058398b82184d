package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair: a model name of three parts, a name, a model number and a short suffix ("Zeta 830 G5", "Orbo 1000 SL",
 * "Kappa 6800 XT"), which the tags and the shape finders cut into pieces: the name, and the suffix as a name of
 * its own ("G5"). The name takes the number and the suffix back when the suffix is uncovered or a mention of
 * its own one token long, and no name-like token follows it (so a table row or a longer run is left alone). A
 * suffix mention that stays right after a bare model number with no name before it ("... , 840 G5 and 850 G5")
 * is a piece of a name listed by its number only, and is dropped: it names nothing by itself. Two names are
 * never glued: the suffix is one or two capitals, with one or two digits or none, and no unit ("512 MB"), and the
 * number must be a model number ({@link NameExtender#isModelNumber}: no year, no quantity).
 */
public final class ModelSuffixJoiner implements Repair {

    /**
     * "G5", "SL", "XT", "S", "R2": one or two capitals, with one or two digits or none. Three capitals are as
     * often a generic acronym after a chip's name ("Zeta 835 CPU", "Kappa 8727 DMA") and do not join.
     */
    private static final Pattern SUFFIX = Pattern.compile("[A-Z]{1,2}[0-9]{0,2}");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            int end = m.span().end();
            if (end + 1 >= sentence.size() || covered[end] || !isNameEnd(sentence.token(end - 1).text())
                    || !NameExtender.isModelNumber(sentence, end) || !isSuffix(sentence, end + 1)
                    || end + 2 < sentence.size() && looksLikeName(sentence, end + 2)) {
                continue;
            }
            int suffixMention = mentionAt(out, end + 1);
            if (covered[end + 1] && (suffixMention < 0 || out.get(suffixMention).span().length() != 1)) {
                continue;
            }
            out.set(k, Mentions.reshape(sentence, m, new Span(m.span().start(), end + 2)));
            covered[end] = true;
            covered[end + 1] = true;
            if (suffixMention >= 0) {
                out.remove(suffixMention);
            }
        }
        out.removeIf(m -> isOrphanSuffix(sentence, m));
        return out;
    }

    /** A one-token suffix mention right after a model number that no name precedes. */
    private static boolean isOrphanSuffix(Sentence s, Mention m) {
        int i = m.span().start();
        return m.span().length() == 1 && i >= 1 && isSuffix(s, i) && NameExtender.isModelInteger(s.token(i - 1).text())
                && (i < 2 || !isNameEnd(s.token(i - 2).text()));
    }

    private static boolean isSuffix(Sentence s, int i) {
        String t = s.token(i).text();
        return SUFFIX.matcher(t).matches() && !TokenShape.isUnit(t);
    }

    /** The last token of a name that a model number may follow: capitalised or name-shaped, no number. */
    static boolean isNameEnd(String t) {
        return (TokenShape.isCapitalised(t) || TokenShape.isStrongName(t)) && !t.chars().allMatch(Character::isDigit);
    }

    /** True when token {@code i} may start or continue a name: a capital, a digit or a name shape, no function word. */
    static boolean looksLikeName(Sentence s, int i) {
        String t = s.token(i).text();
        return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))
                || TokenShape.isStrongName(t)) && !ClosedClass.isFunctionWord(t, i);
    }

    private static int mentionAt(List<Mention> mentions, int token) {
        for (int k = 0; k < mentions.size(); k++) {
            if (mentions.get(k).span().start() == token) {
                return k;
            }
        }
        return -1;
    }
}
