package org.softkg.confidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes measured rule precision back into a rule file: for every rule that fired on the judged sentences
 * (the gold set's, and judged facts of other text when given), its {@code confidence} line gets
 * {@link RuleScore#blend}{@code (prior, fired, right)} over both, followed by a comment line recording the prior
 * and the counts ({@code (tune 2 of 2, judged 1 of 1)} added when judged facts counted):
 * <pre>
 *   confidence 0.93
 *   # calibrated: prior 0.9, 3 right of 3 fired
 * </pre>
 * The prior is the value that comment records when the line is there (so calibrating twice on the same
 * figures gives the same file), else the rule's current confidence. Rules that never fired, and every other
 * line, are left as they are; the text is rewritten line by line, never reformatted.
 */
public final class RuleCalibration {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\\S+)\\s*$");
    private static final Pattern CONFIDENCE = Pattern.compile("^(\\s*confidence\\s+)(\\S+)(\\s*)$");
    private static final Pattern NOTE = Pattern.compile("^\\s*# calibrated: prior ([0-9.]+),.*$");

    private final List<String> lines;
    private final List<Change> changes;

    /**
     * One rule's new confidence.
     *
     * @param rule   the rule id
     * @param before its confidence in the file
     * @param after  its calibrated confidence
     * @param prior  the prior blended with the counts
     * @param score  the counts
     */
    public record Change(String rule, double before, double after, double prior, RuleScore score) {
    }

    private RuleCalibration(List<String> lines, List<Change> changes) {
        this.lines = List.copyOf(lines);
        this.changes = List.copyOf(changes);
    }

    /** Calibrates the rules of {@code file} (its lines) with the counts of {@code report}. */
    public static RuleCalibration of(List<String> file, RuleReport report) {
        Map<String, RuleScore> scores = new LinkedHashMap<>();
        report.scores().forEach(s -> scores.put(s.rule(), s));
        List<String> out = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        String rule = null;
        for (int i = 0; i < file.size(); i++) {
            String line = file.get(i);
            Matcher r = RULE.matcher(line);
            if (r.matches()) {
                rule = r.group(1);
            }
            Matcher c = CONFIDENCE.matcher(line);
            RuleScore score = rule == null ? null : scores.get(rule);
            if (!c.matches() || score == null || score.totalFired() == 0) {
                out.add(line);
                continue;
            }
            double before;
            try {
                before = Double.parseDouble(c.group(2));
            } catch (NumberFormatException e) {
                out.add(line);
                continue;
            }
            Matcher note = i + 1 < file.size() ? NOTE.matcher(file.get(i + 1)) : null;
            boolean noted = note != null && note.matches();
            double prior = noted ? Double.parseDouble(note.group(1)) : before;
            double after = RuleScore.blend(prior, score.totalFired(), score.totalRight());
            String indent = c.group(1).substring(0, c.group(1).indexOf('c'));
            out.add(c.group(1) + format(after));
            out.add(indent + note(prior, score));
            if (noted) {
                i++;
            }
            changes.add(new Change(rule, before, after, prior, score));
            rule = null; // one confidence line per rule
        }
        return new RuleCalibration(out, changes);
    }

    /** The calibrated file. */
    public List<String> lines() {
        return lines;
    }

    /** The rules whose confidence line was rewritten (also when the value stays the same). */
    public List<Change> changes() {
        return changes;
    }

    /** The lines to paste into a rule file, per calibrated rule: its {@code rule} line, confidence and note. */
    public List<String> pasteLines() {
        List<String> out = new ArrayList<>();
        for (Change c : changes) {
            out.add("rule " + c.rule() + String.format(Locale.ROOT, "   (was %s)", format(c.before())));
            out.add("  confidence " + format(c.after()));
            out.add("  " + note(c.prior(), c.score()));
        }
        return out;
    }

    /** The comment recording a calibration: the prior and the counts (split into gold and judged when judged facts counted). */
    private static String note(double prior, RuleScore s) {
        String note = String.format(Locale.ROOT, "# calibrated: prior %s, %d right of %d fired", format(prior),
                s.totalRight(), s.totalFired());
        return s.judged() == 0 ? note : note + String.format(Locale.ROOT, " (tune %d of %d, judged %d of %d)",
                s.right(), s.fired(), s.judgedRight(), s.judged());
    }

    private static String format(double d) {
        String s = String.format(Locale.ROOT, "%.2f", d);
        return s.endsWith("0") && !s.endsWith(".0") ? s.substring(0, s.length() - 1) : s;
    }
}
