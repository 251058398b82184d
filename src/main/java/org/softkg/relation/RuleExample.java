package org.softkg.relation;

import java.util.List;

/**
 * An example sentence of a rule with the facts the rule must draw from it.
 *
 * @param sentence the example, parsed from its markup
 * @param expected expected (subject, object) mention texts; empty for {@code expect none}
 * @param line     1-based line of the {@code example} in the rule file
 */
public record RuleExample(ExampleSentence sentence, List<Expected> expected, int line) {

    public RuleExample {
        expected = List.copyOf(expected);
    }

    /**
     * One expected fact, by the texts of its mentions.
     *
     * @param subject text of the subject mention
     * @param object  text of the object mention
     */
    public record Expected(String subject, String object) {
    }
}
