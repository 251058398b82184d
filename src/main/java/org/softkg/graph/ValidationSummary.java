package org.softkg.graph;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * A SHACL report made readable: results counted by shape and constraint, and examples naming the
 * focus node by its label.
 *
 * @param groups the groups of results, most frequent first
 */
public record ValidationSummary(List<Group> groups) {

    /** Namespace of the shapes of {@code ontology/shapes.ttl}. */
    public static final String SHAPES_NS = "https://w3id.org/softkg/shapes#";

    /**
     * The results of one constraint of one shape.
     *
     * @param shape      the source shape, prefixed
     * @param constraint the constraint component, prefixed ({@code sh:ClassConstraintComponent})
     * @param path       the property path, or empty for node shapes
     * @param examples   every result of the group
     */
    public record Group(String shape, String constraint, String path, List<Example> examples) {
        /** Number of results. */
        public int count() {
            return examples.size();
        }
    }

    /**
     * One result.
     *
     * @param focus    the focus node's label
     * @param focusIri the focus node, prefixed, and its softkg classes
     * @param value    the offending value's label, or empty
     * @param message  the result message
     * @param severity the severity's local name (Violation, Warning, Info)
     * @param facts    for shapes that target the subjects or objects of a relation, the facts that made the
     *                 node a target ({@code DragonFly BSD kg:developedBy OpenBSD}), at most three
     */
    public record Example(String focus, String focusIri, String value, String message, String severity, List<String> facts) {
    }

    private static final Node TARGET_SUBJECTS = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetSubjectsOf");
    private static final Node TARGET_OBJECTS = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetObjectsOf");
    private static final int MAX_FACTS = 3;

    /** Groups the report's entries. */
    public static ValidationSummary of(ValidationReport report, Graph data) {
        return of(report, data, Graph.emptyGraph);
    }

    /** Groups the report's entries; {@code shapes} (the shapes graph) lets examples name the facts behind a target. */
    public static ValidationSummary of(ValidationReport report, Graph data, Graph shapes) {
        Map<List<String>, List<Example>> byKey = new LinkedHashMap<>();
        for (ReportEntry e : report.getEntries()) {
            String shape = e.source() == null ? "" : shapeName(e.source());
            String constraint = e.sourceConstraintComponent() == null ? "" : Labels.shortForm(e.sourceConstraintComponent())
                    .replace("<http://www.w3.org/ns/shacl#", "sh:").replace(">", "");
            String path = e.resultPath() == null ? "" : pathText(e.resultPath().toString());
            Node value = e.value();
            String severity = e.severity() == null ? "Violation" : e.severity().level().getLocalName();
            List<String> types = Labels.types(data, e.focusNode());
            String focusId = Labels.shortForm(e.focusNode()) + (types.isEmpty() ? "" : ", a " + String.join(", ", types));
            Example ex = new Example(Labels.label(data, e.focusNode()), focusId,
                    value == null ? "" : Labels.label(data, value), e.message() == null ? "" : e.message(), severity,
                    facts(e.source(), e.focusNode(), data, shapes));
            byKey.computeIfAbsent(List.of(shape, constraint, path), k -> new ArrayList<>()).add(ex);
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((k, v) -> {
            v.sort(Comparator.comparing(Example::focus).thenComparing(Example::value));
            groups.add(new Group(k.get(0), k.get(1), k.get(2), List.copyOf(v)));
        });
        groups.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::shape));
        return new ValidationSummary(List.copyOf(groups));
    }

    /** The relation facts that make {@code focus} a target of {@code shape} (sh:targetSubjectsOf / sh:targetObjectsOf). */
    private static List<String> facts(Node shape, Node focus, Graph data, Graph shapes) {
        List<String> out = new ArrayList<>();
        if (shape == null) {
            return out;
        }
        shapes.find(shape, TARGET_SUBJECTS, Node.ANY).forEach(t -> data.find(focus, t.getObject(), Node.ANY).forEach(f ->
                out.add(Labels.label(data, focus) + " " + Labels.shortForm(f.getPredicate()) + " " + Labels.label(data, f.getObject()))));
        shapes.find(shape, TARGET_OBJECTS, Node.ANY).forEach(t -> data.find(Node.ANY, t.getObject(), focus).forEach(f ->
                out.add(Labels.label(data, f.getSubject()) + " " + Labels.shortForm(f.getPredicate()) + " " + Labels.label(data, focus))));
        out.sort(null);
        return List.copyOf(out.subList(0, Math.min(MAX_FACTS, out.size())));
    }

    /** Shapes of {@code ontology/shapes.ttl} as {@code kgs:name}, others as Jena writes them. */
    private static String shapeName(Node shape) {
        if (shape.isURI() && shape.getURI().startsWith(SHAPES_NS)) {
            return "kgs:" + shape.getURI().substring(SHAPES_NS.length());
        }
        return Labels.shortForm(shape);
    }

    private static String pathText(String path) {
        String p = path;
        for (var e : org.softkg.rdf.Vocab.PREFIXES.getNsPrefixMap().entrySet()) {
            p = p.replace("<" + e.getValue(), e.getKey() + ":");
        }
        return p.replace(">", "");
    }

    /** Total number of results. */
    public int total() {
        return groups.stream().mapToInt(Group::count).sum();
    }

    /** Writes the summary: a count line per group, then up to {@code maxExamples} examples per group. */
    public void write(PrintWriter out, int maxExamples) {
        if (groups.isEmpty()) {
            out.println("conforms: no violations");
            return;
        }
        out.printf("does not conform: %d result%s%n", total(), total() == 1 ? "" : "s");
        out.println();
        for (Group g : groups) {
            out.printf("%6d  %s  %s%s%n", g.count(), g.shape(), g.constraint(),
                    g.path().isEmpty() ? "" : "  path " + g.path());
        }
        for (Group g : groups) {
            out.println();
            out.printf("%s  %s%s (%d):%n", g.shape(), g.constraint(), g.path().isEmpty() ? "" : "  path " + g.path(), g.count());
            int n = Math.min(maxExamples, g.count());
            for (int i = 0; i < n; i++) {
                Example ex = g.examples().get(i);
                out.printf("  %s%s%s%n", ex.focus(), ex.focusIri().equals(ex.focus()) ? "" : " (" + ex.focusIri() + ")",
                        ex.value().isEmpty() || ex.value().equals(ex.focus()) ? "" : "  value: " + ex.value());
                for (String fact : ex.facts()) {
                    out.printf("      in: %s%n", fact);
                }
                out.printf("      %s: %s%n", ex.severity(), ex.message());
            }
            if (g.count() > n) {
                out.printf("  ... and %d more%n", g.count() - n);
            }
        }
    }
}
