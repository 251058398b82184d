package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.eval.GoldSentence;
import org.softkg.eval.GoldSet;

class GoldExclusionTest {

    private static GoldSet gold(String... lines) {
        return GoldSet.parse("g.jsonl", List.of(lines));
    }

    @Test
    void theListedSentencesAreLeftOutAndTheOthersKeptInOrder() {
        GoldSet all = gold("{\"id\": 5, \"hash\": \"aaaaaaaa\", \"split\": \"tune\", \"facts\": []}",
                "{\"id\": 9, \"hash\": \"bbbbbbbb\", \"split\": \"tune\", \"facts\": []}",
                "{\"id\": 12, \"hash\": \"cccccccc\", \"split\": \"heldout\", \"facts\": []}",
                "{\"id\": 20, \"hash\": \"dddddddd\", \"split\": \"tune\", \"facts\": []}");
        GoldSet check = GoldSet.parse("check.jsonl", List.of("{\"id\": 9, \"hash\": \"bbbbbbbb\", \"split\": \"tune\", \"facts\": []}"));
        GoldSet kept = GoldExclusion.without(all, check);
        assertEquals(List.of(5, 12, 20), kept.sentences().stream().map(GoldSentence::id).toList());
    }

    @Test
    void nothingLeftToLearnFromIsAUserError() {
        GoldSet all = gold("{\"id\": 5, \"hash\": \"aaaaaaaa\", \"split\": \"tune\", \"facts\": []}",
                "{\"id\": 12, \"hash\": \"cccccccc\", \"split\": \"heldout\", \"facts\": []}");
        GoldSet check = GoldSet.parse("check.jsonl", List.of("{\"id\": 5, \"hash\": \"aaaaaaaa\", \"split\": \"tune\", \"facts\": []}"));
        UserException e = assertThrows(UserException.class, () -> GoldExclusion.without(all, check));
        assertEquals("g.jsonl: no tuning sentence is left once the sentences of check.jsonl are left out", e.getMessage());
    }
}
