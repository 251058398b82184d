package org.softkg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.model.Span;

class EntityMergeTest {

    private static Mention mention(int sentence, String type, String text, String iri) {
        return new Mention(sentence, new Span(0, 1), type, text, null, iri);
    }

    @Test
    void entitiesWithOneIriBecomeOneWithTheNameLabelAllOtherNamesAndTheMajorityType() {
        List<Entity> parts = List.of(
                new Entity("kg:a", "messenger", Set.of(), Set.of("General_Concept")),
                new Entity("kg:b", "Zelmar", Set.of(), Set.of("Language")),
                new Entity("kg:a", "Messenger", Set.of("MSGR"), Set.of("Application")),
                new Entity("kg:a", "Messenger", Set.of(), Set.of("Application")));
        List<Mention> mentions = List.of(mention(0, "General_Concept", "messenger", "kg:a"),
                mention(1, "Language", "Zelmar", "kg:b"), mention(2, "Application", "Messenger", "kg:a"),
                mention(3, "Application", "MSGR", "kg:a"), mention(4, "Application", "Messenger", "kg:a"));
        List<Entity> merged = EntityMerge.merge(parts, mentions);
        assertEquals(List.of("kg:a", "kg:b"), merged.stream().map(Entity::iri).toList());
        Entity a = merged.getFirst();
        assertEquals("Messenger", a.label());
        assertEquals(Set.of("messenger", "MSGR"), a.aliases());
        assertEquals(Set.of("Application"), a.types());
        assertEquals(parts.get(1), merged.get(1));
    }

    @Test
    void aNameWrittenWithACapitalWinsOverAMoreFrequentLowerCaseWord() {
        List<Entity> parts = List.of(new Entity("kg:a", "orbix", Set.of(), Set.of()),
                new Entity("kg:a", "orbix", Set.of(), Set.of()), new Entity("kg:a", "Orbix", Set.of(), Set.of()));
        assertEquals("Orbix", EntityMerge.merge(parts, List.of()).getFirst().label());
    }
}
