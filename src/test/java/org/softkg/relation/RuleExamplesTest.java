package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every default rule must draw exactly its expected facts from each of its examples. */
class RuleExamplesTest {

    static Stream<Rule> defaultRules() {
        return RuleSet.loadDefault(RelationNames.CORE).rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultRules")
    void ruleDrawsItsExpectedFactsFromItsExamples(Rule rule) {
        RuleSet alone = RuleSet.of(java.util.List.of(rule));
        for (RuleExample example : rule.examples()) {
            Set<String> expected = example.expected().stream()
                    .map(e -> e.subject().toLowerCase(java.util.Locale.ROOT) + " " + rule.relation() + " "
                            + e.object().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.toSet());
            String markup = example.sentence().tokens().stream().map(t -> t.text()).collect(Collectors.joining(" "));
            Set<String> actual = Docs.show(new RelationExtractor(alone)
                    .process(Docs.annotated(markupOf(example))).facts());
            assertEquals(expected, actual, rule + " on example line " + example.line() + ": " + markup);
        }
    }

    /** Markup again from the parsed example, so the test goes through the same parser as the file. */
    private static String markupOf(RuleExample example) {
        StringBuilder sb = new StringBuilder();
        var tokens = example.sentence().tokens();
        var mentions = example.sentence().mentions();
        int m = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (m < mentions.size() && mentions.get(m).span().start() == i) {
                var mention = mentions.get(m++);
                sb.append('[').append(mention.text()).append('|').append(mention.type()).append("] ");
                i = mention.span().end() - 1;
            } else {
                sb.append(tokens.get(i).text()).append(' ');
            }
        }
        return sb.toString().strip();
    }
}
