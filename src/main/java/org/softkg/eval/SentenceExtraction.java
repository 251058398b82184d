package org.softkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.softkg.consistency.FactChecks;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;
import org.softkg.model.MentionVersions;
import org.softkg.model.Sentence;
import org.softkg.pipeline.Pipeline;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.relation.RuleSet;

/**
 * Runs the real extraction on one gold sentence, as a document of its own with no title (the
 * development sentences are shuffled, so no sentence has context), and returns the result.
 */
public final class SentenceExtraction {

    private final Pipeline pipeline;

    /** The standard tagged-input pipeline with these rules. */
    public SentenceExtraction(RuleSet rules) {
        this.pipeline = StandardPipeline.forTaggedInput(rules);
    }

    /** The standard tagged-input pipeline with these rules and these checks after extraction. */
    public SentenceExtraction(RuleSet rules, FactChecks checks) {
        this.pipeline = StandardPipeline.forTaggedInput(rules, checks);
    }

    /** The standard tagged-input pipeline with these rules, checks and learned relation stage (null: rules only). */
    public SentenceExtraction(RuleSet rules, FactChecks checks, org.softkg.pipeline.DocumentStage learned) {
        this.pipeline = StandardPipeline.forTaggedInput(rules, checks, learned);
    }

    /** The document made from sentence {@code id}, run through the pipeline. */
    public Document run(int id, Sentence sentence) {
        Document doc = Document.of("dev-" + id, null, "dev:" + id, List.of(Sentence.ofTokens(0, sentence.tokens())));
        return pipeline.process(doc);
    }

    /** The comparison keys of the names of every entity of a processed document. */
    public static Set<String> nameKeys(Document processed) {
        Set<String> keys = new java.util.HashSet<>();
        for (Entity e : processed.entities()) {
            keys.addAll(ExtractedFact.keys(e));
        }
        return keys;
    }

    /** The distinct facts of a processed document, with their entities' names and the versions their mentions gave. */
    public static List<ExtractedFact> facts(Document processed) {
        Map<String, Entity> byIri = processed.entities().stream()
                .collect(Collectors.toMap(Entity::iri, Function.identity(), (a, b) -> a));
        MentionVersions versions = MentionVersions.of(processed);
        Set<String> seen = new LinkedHashSet<>();
        List<ExtractedFact> out = new ArrayList<>();
        for (Fact f : processed.facts()) {
            if (!seen.add(f.subject() + " " + f.relation() + " " + f.object())) {
                continue;
            }
            Entity s = byIri.get(f.subject());
            Entity o = byIri.get(f.object());
            if (s == null || o == null) {
                throw new IllegalStateException("fact " + f + " names an entity the document does not hold");
            }
            Evidence ev = f.evidence();
            out.add(ExtractedFact.of(s, versions.at(ev.sentence(), ev.subjectSpan()), f.relation(), o,
                    versions.at(ev.sentence(), ev.objectSpan()), f.rule()));
        }
        return out;
    }
}
