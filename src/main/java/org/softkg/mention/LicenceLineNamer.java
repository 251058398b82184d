package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair: a line of a README's licence section that only names the licence ({@link LicenceLines}: "MIT",
 * "The MIT License", "MIT © Jane Doe") holds one License mention over that name. The name finder's mention there
 * is typed License; one that runs past the name ("MIT © Jane Doe" found as one name) is cut to it; where the name
 * finder found nothing (a lone "MIT"), a mention is added. Mentions elsewhere in the line stay as they are.
 */
public final class LicenceLineNamer implements Repair {

    private static final String LICENSE = EntityType.LICENSE.tagName();

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (!context.licenceLines().contains(sentence.index())) {
            return mentions;
        }
        Span name = LicenceLines.nameSpan(sentence);
        if (name == null) {
            return mentions;
        }
        Mention first = null;
        for (Mention m : mentions) {
            Span s = m.span();
            boolean overlaps = s.start() < name.end() && s.end() > name.start();
            if (overlaps && (s.start() < name.start() || s.start() > name.start() && s.end() > name.end())) {
                return mentions; // a name across the licence's edge: the line stays as the name finder read it
            }
            if (s.start() == name.start()) {
                first = m;
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size() + 1);
        for (Mention m : mentions) {
            Span s = m.span();
            if (m == first) {
                // the name finder's name, cut to the licence's name ("MIT © Jane Doe"), or shorter ("Apache" of
                // "Apache 2.0", whose version is split off later)
                Span kept = s.end() > name.end() ? name : s;
                out.add(new Mention(m.sentence(), kept, LICENSE, sentence.text(kept), m.version(), m.entity()));
            } else if (first != null || s.start() >= name.end() || s.end() <= name.start()) {
                out.add(m);
            } // else a piece inside the name ("License" of "MIT License") gives way to the whole
        }
        if (first == null) {
            out.add(Mentions.of(sentence, name, LICENSE, null));
            out.sort(Mentions.BY_POSITION);
        }
        return out;
    }
}
