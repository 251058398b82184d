package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair (after the finders and joiners, before the overlap resolution): the verb or label that opens a line of a
 * change log is no part of a name ({@link ChangeLogVerbs}: "Drop Node.js 14" names Node.js 14, "REFACTOR use ..." and
 * "Fix based on ..." name nothing). The word is cut off the front of a mention that starts with it; a mention of
 * that word alone goes.
 */
public final class ChangeVerbTrimmer implements Repair {

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (!ChangeLogVerbs.opensChange(sentence)) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.span().start() != 0) {
                out.add(m);
            } else if (m.span().length() > 1) {
                out.add(Mentions.reshape(sentence, m, new Span(1, m.span().end())));
            }
        }
        return out;
    }
}
