package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.corpus.InputFormatException;

class RuleParserTest {

    private static final String GOOD = """
            # a comment
            rule fork-passive
              relation   forkedFrom
              match      {S} [be] forked from {O}
              confidence 0.9
              example    "[A|Operating_System] was forked from [B|Operating_System] ."
              expect     A -> B
              example    "[C|Name] was forked from [D|Application] 2.0 ."
              expect     none
            """;

    private static RuleSet parse(String text) {
        return RuleSet.parse("test.rules", text.lines().toList(), RelationNames.CORE);
    }

    private static InputFormatException failure(String text) {
        return assertThrows(InputFormatException.class, () -> parse(text));
    }

    @Test
    void readsARuleWithItsExamples() {
        Rule rule = parse(GOOD).rules().getFirst();
        assertEquals("fork-passive", rule.id());
        assertEquals("forkedFrom", rule.relation());
        assertEquals(0.9, rule.confidence());
        assertEquals("{S} [be] forked from {O}", rule.pattern().source());
        assertEquals(2, rule.examples().size());
        assertEquals(List.of(new RuleExample.Expected("A", "B")), rule.examples().get(0).expected());
        assertTrue(rule.examples().get(1).expected().isEmpty());
        assertEquals(2, rule.line());
    }

    @Test
    void unknownRelationIsAnErrorWithFileAndLine() {
        InputFormatException e = failure(GOOD.replace("forkedFrom", "spawnedBy"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("test.rules:3: unknown relation 'spawnedBy'"), e.getMessage());
    }

    @Test
    void badPatternNamesLineAndColumn() {
        InputFormatException e = failure(GOOD.replace("{S} [be] forked", "{S} [be forked"));
        assertEquals(4, e.line());
        assertTrue(e.problem().contains("bad match pattern: column"), e.problem());
    }

    @Test
    void patternWithoutObjectSlotIsAnError() {
        assertTrue(failure(GOOD.replace("from {O}", "from")).problem().contains("{S} and one {O}"));
    }

    @Test
    void unknownSlotTypeIsAnError() {
        InputFormatException e = failure(GOOD.replace("from {O}", "from {O:Compiler}"));
        assertTrue(e.problem().contains("unknown entity type 'Compiler'"), e.problem());
    }

    @Test
    void unknownPosTagIsAnError() {
        assertTrue(failure(GOOD.replace("[be]", "<VB>")).problem().contains("unknown POS tag 'VB'"));
    }

    @Test
    void exampleWithoutExpectIsAnErrorAtTheExample() {
        InputFormatException e = failure(GOOD.replace("  expect     none\n", ""));
        assertEquals(8, e.line());
        assertTrue(e.problem().contains("no 'expect' line"), e.problem());
    }

    @Test
    void ruleWithoutExampleIsAnError() {
        String text = """
                rule r
                  relation uses
                  match {S} uses {O}
                  confidence 0.5
                """;
        InputFormatException e = failure(text);
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("no 'example' line"), e.problem());
    }

    @Test
    void expectMustNameMentionsOfTheExample() {
        InputFormatException e = failure(GOOD.replace("expect     A -> B", "expect     A -> Z"));
        assertEquals(7, e.line());
        assertTrue(e.problem().contains("'Z' is not a mention of the example on line 6"), e.problem());
    }

    @Test
    void confidenceOutsideZeroToOneIsAnError() {
        InputFormatException e = failure(GOOD.replace("0.9", "1.5"));
        assertEquals(5, e.line());
        assertTrue(e.problem().contains("outside [0,1]"), e.problem());
    }

    @Test
    void duplicateRuleIdIsAnError() {
        InputFormatException e = failure(GOOD + GOOD);
        assertEquals(11, e.line());
        assertTrue(e.problem().contains("duplicate rule id 'fork-passive'"), e.problem());
    }

    @Test
    void unknownKeywordIsAnError() {
        InputFormatException e = failure(GOOD.replace("  confidence 0.9", "  weight 0.9"));
        assertEquals(5, e.line());
        assertTrue(e.problem().contains("unknown keyword 'weight'"), e.problem());
    }

    @Test
    void attributeBeforeAnyRuleIsAnError() {
        InputFormatException e = failure("relation uses\n" + GOOD);
        assertEquals(1, e.line());
    }

    @Test
    void badExampleMarkupIsAnError() {
        InputFormatException e = failure(GOOD.replace("[B|Operating_System] .", "[B|Compiler] ."));
        assertEquals(6, e.line());
        assertTrue(e.problem().contains("unknown type 'Compiler'"), e.problem());
    }

    @Test
    void loadsAFileAndReportsItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.rules");
        Files.writeString(file, GOOD.replace("0.9", "x"));
        InputFormatException e = assertThrows(InputFormatException.class, () -> RuleSet.load(file, RelationNames.CORE));
        assertEquals(file + ":5: confidence 'x' is not a number", e.getMessage());
    }

    @Test
    void userRulesReplaceDefaultRulesOfTheSameIdAndAddTheirOwn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.rules");
        Files.writeString(file, GOOD.replace("fork-passive", "based-on").replace("0.9", "0.4")
                + GOOD.replace("fork-passive", "my-fork"));
        RuleSet defaults = RuleSet.loadDefault(RelationNames.CORE);
        RuleSet combined = RuleSet.loadDefaultPlus(file, RelationNames.CORE);
        assertEquals(defaults.size() + 1, combined.size());
        Rule replaced = combined.rules().stream().filter(r -> r.id().equals("based-on")).findFirst().orElseThrow();
        assertEquals(0.4, replaced.confidence());
        assertEquals(file.toString(), replaced.file());
        assertEquals("my-fork", combined.rules().getLast().id());
    }

    @Test
    void defaultRulesCoverEveryCoreRelation() {
        Set<String> relations = RuleSet.loadDefault(RelationNames.CORE).rules().stream()
                .map(Rule::relation).collect(Collectors.toSet());
        assertEquals(RelationNames.CORE, relations);
    }

    @Test
    void defaultRulesFailWhenARelationIsNotKnown() {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> RuleSet.loadDefault(Set.of("forkedFrom")));
        assertTrue(e.getMessage().startsWith(RuleSet.DEFAULT_RESOURCE + ":"), e.getMessage());
    }
}
