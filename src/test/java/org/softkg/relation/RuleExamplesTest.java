package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every default rule, run alone, draws exactly its expected facts from each of its examples. */
class RuleExamplesTest {

    static Stream<Rule> defaultRules() {
        return RuleSet.loadDefault(RelationNames.CORE).rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultRules")
    void ruleDrawsItsExpectedFactsFromItsExamples(Rule rule) {
        RelationExtractor alone = new RelationExtractor(RuleSet.of(List.of(rule)));
        for (RuleExample example : rule.examples()) {
            Set<String> expected = example.expected().stream()
                    .map(e -> lower(e.subject()) + " " + rule.relation() + " " + lower(e.object()))
                    .collect(Collectors.toSet());
            Set<String> actual = Docs.show(alone.process(Docs.annotated(example.sentence())).facts());
            assertEquals(expected, actual, rule + ", example on line " + example.line());
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
