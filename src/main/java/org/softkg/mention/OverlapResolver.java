package org.softkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Repair 10, the last: leaves overlapping mentions out so that the result is non-overlapping and sorted
 * by span. Where two overlap, a typed mention wins over an {@link Mention#UNTYPED} one, then the longer,
 * then the earlier.
 */
public final class OverlapResolver implements Repair {

    private static final Comparator<Mention> PREFERENCE = Comparator
            .comparing((Mention m) -> Mention.UNTYPED.equals(m.type()))
            .thenComparing(m -> -m.span().length())
            .thenComparing(Mention::span);

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        List<Mention> byPreference = new ArrayList<>(mentions);
        byPreference.sort(PREFERENCE);
        List<Mention> kept = new ArrayList<>();
        for (Mention m : byPreference) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
                kept.add(m);
            }
        }
        kept.sort(Mentions.BY_POSITION);
        return kept;
    }
}
