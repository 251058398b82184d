package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * Session 25: a language or a protocol named before a tool that handles it ("[Kappa] 's [Zeta] compiler") is neither
 * the tool's maker's product nor written in the tool's language; a command-line option ("--compilerHost") is no
 * argument of a fact; a site that hosts code ("available on [GitHub]") is no platform; a participle after the people a
 * program is for ("designed for power users developed by [X]") is the program's.
 */
class Constructions25Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup).stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    @Test
    void aLanguageBeforeAToolNounOnlySaysWhatTheToolHandles() {
        assertEquals(Set.of(), facts("[Qorva|Application] 's [Zeplang|Language] compiler is written in [Brimble|Language] ."));
        assertEquals(Set.of(), facts("The [Zeplang|Language] parser was developed by [Qorva Labs|Organization] ."));
    }

    @Test
    void aBaseBeforeALanguageAndItsToolIsTheTools() {
        assertEquals(Set.of(), facts("The [Brimble-based|Language] [Zeplang|Language] compiler is fast ."));
        assertEquals(Set.of("zeplang writtenin brimble"),
                facts("The [Brimble-based|Language] [Zeplang|Language] dialect is fast ."));
    }

    @Test
    void theLanguageItselfStillHasItsMakerAndItsImplementation() {
        assertEquals(Set.of("zeplang developedby qorva labs"),
                facts("[Qorva Labs|Organization] 's [Zeplang|Language] language was designed in 1990 ."));
        assertEquals(Set.of("zeplang writtenin brimble"),
                facts("The [Zeplang|Language] source code is written in [Brimble|Language] ."));
        // a product's own kind noun after a name the tags call a protocol leaves the maker's fact
        assertEquals(Set.of("zepcast developedby qorva labs"),
                facts("[Qorva Labs|Organization] 's [Zepcast|Protocol] service saves power ."));
    }

    @Test
    void aCommandLineOptionIsNoArgument() {
        assertEquals(Set.of(), facts("[Qorva|Application] requires --compilerHost to work ."));
        assertEquals(Set.of("qorva dependson zeplang"), facts("[Qorva|Application] requires [Zeplang|Language] to work ."));
    }

    @Test
    void aSiteThatHostsCodeIsNoPlatform() {
        assertEquals(Set.of(), facts("The source of [Qorva|Application] is available on [GitHub|Application] ."));
        assertEquals(Set.of("qorva runson movix"), facts("[Qorva|Application] is available on [Movix|Operating_System] ."));
    }

    @Test
    void aParticipleAfterThePeopleAProgramIsForIsTheProgramsOwn() {
        assertEquals(Set.of("qorva developedby zentix"),
                facts("[Qorva|Application] is a set of tools designed for [power users|General_Concept] developed by "
                        + "[Zentix|Organization] ."));
        // a participle after the programs a tool is for stays theirs
        assertEquals(Set.of(), facts("[Qorva|Application] is a debugger for programs originally developed by [Zentix|Organization] ."));
    }
}
