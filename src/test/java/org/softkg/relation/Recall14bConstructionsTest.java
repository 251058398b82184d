package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Twelfth session (recall14b): a tagged lower-case phrase right after a finite "supports", "uses", "implements" ...
 * is the technique or feature the verb names (a term of art by the guidelines), on invented sentences.
 */
class Recall14bConstructionsTest {

    private static final RuleSet RULES = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup, String relation) {
        return Docs.facts(RULES, markup).stream().filter(f -> f.contains(" " + relation + " ")).collect(Collectors.toSet());
    }

    @Test
    void aLowerCaseTermAfterTheVerbIsItsObject() {
        assertEquals(Set.of("quill supports prepared statements", "orbit supports prepared statements"),
                facts("[Quill|Application] and [Orbit|Application] support [prepared statements|Language] .", "supports"));
        assertEquals(Set.of("quill supports generics"),
                facts("[Quill|Language] supports [generics|Language] since version 2 .", "supports"));
        assertEquals(Set.of("quill uses forward error correction"),
                facts("[Quill|Protocol] uses [forward error correction|Error_Name] on noisy links .", "uses"));
    }

    @Test
    void laterMembersOfATermListAndATermBeforeSupport() {
        assertEquals(Set.of("quill supports prepared statements", "quill supports cursors", "quill supports stored procedures"),
                facts("[Quill|Application] supports [prepared statements|Language] , [cursors|Language] and "
                        + "[stored procedures|General_Concept] .", "supports"));
        assertEquals(Set.of("quill supports replication", "orbit supports replication"),
                facts("[Quill|Application] and [Orbit|Application] ship with some [replication|Architecture] support .", "supports"));
        // a list that opens with a capitalised name is no list of terms
        assertEquals(Set.of("quill uses zeta"),
                facts("[Quill|Application] uses [Zeta|Library] , [hard drives|Device] and [fast caches|Architecture] .", "uses"));
    }

    @Test
    void aTaggedModelNumberIsAName() {
        assertEquals(Set.of("quill 10 uses 8086"),
                facts("The [Quill 10|Device] features a surface-mounted [8086|General_Concept] processor .", "uses"));
        assertEquals(Set.of("quill 30 uses 80286"),
                facts("The [Quill 30|Device] uses a 10MHz [80286|General_Concept] .", "uses"));
        // a quantity, a year, an untagged number
        assertEquals(Set.of(), facts("The [Quill|Device] has [512|General_Concept] KB of memory .", "uses"));
        assertEquals(Set.of(), facts("The [Quill|Device] uses [1996|General_Concept] as its epoch .", "uses"));
        assertEquals(Set.of(), facts("The [Quill|Device] uses 8086 instructions .", "uses"));
    }

    @Test
    void anIndefiniteAppositionDescribesANameInsideAPrepositionalPhrase() {
        assertEquals(Set.of("quill 2025 runsOn amiga"),
                facts("[Quill|Application] was followed by [Quill 2025|Application] , an [Amiga|Device] exclusive .", "runsOn"));
        assertEquals(Set.of("orbit developedBy kappa group"),
                facts("The kit adds support for [Orbit|Language] , a parallel language developed by the [Kappa Group|Name] .",
                        "developedBy"));
        assertEquals(Set.of("zorn successorOf quill"),
                facts("Acme abandoned systems such as [Zorn|Operating_System] ( a successor to [Quill|Operating_System] ) .",
                        "successorOf"));
        // a fronted adverbial: its comma opens the main clause, whose subject the apposition is not
        assertEquals(Set.of(), facts("In 2015 , in a deal with [Acme Studios|Name] , an expansion of [Quill|Application] was released .",
                "partOf"));
        assertEquals(Set.of(), facts("In [computer science|General_Concept] , a zorn tree is a structure , invented by [Ann Lee|Name] .",
                "developedBy"));
    }

    @Test
    void aThingAQualifierOrADescriptionStaysNoName() {
        // a class of things, whatever the verb
        assertEquals(Set.of(), facts("[Quill|Device] used [hard drives|Device] with a fast interface .", "uses"));
        // a word that qualifies the noun after it ("modules", "and failure detection mechanisms")
        assertEquals(Set.of(), facts("[Quill|Application] supports [kernel|Architecture] modules .", "supports"));
        assertEquals(Set.of(), facts("[Quill|Protocol] uses [error|Error_Name] and failure detection mechanisms .", "uses"));
        // an indefinite description
        assertEquals(Set.of(), facts("[Quill|Application] uses a [bug|Error_Name] in the firmware to load code .", "uses"));
        // the examples of a term verb's class noun are terms too (eighteenth session)
        assertEquals(Set.of("quill supports closures", "quill supports generics"),
                facts("[Quill|Language] supports constructs such as [closures|Language] and [generics|Language] .",
                        "supports"));
        // but a technique after "a" is a term (eighteenth session)
        assertEquals(Set.of("quill uses hash function"),
                facts("[Quill|Application] uses a [hash function|Algorithm] to index its pages .", "uses"));
        assertEquals(Set.of("quill uses client-server architecture"),
                facts("[Quill|Protocol] uses a [client-server architecture|Architecture] .", "uses"));
        // no finite verb before it
        assertEquals(Set.of(), facts("[Quill|Application] has [prepared statements|Language] .", "supports"));
    }
}
