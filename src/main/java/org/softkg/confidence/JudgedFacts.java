package org.softkg.confidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.softkg.corpus.InputFormatException;
import org.softkg.eval.DevSentences;
import org.softkg.eval.GoldSentence;
import org.softkg.eval.GoldSet;

/**
 * A judged-facts file (e.g. {@code eval/judged/pool-judged.tsv}): facts an extractor produced from development
 * sentences outside the gold set, each with a reader's verdict. Tab-separated, lines starting with {@code #} are
 * comments, the first other line is the header {@value #HEADER} (tabs between the names), then one row per fact:
 * <pre>
 *   sentence  hash      subject   relation    object   rule       verdict
 *   2808      a8db3bd3  Quillpad  forkedFrom  Inkwell  fork-noun  right
 * </pre>
 * {@code sentence} and {@code hash} name the sentence as the gold set does (position in the development file and
 * short hash of its tokens), so the file holds no sentence text. {@link #counts()} counts the facts per rule; a
 * fact (subject, relation, object, rule) judged in several sentences counts once, and counts right when some
 * sentence was judged to state it.
 *
 * @param file  where the rows were read
 * @param facts the rows, in file order
 */
public record JudgedFacts(String file, List<JudgedFact> facts) {

    /** The header line's column names. */
    public static final String HEADER = "sentence hash subject relation object rule verdict";

    private static final int COLUMNS = 7;

    public JudgedFacts {
        facts = List.copyOf(facts);
    }

    /** Reads and checks a judged-facts file (its rows; the sentences are checked by {@link #check}). */
    public static JudgedFacts read(Path path, Set<String> relations) {
        String file = path.toString();
        try {
            return parse(file, Files.readAllLines(path, StandardCharsets.UTF_8), relations);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputFormatException(file, 0, "no such judged-facts file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the lines of a judged-facts file; {@code file} names them in errors. */
    public static JudgedFacts parse(String file, List<String> lines, Set<String> relations) {
        List<JudgedFact> out = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            long line = i + 1;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!String.join(" ", text.strip().split("\t")).equals(HEADER)) {
                    throw new InputFormatException(file, line, "the first line that is not a comment must be the header '"
                            + HEADER.replace(" ", "<TAB>") + "'");
                }
                header = true;
                continue;
            }
            out.add(row(file, line, text, relations));
        }
        if (!header) {
            throw new InputFormatException(file, 0, "no header line '" + HEADER + "' (tab-separated): not a judged-facts file");
        }
        return new JudgedFacts(file, out);
    }

    private static JudgedFact row(String file, long line, String text, Set<String> relations) {
        String[] c = text.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new InputFormatException(file, line, c.length + " tab-separated columns, expected " + COLUMNS + " ("
                    + HEADER + ")");
        }
        for (int k = 0; k < COLUMNS; k++) {
            c[k] = c[k].strip();
            if (c[k].isEmpty()) {
                throw new InputFormatException(file, line, "empty " + HEADER.split(" ")[k] + " column");
            }
        }
        int sentence;
        try {
            sentence = Integer.parseInt(c[0]);
        } catch (NumberFormatException e) {
            sentence = -1;
        }
        if (sentence < 0) {
            throw new InputFormatException(file, line, "sentence must be a position (0, 1, 2 ...), not \"" + c[0] + "\"");
        }
        if (!c[1].matches("[0-9a-f]{8}")) {
            throw new InputFormatException(file, line, "hash must be 8 lower-case hex digits, not \"" + c[1] + "\"");
        }
        if (!relations.contains(c[3])) {
            throw new InputFormatException(file, line, "unknown relation \"" + c[3] + "\" (known: " + new TreeSet<>(relations)
                    + ")");
        }
        Verdict verdict = Verdict.parse(c[6]).orElseThrow(() -> new InputFormatException(file, line,
                "verdict must be right, wrong or unclear, not \"" + c[6] + "\""));
        return new JudgedFact(sentence, c[1], c[2], c[3], c[4], c[5], verdict, line);
    }

    /**
     * Checks every row against the development file and the gold set: the sentence exists and has the row's hash,
     * and it is not a gold sentence (judged facts come from other text: the held-out part must not shape the rules,
     * and the tune part is counted by the gold set already).
     */
    public void check(DevSentences dev, GoldSet gold) {
        Set<Integer> goldIds = new java.util.HashSet<>();
        for (GoldSentence g : gold.sentences()) {
            goldIds.add(g.id());
        }
        for (JudgedFact f : facts) {
            dev.checkedSentence(file, f.line(), f.sentence(), f.hash(), "the facts were judged on another file");
            if (goldIds.contains(f.sentence())) {
                throw new InputFormatException(file, f.line(), "sentence " + f.sentence() + " is in the gold set "
                        + gold.file() + ": judged facts must come from sentences outside it");
            }
        }
    }

    /** Per rule, the distinct judged facts and how many are right (see the class comment), in first-seen order. */
    public Map<String, JudgedCount> counts() {
        return countsOf(List.of(this));
    }

    /** {@link #counts()} over several files together: a fact judged in two files counts once. */
    public static Map<String, JudgedCount> countsOf(List<JudgedFacts> files) {
        Map<String, Boolean> rightByFact = new LinkedHashMap<>();
        Map<String, String> ruleByFact = new LinkedHashMap<>();
        for (JudgedFacts f : files) {
            for (JudgedFact j : f.facts()) {
                rightByFact.merge(j.key(), j.verdict() == Verdict.RIGHT, Boolean::logicalOr);
                ruleByFact.putIfAbsent(j.key(), j.rule());
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        rightByFact.forEach((key, right) -> {
            int[] c = counts.computeIfAbsent(ruleByFact.get(key), k -> new int[2]);
            c[0]++;
            if (right) {
                c[1]++;
            }
        });
        Map<String, JudgedCount> out = new LinkedHashMap<>();
        counts.forEach((rule, c) -> out.put(rule, new JudgedCount(c[0], c[1])));
        return out;
    }
}
