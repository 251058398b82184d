package org.softkg.mention;

import java.util.List;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/** One repair of {@link MentionRepair}: takes the mentions of one sentence and returns them repaired. */
public interface Repair {

    /**
     * Repairs the mentions of one sentence.
     *
     * @param sentence the sentence, with POS tags
     * @param mentions its mentions, sorted by span
     * @param context  what the document says as a whole (title, names and their types)
     * @return the repaired mentions, sorted by span; a repair creates no overlap that was not there
     */
    List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context);

    /** A short name for reports. */
    default String name() {
        return getClass().getSimpleName();
    }
}
