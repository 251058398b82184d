package org.softkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.softkg.confidence.JudgedCount;
import org.softkg.confidence.JudgedFacts;
import org.softkg.confidence.RuleCalibration;
import org.softkg.confidence.RuleReport;
import org.softkg.consistency.ConstraintTally;
import org.softkg.corpus.InputFormatException;
import org.softkg.eval.DevSentences;
import org.softkg.eval.GoldSet;
import org.softkg.eval.RelationEvaluation;
import org.softkg.eval.Split;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code eval relations} about rule confidence: a confidence threshold, the per-rule report,
 * and the calibration of rule confidences from measured precision (printed, or written into the rule file).
 */
final class RuleTuningOptions {

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "Judge only facts whose confidence is at least X, in [0,1], as 'extract --min-confidence' "
                    + "keeps them (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--fact-scorer", description = "Rescore each fact's confidence from its sentence with the shipped "
            + "fact-evidence scorer before --min-confidence, as 'extract --fact-scorer' (default: off).")
    boolean factScorer;

    @Option(names = "--by-rule", description = "Also print, per rule, the facts it produced, how many are right, "
            + "its precision and the confidence that suggests.")
    boolean byRule;

    @Option(names = "--calibrate", description = "Print the calibrated 'confidence' lines of the rules that fired "
            + "(measured precision blended with the current confidence, see ontology/relations.rules).")
    boolean calibrate;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Evaluate these rules instead of the default ones (e.g. ontology/relations.rules).")
    Path rulesFile;

    @Option(names = "--write-rules", description = "With --rules: write the calibrated confidences into that file.")
    boolean writeRules;

    @Option(names = "--judged", paramLabel = "FILE",
            description = "Also count the judged facts of this file (e.g. eval/judged/pool-judged.tsv: facts from "
                    + "sentences outside the gold set, each judged right/wrong/unclear) in --by-rule and the "
                    + "calibration. Repeatable.")
    List<Path> judgedFiles = new ArrayList<>();

    /** The judged facts per rule, once {@link #readJudged} has read them; null without --judged. */
    private Map<String, JudgedCount> judged;

    /** How many judged rows were read, and how many distinct facts they are. */
    private int judgedRows;

    /** Refuses contradictory options before any work. */
    void check(CommandSpec spec, Split split) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new ParameterException(spec.commandLine(), "--min-confidence must be in [0,1]");
        }
        if (writeRules && rulesFile == null) {
            throw new ParameterException(spec.commandLine(), "--write-rules needs --rules FILE (the file to rewrite)");
        }
        if ((calibrate || writeRules) && split != Split.TUNE) {
            throw new ParameterException(spec.commandLine(),
                    "calibrate on the tune split only: the held-out sentences must not shape the rules");
        }
        if (!judgedFiles.isEmpty() && split != Split.TUNE) {
            throw new ParameterException(spec.commandLine(),
                    "--judged calibrates with the tune split only: the held-out sentences must not shape the rules");
        }
        if (!judgedFiles.isEmpty() && minConfidence > 0) {
            throw new ParameterException(spec.commandLine(),
                    "--judged counts all judged facts of a rule: leave out --min-confidence");
        }
        if ((calibrate || writeRules) && minConfidence > 0) {
            throw new ParameterException(spec.commandLine(),
                    "calibrate without --min-confidence: a rule's precision is measured on all its facts");
        }
    }

    /**
     * Reads the --judged files and checks each row's sentence against the development file and the whole gold set
     * ({@code goldFile}, every part and round: a judged sentence must not be a gold one).
     */
    void readJudged(DevSentences dev, Path goldFile) {
        if (judgedFiles.isEmpty()) {
            return;
        }
        GoldSet gold = GoldSet.read(goldFile);
        List<JudgedFacts> files = new ArrayList<>();
        for (Path p : judgedFiles) {
            JudgedFacts f = JudgedFacts.read(p, Vocab.relationNames());
            f.check(dev, gold);
            files.add(f);
            judgedRows += f.facts().size();
        }
        judged = JudgedFacts.countsOf(files);
    }

    /** The rules to evaluate: the file's, or the default ones. */
    RuleSet rules() {
        if (rulesFile == null) {
            return RuleSet.loadDefault(Vocab.relationNames());
        }
        if (!Files.isReadable(rulesFile)) {
            throw new UserException(rulesFile + ": cannot read the rule file");
        }
        return RuleSet.load(rulesFile, Vocab.relationNames());
    }

    /** The text of what was asked: the domain/range line, the per-rule table, the calibration. */
    void text(PrintWriter out, RuleSet rules, RelationEvaluation ev, ConstraintTally tally) {
        out.println(tally.summary() + (minConfidence > 0 ? String.format(java.util.Locale.ROOT,
                "; facts below confidence %.2f left out", minConfidence) : ""));
        RuleReport report = RuleReport.of(rules, ev, judged);
        if (judged != null) {
            out.printf(java.util.Locale.ROOT, "judged facts: %d rows of %d file%s, %d distinct facts (a fact judged in "
                    + "several sentences counts once)%n", judgedRows, judgedFiles.size(), judgedFiles.size() == 1 ? "" : "s",
                    judged.values().stream().mapToInt(JudgedCount::facts).sum());
        }
        if (byRule) {
            out.println();
            report.text(out);
        }
        if (calibrate || writeRules) {
            RuleCalibration calibration = RuleCalibration.of(ruleLines(), report);
            if (calibrate) {
                out.println();
                calibration.pasteLines().forEach(out::println);
            }
            if (writeRules) {
                write(calibration);
                out.printf("%d rule confidence%s written into %s%n", calibration.changes().size(),
                        calibration.changes().size() == 1 ? "" : "s", rulesFile);
            }
        }
        out.flush();
    }

    /** The same as JSON members of {@code root}: {@code constraints}, {@code rules}. */
    void json(JsonObject root, RuleSet rules, RelationEvaluation ev, ConstraintTally tally) {
        JsonObject c = new JsonObject();
        c.put("dropped", tally.dropped());
        c.put("unresolved", tally.unresolved());
        c.put("retyped", tally.retyped());
        root.put("domainRange", c);
        root.put("minConfidence", org.apache.jena.atlas.json.JsonNumber.value(minConfidence));
        if (byRule || calibrate || writeRules) {
            root.put("rules", RuleReport.of(rules, ev, judged).json());
        }
        if (writeRules) {
            write(RuleCalibration.of(ruleLines(), RuleReport.of(rules, ev, judged)));
        }
    }

    private List<String> ruleLines() {
        try {
            if (rulesFile != null) {
                return Files.readAllLines(rulesFile, StandardCharsets.UTF_8);
            }
            try (InputStream in = RuleSet.class.getResourceAsStream(RuleSet.DEFAULT_RESOURCE)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        } catch (IOException e) {
            throw new UserException((rulesFile == null ? RuleSet.DEFAULT_RESOURCE : rulesFile) + ": " + e.getMessage());
        }
    }

    /** Writes the calibrated file next to the old one, checks that it parses, then moves it over. */
    private void write(RuleCalibration calibration) {
        try {
            RuleSet.parse(rulesFile.toString(), calibration.lines(), Vocab.relationNames());
        } catch (InputFormatException e) {
            throw new UserException("calibrated rules do not parse, " + rulesFile + " left as it was: " + e.getMessage());
        }
        Path dir = rulesFile.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, ".rules-", ".tmp");
            Files.write(tmp, calibration.lines(), StandardCharsets.UTF_8);
            Files.move(tmp, rulesFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException(rulesFile + ": cannot write the calibrated rules: " + e.getMessage());
        }
    }
}
