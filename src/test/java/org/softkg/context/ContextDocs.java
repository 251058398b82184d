package org.softkg.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.pipeline.Pipeline;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.relation.ExampleSentence;
import org.softkg.relation.RelationNames;
import org.softkg.relation.RuleSet;

/** Test helpers: tagged documents written in rule-example markup, run through the standard pipeline. */
final class ContextDocs {

    private static final RuleSet RULES = RuleSet.loadDefault(RelationNames.CORE);

    private ContextDocs() {
    }

    /**
     * A document titled {@code title} (null: none) of these sentences, each in example markup
     * ({@code "[Quillpad|Application] is written in [Rust|Language] ."}; untyped names are left untagged),
     * through the whole standard pipeline for tagged input.
     */
    static synchronized Document run(String title, String... sentences) {
        List<Sentence> parsed = new ArrayList<>();
        for (String markup : sentences) {
            parsed.add(Sentence.ofTokens(parsed.size(), ExampleSentence.parse(markup).tokens()));
        }
        Pipeline pipeline = StandardPipeline.forTaggedInput(RULES);
        return pipeline.process(Document.of("test", title, "test", parsed));
    }

    /** The facts of {@code d} as "subject-label relation object-label". */
    static Set<String> facts(Document d) {
        Map<String, String> labels = d.entities().stream().collect(Collectors.toMap(Entity::iri, Entity::label));
        Function<String, String> label = iri -> labels.getOrDefault(iri, iri);
        return d.facts().stream().map(f -> label.apply(f.subject()) + " " + f.relation() + " " + label.apply(f.object()))
                .collect(Collectors.toSet());
    }

    /** The entity labelled {@code label}, or null. */
    static Entity entity(Document d, String label) {
        return d.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElse(null);
    }

    /** The texts of the mentions of sentence {@code index} linked to the entity labelled {@code label}. */
    static List<String> mentionsOf(Document d, int index, String label) {
        Entity e = entity(d, label);
        return e == null ? List.of() : d.mentionsIn(index).stream().filter(m -> e.iri().equals(m.entity()))
                .map(Mention::text).toList();
    }
}
