package org.softkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.softkg.entity.LabelNormalizer;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * Accuracy of entity types on the gold arguments. For each distinct argument of a gold sentence the
 * reference type is its {@code s_type}/{@code o_type} when the gold gives one, otherwise the WikiSER
 * tag under the argument's name in the sentence (when the tokens of the name carry one type); an
 * argument with neither has no reference and is not scored. The extracted type is the type of the
 * entity of the mention whose name matches the argument (by key, as for relations); it is right when
 * the reference is among the entity's types.
 *
 * @param arguments      gold arguments judged
 * @param withReference  arguments with a reference type
 * @param found          of those, arguments the extractor found as a mention
 * @param right          of those, arguments whose entity has the reference type
 * @param goldTyped      arguments whose reference came from the gold file
 * @param confusions     reference type -> extracted type -> count, for found arguments typed otherwise
 * @param mistyped       the found arguments typed otherwise, in gold order, with their sentences
 */
public record TypeEvaluation(int arguments, int withReference, int found, int right, int goldTyped,
                             Map<String, Map<String, Integer>> confusions, List<Mistyped> mistyped) {

    public TypeEvaluation {
        mistyped = List.copyOf(mistyped);
    }

    /**
     * A gold argument found as an entity whose types do not include the reference type.
     *
     * @param sentenceId the sentence's position in the development file
     * @param name       the argument as the gold spells it
     * @param reference  the reference type
     * @param got        the entity's types joined by "+", or "(none)"
     * @param text       the sentence
     */
    public record Mistyped(int sentenceId, String name, String reference, String got, String text) {
    }

    /** right / found: how often a found argument has its true type. */
    public double accuracy() {
        return found == 0 ? 0 : (double) right / found;
    }

    /** found / withReference: how many arguments became mentions at all. */
    public double coverage() {
        return withReference == 0 ? 0 : (double) found / withReference;
    }

    /** Evaluates the types of the gold arguments of one split. */
    public static TypeEvaluation evaluate(GoldSet gold, DevSentences dev, Split split, SentenceExtraction extraction) {
        for (GoldSentence g : gold.sentences()) {
            dev.sentenceOf(gold, g);
        }
        Counter c = new Counter();
        for (GoldSentence g : gold.sentences()) {
            if (!split.includes(g.split()) || g.facts().isEmpty()) {
                continue;
            }
            Sentence s = dev.sentenceOf(gold, g);
            Document processed = extraction.run(g.id(), s);
            Map<String, Argument> args = new LinkedHashMap<>();
            for (GoldFact f : g.facts()) {
                args.putIfAbsent(LabelNormalizer.key(f.subject()), new Argument(f.subjectNames(), f.subjectType()));
                args.putIfAbsent(LabelNormalizer.key(f.object()), new Argument(f.objectNames(), f.objectType()));
            }
            for (Argument a : args.values()) {
                c.count(a, g.id(), s, processed);
            }
        }
        return new TypeEvaluation(c.arguments, c.withReference, c.found, c.right, c.goldTyped, c.confusions, c.mistyped);
    }

    /** A gold argument: its names (the gold spelling first, then the alternatives) and its gold type or null. */
    private record Argument(List<String> names, String type) {
    }

    private static final class Counter {
        int arguments;
        int withReference;
        int found;
        int right;
        int goldTyped;
        final Map<String, Map<String, Integer>> confusions = new TreeMap<>();
        final List<Mistyped> mistyped = new ArrayList<>();

        void count(Argument a, int sentenceId, Sentence s, Document processed) {
            arguments++;
            String reference = a.type() != null ? a.type() : tagType(a.names(), s);
            if (reference == null) {
                return;
            }
            withReference++;
            if (a.type() != null) {
                goldTyped++;
            }
            Entity e = entityOf(a.names(), processed);
            if (e == null) {
                return;
            }
            found++;
            if (e.types().contains(reference)) {
                right++;
            } else {
                String got = e.types().isEmpty() ? "(none)" : String.join("+", new java.util.TreeSet<>(e.types()));
                confusions.computeIfAbsent(reference, k -> new TreeMap<>()).merge(got, 1, Integer::sum);
                mistyped.add(new Mistyped(sentenceId, a.names().get(0), reference, got, s.text()));
            }
        }
    }

    /** The WikiSER type under the first token span spelling one of the names, when its tokens carry one type. */
    static String tagType(List<String> names, Sentence s) {
        List<Token> tokens = s.tokens();
        for (String name : names) {
            String key = LabelNormalizer.key(name);
            for (int i = 0; i < tokens.size(); i++) {
                StringBuilder b = new StringBuilder();
                for (int j = i; j < tokens.size() && j < i + 16; j++) {
                    if (j > i) {
                        b.append(' ');
                    }
                    b.append(tokens.get(j).text());
                    if (LabelNormalizer.key(b.toString()).equals(key)) {
                        return singleType(tokens.subList(i, j + 1));
                    }
                }
            }
        }
        return null;
    }

    private static String singleType(List<Token> span) {
        String type = null;
        for (Token t : span) {
            String tag = t.tag();
            if (tag == null || tag.length() < 3 || tag.charAt(1) != '-') {
                return null;
            }
            String ty = tag.substring(2);
            if (type != null && !type.equals(ty)) {
                return null;
            }
            type = ty;
        }
        return type;
    }

    /** The entity of the first mention spelling one of the names (by key, also the entity's label and aliases). */
    private static Entity entityOf(List<String> names, Document processed) {
        Set<String> keys = new java.util.HashSet<>();
        for (String n : names) {
            keys.add(LabelNormalizer.key(n));
        }
        Map<String, Entity> byIri = new LinkedHashMap<>();
        for (Entity e : processed.entities()) {
            byIri.put(e.iri(), e);
        }
        for (Mention m : processed.mentions()) {
            Entity e = m.entity() == null ? null : byIri.get(m.entity());
            if (e != null && keys.contains(LabelNormalizer.key(m.text()))) {
                return e;
            }
        }
        for (Entity e : processed.entities()) {
            List<String> all = new ArrayList<>(e.aliases());
            all.add(e.label());
            for (String n : all) {
                if (keys.contains(LabelNormalizer.key(n))) {
                    return e;
                }
            }
        }
        return null;
    }
}
