package org.softkg.mention;

import java.util.List;
import java.util.Set;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair: an organisation's name that a coordination cuts. "the Contoso Research Learning Science and Technology
 * team" names one team, but the tags and the finders stop at "and" and leave "Contoso Research Learning Science",
 * which is no name of anything. A name of two or more capitalised words after "the", followed by "and" or "&", one or
 * two untagged capitalised words and a singular organisation noun in lower case ({@link AgentWords#ORGANIZATION_ROLES}:
 * "team", "group", "department", "laboratory"), becomes one name through that noun, an
 * {@link EntityType#ORGANIZATION}: without the noun, "... Science and Technology" would name a field, not the team.
 * A plural noun ("the Zeta and Quill teams") names two, and a coordinated part that is a mention of its own is left
 * alone. It runs after the finders, before {@link AgentTyper}.
 */
public final class CoordinatedNameJoiner implements Repair {

    private static final Set<String> AND = Set.of("and", "&");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (ListLikeSentence.test(sentence)) {
            return mentions;
        }
        return Mentions.grownRight(sentence, mentions, CoordinatedNameJoiner::joinedEnd,
                (s, grown, end) -> grown.withType(EntityType.ORGANIZATION.tagName()));
    }

    /** The end of the organisation's name that {@code m} opens, or -1 when no coordination follows it. */
    private static int joinedEnd(Sentence s, Mention m, boolean[] covered) {
        Span span = m.span();
        if (m.version() != null || span.length() < 2 || span.start() == 0
                || !"the".equalsIgnoreCase(s.token(span.start() - 1).text())) {
            return -1;
        }
        for (int i = span.start(); i < span.end(); i++) {
            if (!TokenShape.isCapitalised(s.token(i).text())) {
                return -1;
            }
        }
        int and = span.end();
        if (and + 2 >= s.size() || covered[and] || !AND.contains(s.token(and).text())) {
            return -1;
        }
        int i = and + 1;
        while (i < s.size() && i - and <= 2 && !covered[i] && CapitalisedNameFinder.isNameWord(s, i)) {
            i++;
        }
        if (i == and + 1 || i >= s.size() || covered[i]) {
            return -1;
        }
        String noun = s.token(i).text();
        return AgentWords.ORGANIZATION_ROLES.contains(noun) ? i + 1 : -1;
    }
}
