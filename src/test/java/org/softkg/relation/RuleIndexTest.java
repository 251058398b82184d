package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Token;
import org.softkg.rdf.Vocab;

/** The rules a reading's words call up are exactly those whose requirements the words meet, in rule order. */
class RuleIndexTest {

    private static Rule rule(String id, String pattern) {
        return new Rule(id, "rel", RulePattern.compile(pattern), 0.9,
                List.of(new RuleExample(ExampleSentence.parse("[Alpha|Application] x [Beta|Application]"), List.of(), 1)),
                "test", 1);
    }

    private static Set<String> words(String text) {
        return Set.of(text.toLowerCase(Locale.ROOT).split(" "));
    }

    @Test
    void aRuleIsCalledUpOnlyByAWordItNeeds() {
        RuleSet rules = RuleSet.of(List.of(
                rule("forked", "{S} was forked from {O}"),
                rule("any", "{S} {O}"),
                rule("written", "{S} is written in {O}"),
                rule("lemma", "{S} [fork] {O}")));
        assertEquals(List.of("forked", "any"), ids(rules.candidates(words("Zeta was forked from Kappa"), Set.of())));
        assertEquals(List.of("any", "written"), ids(rules.candidates(words("Zeta is written in Kappa"), Set.of())));
        // every word a rule needs must be there, not only the one it is filed under
        assertEquals(List.of("any"), ids(rules.candidates(words("Zeta is written by Kappa"), Set.of())));
        assertEquals(List.of("any", "lemma"), ids(rules.candidates(words("Zeta forks Kappa"), Set.of("fork"))));
    }

    @Test
    void theDefaultRulesCalledUpAreThoseThatMayMatch() {
        RuleSet rules = RuleSet.loadDefault(Vocab.relationNames());
        int sentences = 0;
        for (Rule r : rules.rules()) {
            for (RuleExample example : r.examples()) {
                Set<String> words = new HashSet<>();
                Set<String> lemmas = new HashSet<>();
                for (Token t : Docs.annotated(example.sentence()).sentences().getFirst().tokens()) {
                    words.add(t.text().toLowerCase(Locale.ROOT));
                    lemmas.add(t.lemma());
                }
                List<Rule> expected = rules.rules().stream().filter(x -> x.pattern().mayMatch(words, lemmas)).toList();
                assertEquals(ids(expected), ids(rules.candidates(words, lemmas)), example.sentence().toString());
                sentences++;
            }
        }
        assertEquals(true, sentences > 100, "the default rules have their examples");
    }

    private static List<String> ids(List<Rule> rules) {
        return rules.stream().map(Rule::id).toList();
    }
}
