package org.softkg.cli;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.softkg.eval.GoldSentence;
import org.softkg.eval.GoldSet;
import org.softkg.eval.Split;

/**
 * Leaves the sentences of one gold file out of another, by sentence id ({@code train relations --exclude}): a model
 * trained without a check part can be measured on it. Stateless.
 */
final class GoldExclusion {

    private GoldExclusion() {
    }

    /** The ids of the sentences of {@code gold}. */
    static Set<Integer> ids(GoldSet gold) {
        return gold.sentences().stream().map(GoldSentence::id).collect(Collectors.toSet());
    }

    /**
     * {@code gold} without the sentences whose id {@code excluded} lists; a {@link UserException} when no tuning
     * sentence is left.
     */
    static GoldSet without(GoldSet gold, GoldSet excluded) {
        Set<Integer> ids = ids(excluded);
        List<GoldSentence> kept = gold.sentences().stream().filter(s -> !ids.contains(s.id())).toList();
        GoldSet out = new GoldSet(gold.file(), kept);
        if (out.select(Split.TUNE).isEmpty()) {
            throw new UserException(gold.file() + ": no tuning sentence is left once the sentences of " + excluded.file()
                    + " are left out");
        }
        return out;
    }
}
