package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 7: marks untagged tokens that are names by their shape alone: CamelCase ("DPorts", "ProPolice"),
 * letters mixed with digits ("USB4BSD", "X11"), hyphenated capitals and digits ("DR-DOS", "RS-232"),
 * acronyms of four or more capitals whatever their tag but VERB ("POSIX standard"), and acronyms of two or more capitals tagged PROPN ("SMP"),
 * or whatever their tag when a model number follows ("HP 64700") or the document has a mention of that very text ("CARP support" after
 * "( CARP )"); Roman numerals and units like "MB" are no acronyms. Acronym plurals ("CPUs") and all-lower-case words
 * ("pkgng") are not taken. The name grows over adjacent name-shaped tokens as in {@link NameExtender}
 * ("Intel VT-x"). It gets the type the document's other mentions of the same text have, else
 * {@link Mention#UNTYPED}. List-like sentences are left alone.
 */
public final class ShapeNameFinder implements Repair {

    /**
     * An acronym of this many capitals is a name whatever its part-of-speech tag but a verb ("POSIX" and "COBOL" come out
     * as NOUN before a noun); shorter ones ("CPU", "RAM") need a PROPN tag or a mention of the same text.
     */
    static final int LONG_ACRONYM = 4;

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (ListLikeSentence.test(sentence)) {
            return mentions;
        }
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            if (covered[i] || !isShapeName(sentence, i, context)) {
                continue;
            }
            covered[i] = true;
            int start = NameExtender.growLeft(sentence, i, covered, context);
            int end = NameExtender.growRight(sentence, i + 1, covered, context);
            added.add(Mentions.found(sentence, new Span(start, end), context));
            i = end - 1;
        }
        return added.isEmpty() ? mentions : Mentions.merged(mentions, added);
    }

    /**
     * A capitalised word with lower-case letters right before or after token {@code i}: the token is one word of a longer
     * name ("ITU-T G.hn"), which {@link CapitalisedNameFinder} takes whole; an acronym after it ("CPU") is no such word.
     */
    private static boolean nextToCapitalisedWord(Sentence s, int i) {
        return i > 0 && startsUpper(s.token(i - 1).text()) && !ClosedClass.isFunctionWord(s.token(i - 1).text(), i - 1)
                || i + 1 < s.size() && startsUpper(s.token(i + 1).text());
    }

    /** Opens with a capital and has a lower-case letter: a word of a title ("G.hn", "Foundation"), no acronym ("CPU"). */
    private static boolean startsUpper(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && t.chars().anyMatch(Character::isLowerCase);
    }

    /** True when token {@code i} is a name by shape alone. */
    static boolean isShapeName(Sentence s, int i, RepairContext context) {
        String t = s.token(i).text();
        if (TokenShape.isVersion(t) || TokenShape.isUnit(t) || ClosedClass.isFunctionWord(t, i)) {
            return false;
        }
        if ((TokenShape.isHyphenName(t) || TokenShape.isAcronym(t) && t.length() >= LONG_ACRONYM && !"VERB".equals(s.token(i).pos()))
                && !nextToCapitalisedWord(s, i)) {
            return true;
        }
        return TokenShape.isCamelCase(t) || TokenShape.isAlphanumericName(t)
                || (TokenShape.isAcronym(t) && ("PROPN".equals(s.token(i).pos()) || context.isName(t)
                        || i + 1 < s.size() && NameExtender.isModelNumber(s, i + 1)));
    }
}
