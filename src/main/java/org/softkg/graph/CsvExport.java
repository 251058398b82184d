package org.softkg.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code nodes.csv} and {@code edges.csv} in the layout {@code neo4j-admin database import full
 * --nodes=nodes.csv --relationships=edges.csv} reads: headers {@code id:ID,label,aliases:string[],:LABEL}
 * and {@code :START_ID,:END_ID,:TYPE,confidence:double,sentence}; RFC 4180 quoting; array values
 * and multiple labels separated by {@code ;}. Every node has the label {@code Entity} and its classes.
 */
public final class CsvExport {

    /** File names written in the folder. */
    public static final String NODES = "nodes.csv";
    public static final String EDGES = "edges.csv";

    private CsvExport() {
    }

    /** Writes both files into {@code folder} (created if missing); each file appears whole or not at all. */
    public static void write(KgGraph graph, Path folder) throws IOException {
        Files.createDirectories(folder);
        writeAtomically(folder.resolve(NODES), w -> writeNodes(graph, w));
        writeAtomically(folder.resolve(EDGES), w -> writeEdges(graph, w));
    }

    private interface Content {
        void write(Writer w) throws IOException;
    }

    private static void writeAtomically(Path file, Content content) throws IOException {
        // a plain new file (not createTempFile, which is private to the owner) so the umask decides who reads it
        Path temp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid()
                + "." + System.nanoTime() + ".part");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.write(w);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The nodes file. */
    public static void writeNodes(KgGraph graph, Writer w) throws IOException {
        row(w, List.of("id:ID", "label", "aliases:string[]", ":LABEL"));
        for (KgGraph.KgNode n : graph.nodes()) {
            List<String> labels = new ArrayList<>();
            labels.add("Entity");
            labels.addAll(n.types());
            row(w, List.of(n.id(), n.label(), arrayField(n.aliases()), String.join(";", labels)));
        }
    }

    /** The edges file. */
    public static void writeEdges(KgGraph graph, Writer w) throws IOException {
        row(w, List.of(":START_ID", ":END_ID", ":TYPE", "confidence:double", "sentence"));
        for (KgGraph.KgEdge e : graph.edges()) {
            String conf = Double.isNaN(e.confidence()) ? "" : String.format(Locale.ROOT, "%s", e.confidence());
            String sentence = e.evidence().isEmpty() ? "" : e.evidence().get(0).text();
            row(w, List.of(e.source(), e.target(), e.relation(), conf, sentence));
        }
    }

    private static String arrayField(List<String> values) {
        return String.join(";", values.stream().map(v -> v.replace(';', ',')).toList());
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(fields.get(i)));
        }
        w.write('\n');
    }

    /** A CSV field: quoted (quotes doubled) when it holds a comma, a quote, a line break or edge spaces. */
    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
