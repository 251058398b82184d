package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 7: marks untagged tokens that are names by their shape alone: CamelCase ("DPorts", "ProPolice"),
 * letters mixed with digits ("USB4BSD", "X11"), and acronyms of two or more capitals tagged PROPN ("SMP"),
 * or whatever their tag when a model number follows ("HP 64700") or the document has a mention of that very text ("CARP support" after
 * "( CARP )"); Roman numerals and units like "MB" are no acronyms. Acronym plurals ("CPUs") and all-lower-case words
 * ("pkgng") are not taken. The name grows over adjacent name-shaped tokens as in {@link NameExtender}
 * ("Intel VT-x"). It gets the type the document's other mentions of the same text have, else
 * {@link Mention#UNTYPED}. List-like sentences are left alone.
 */
public final class ShapeNameFinder implements Repair {

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

    /** True when token {@code i} is a name by shape alone. */
    static boolean isShapeName(Sentence s, int i, RepairContext context) {
        String t = s.token(i).text();
        if (TokenShape.isVersion(t) || TokenShape.isUnit(t) || ClosedClass.isFunctionWord(t, i)) {
            return false;
        }
        return TokenShape.isCamelCase(t) || TokenShape.isAlphanumericName(t)
                || (TokenShape.isAcronym(t) && ("PROPN".equals(s.token(i).pos()) || context.isName(t)
                        || i + 1 < s.size() && NameExtender.isModelNumber(s, i + 1)));
    }
}
