package org.softkg.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** Writes evaluation figures as a text table or as JSON. */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /** The per-relation table, the overall line and, with {@code details}, the missed and wrong facts by sentence. */
    public static void text(RelationEvaluation ev, String goldFile, Split split, boolean details, PrintWriter out) {
        long none = ev.sentences().stream().filter(o -> o.gold().facts().isEmpty()).count();
        out.printf(Locale.ROOT, "gold %s, split %s: %d sentence%s (%d state no fact), %d gold fact%s%n",
                goldFile, split.label(), ev.sentences().size(), ev.sentences().size() == 1 ? "" : "s", none,
                ev.overall().gold(), ev.overall().gold() == 1 ? "" : "s");
        out.printf(Locale.ROOT, "%-15s %9s %6s %6s %6s %9s %7s %6s%n",
                "relation", "extracted", "right", "gold", "found", "precision", "recall", "F1");
        for (Score s : ev.scores()) {
            row(s, out);
        }
        row(ev.overall(), out);
        if (!ev.relationsWithoutRecall().isEmpty()) {
            out.println("relations with gold facts and recall 0: " + String.join(", ", ev.relationsWithoutRecall()));
        }
        Map<MissCause, Integer> causes = ev.missCauses();
        int missed = causes.values().stream().mapToInt(Integer::intValue).sum();
        if (missed > 0) {
            StringBuilder line = new StringBuilder("missed gold facts: " + missed);
            String sep = ": ";
            for (Map.Entry<MissCause, Integer> c : causes.entrySet()) {
                line.append(sep).append(c.getValue()).append(' ').append(c.getKey().label());
                sep = ", ";
            }
            out.println(line);
        }
        Map<WrongCause, Integer> wrongCauses = ev.wrongCauses();
        int wrong = wrongCauses.values().stream().mapToInt(Integer::intValue).sum();
        if (wrong > 0) {
            StringBuilder line = new StringBuilder("wrong facts: " + wrong);
            String sep = ": ";
            for (Map.Entry<WrongCause, Integer> c : wrongCauses.entrySet()) {
                if (c.getValue() > 0) {
                    line.append(sep).append(c.getValue()).append(' ').append(c.getKey().label());
                    sep = ", ";
                }
            }
            out.println(line);
        }
        if (details) {
            out.println();
            for (SentenceOutcome o : ev.sentences()) {
                if (o.missed().isEmpty() && o.wrong().isEmpty()) {
                    continue;
                }
                out.printf(Locale.ROOT, "#%d [%s] %s%n", o.gold().id(), o.gold().split().label(), o.text());
                for (GoldFact g : o.missed()) {
                    out.println("  missed: " + g + "  (" + o.causeOf(g).label() + ")");
                }
                for (ExtractedFact e : o.wrong()) {
                    out.println("  wrong:  " + e + "  (rule " + e.rule() + "; " + o.causeOf(e).label() + ")");
                }
            }
        }
        out.flush();
    }

    private static void row(Score s, PrintWriter out) {
        out.printf(Locale.ROOT, "%-15s %9d %6d %6d %6d %9.3f %7.3f %6.3f%n", s.relation(), s.extracted(), s.right(),
                s.gold(), s.found(), s.precision(), s.recall(), s.f1());
    }

    /** The figures as one JSON object; with {@code details}, each sentence's missed and wrong facts too. */
    public static JsonObject json(RelationEvaluation ev, String goldFile, Split split, boolean details) {
        JsonObject root = new JsonObject();
        root.put("gold", goldFile);
        root.put("split", split.label());
        root.put("sentences", ev.sentences().size());
        root.put("sentencesWithoutFacts", ev.sentences().stream().filter(o -> o.gold().facts().isEmpty()).count());
        JsonArray rels = new JsonArray();
        for (Score s : ev.scores()) {
            rels.add(score(s));
        }
        root.put("relations", rels);
        root.put("overall", score(ev.overall()));
        JsonObject causes = new JsonObject();
        ev.missCauses().forEach((c, n) -> causes.put(c.name(), (long) n));
        root.put("missedBy", causes);
        JsonObject wrongCauses = new JsonObject();
        ev.wrongCauses().forEach((c, n) -> wrongCauses.put(c.name(), (long) n));
        root.put("wrongBy", wrongCauses);
        if (details) {
            JsonArray ds = new JsonArray();
            for (SentenceOutcome o : ev.sentences()) {
                if (o.missed().isEmpty() && o.wrong().isEmpty()) {
                    continue;
                }
                JsonObject d = new JsonObject();
                d.put("id", o.gold().id());
                d.put("split", o.gold().split().label());
                d.put("text", o.text());
                JsonArray missed = new JsonArray();
                o.missed().forEach(g -> {
                    JsonObject t = triple(g.subject(), g.relation(), g.object(), null);
                    t.put("cause", o.causeOf(g).name());
                    missed.add(t);
                });
                JsonArray wrong = new JsonArray();
                o.wrong().forEach(e -> {
                    JsonObject t = triple(e.subject(), e.relation(), e.object(), e.rule());
                    t.put("cause", o.causeOf(e).name());
                    wrong.add(t);
                });
                d.put("missed", missed);
                d.put("wrong", wrong);
                ds.add(d);
            }
            root.put("details", ds);
        }
        return root;
    }

    /** Type accuracy as text. */
    public static void text(TypeEvaluation t, String goldFile, Split split, boolean details, PrintWriter out) {
        out.printf(Locale.ROOT, "gold %s, split %s: %d gold arguments, %d with a reference type (%d from the gold file, "
                + "the others from the WikiSER tags)%n", goldFile, split.label(), t.arguments(), t.withReference(), t.goldTyped());
        out.printf(Locale.ROOT, "found as entities: %d of %d (%.3f)%n", t.found(), t.withReference(), t.coverage());
        out.printf(Locale.ROOT, "type accuracy: %d of %d found (%.3f)%n", t.right(), t.found(), t.accuracy());
        for (Map.Entry<String, Map<String, Integer>> e : t.confusions().entrySet()) {
            for (Map.Entry<String, Integer> g : e.getValue().entrySet()) {
                out.printf(Locale.ROOT, "  %s typed %s: %d%n", e.getKey(), g.getKey(), g.getValue());
            }
        }
        if (details) {
            for (TypeEvaluation.Mistyped m : t.mistyped()) {
                out.printf(Locale.ROOT, "  mistyped: %s (%s, typed %s)  [%d] %s%n", m.name(), m.reference(), m.got(),
                        m.sentenceId(), m.text());
            }
        }
        out.flush();
    }

    /** Type accuracy as JSON. */
    public static JsonObject json(TypeEvaluation t, String goldFile, Split split, boolean details) {
        JsonObject root = new JsonObject();
        root.put("gold", goldFile);
        root.put("split", split.label());
        root.put("arguments", t.arguments());
        root.put("withReference", t.withReference());
        root.put("goldTyped", t.goldTyped());
        root.put("found", t.found());
        root.put("right", t.right());
        root.put("coverage", JsonNumber.value(round(t.coverage())));
        root.put("accuracy", JsonNumber.value(round(t.accuracy())));
        JsonObject conf = new JsonObject();
        t.confusions().forEach((ref, m) -> {
            JsonObject inner = new JsonObject();
            m.forEach((k, v) -> inner.put(k, (long) v));
            conf.put(ref, inner);
        });
        root.put("confusions", conf);
        if (details) {
            JsonArray list = new JsonArray();
            for (TypeEvaluation.Mistyped m : t.mistyped()) {
                JsonObject o = new JsonObject();
                o.put("id", (long) m.sentenceId());
                o.put("name", m.name());
                o.put("reference", m.reference());
                o.put("typed", m.got());
                o.put("sentence", m.text());
                list.add(o);
            }
            root.put("mistyped", list);
        }
        return root;
    }

    private static JsonObject score(Score s) {
        JsonObject o = new JsonObject();
        o.put("relation", s.relation());
        o.put("extracted", s.extracted());
        o.put("right", s.right());
        o.put("gold", s.gold());
        o.put("found", s.found());
        o.put("precision", JsonNumber.value(round(s.precision())));
        o.put("recall", JsonNumber.value(round(s.recall())));
        o.put("f1", JsonNumber.value(round(s.f1())));
        return o;
    }

    private static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }

    private static JsonObject triple(String s, String r, String o, String rule) {
        JsonObject t = new JsonObject();
        t.put("s", s);
        t.put("r", r);
        t.put("o", o);
        if (rule != null) {
            t.put("rule", rule);
        }
        return t;
    }
}
