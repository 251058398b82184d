package org.softkg.relation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.softkg.model.Document;
import org.softkg.model.Fact;
import org.softkg.nlp.PosLemmaAnnotator;

/** Test helpers: annotated one-sentence documents from example markup, facts as short strings. */
final class Docs {

    private static final PosLemmaAnnotator ANNOTATOR = new PosLemmaAnnotator();

    private Docs() {
    }

    /** The IRI a test gives the entity of a mention: its lower-cased text. */
    static String iri(String text) {
        return "e:" + text.toLowerCase(Locale.ROOT);
    }

    /** A POS- and lemma-annotated document of one sentence written in example markup. */
    static Document annotated(String markup) {
        return annotated(ExampleSentence.parse(markup));
    }

    /** The example as a POS- and lemma-annotated document, each mention linked to {@link #iri}. */
    static synchronized Document annotated(ExampleSentence example) {
        return ANNOTATOR.process(example.toDocument("test", Docs::iri));
    }

    /** Facts of {@code markup} under {@code rules}, as "subject relation object" with the IRI prefix removed. */
    static Set<String> facts(RuleSet rules, String markup) {
        return show(new RelationExtractor(rules).process(annotated(markup)).facts());
    }

    static Set<String> show(List<Fact> facts) {
        return facts.stream().map(f -> f.subject().substring(2) + " " + f.relation() + " " + f.object().substring(2))
                .collect(Collectors.toSet());
    }

    /** A rule set of one rule with this pattern, relation {@code rel}, confidence 0.9, and a trivial example. */
    static RuleSet rule(String pattern) {
        return RuleSet.of(List.of(new Rule("r", "rel", RulePattern.compile(pattern), 0.9,
                List.of(new RuleExample(ExampleSentence.parse("[Alpha|Application] x [Beta|Application]"), List.of(), 1)),
                "test", 1)));
    }
}
