package org.softkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentenceChunksTest {

    @Test
    void resultsComeBackInOrderWhateverThreadComputedThem() {
        List<Integer> items = IntStream.range(0, 5 * SentenceChunks.CHUNK + 7).boxed().toList();
        List<Integer> doubled = SentenceChunks.map(items, 3, i -> i * 2, () -> i -> i * 2);
        assertEquals(items.stream().map(i -> i * 2).toList(), doubled);
    }

    @Test
    void aFailureInAHelperReachesTheCaller() {
        List<Integer> items = IntStream.range(0, 4 * SentenceChunks.CHUNK).boxed().toList();
        Function<Integer, Integer> failing = i -> {
            if (i == 3 * SentenceChunks.CHUNK + 1) {
                throw new IllegalStateException("bad sentence");
            }
            return i;
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SentenceChunks.map(items, 2, failing, () -> failing));
        assertEquals("bad sentence", e.getMessage());
    }
}
