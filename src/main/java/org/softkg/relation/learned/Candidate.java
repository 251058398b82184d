package org.softkg.relation.learned;

import java.util.List;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Two mentions of one sentence that might be related, in text order ({@code first} before {@code second}), with
 * the sentence's other candidate mentions (for features that name what lies between them).
 *
 * @param sentence the sentence
 * @param first    the mention that comes first
 * @param second   the mention that comes second
 * @param mentions every candidate mention of the sentence, in span order
 */
public record Candidate(Sentence sentence, Mention first, Mention second, List<Mention> mentions) {

    public Candidate {
        mentions = List.copyOf(mentions);
        if (first.span().start() >= second.span().start()) {
            throw new IllegalArgumentException("first mention " + first + " does not come before " + second);
        }
    }

    /** Number of tokens strictly between the two mentions. */
    public int gap() {
        return Math.max(0, second.span().start() - first.span().end());
    }

    /** The candidate mentions that lie wholly between the two. */
    public List<Mention> between() {
        return mentions.stream().filter(m -> m.span().start() >= first.span().end()
                && m.span().end() <= second.span().start()).toList();
    }
}
