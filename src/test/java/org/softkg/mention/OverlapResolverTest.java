package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

class OverlapResolverTest {

    private final Sentence s = Fixtures.sentence("DragonFly/PROPN BSD/PROPN kernel/NOUN threads/NOUN");

    private List<String> resolve(Mention... mentions) {
        return Fixtures.show(new OverlapResolver().apply(s, List.of(mentions), RepairContext.ofTitle(null)));
    }

    @Test
    void typedMentionWinsOverUntyped() {
        assertEquals(List.of("BSD kernel/Operating_System"),
                resolve(Mentions.of(s, new Span(0, 2), Mention.UNTYPED, null), Mentions.of(s, new Span(1, 3), "Operating_System", null)));
    }

    @Test
    void longerMentionWinsAmongTyped() {
        assertEquals(List.of("DragonFly BSD/Operating_System", "threads/Operating_System"),
                resolve(Mentions.of(s, new Span(1, 2), "Application", null), Mentions.of(s, new Span(0, 2), "Operating_System", null),
                        Mentions.of(s, new Span(3, 4), "Operating_System", null)));
    }
}
