package org.softkg.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.softkg.corpus.InputFormatException;

/**
 * Reads a rule file. Lines starting with {@code #} are comments; a rule is a {@code rule ID} line
 * followed by (usually indented) {@code relation}, {@code match}, {@code confidence}, and one or more
 * {@code example "..."} lines each followed by {@code expect SUBJECT -> OBJECT} lines or {@code expect none}.
 * Every problem is an {@link InputFormatException} with file and line.
 */
final class RuleParser {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final String file;
    private final Set<String> knownRelations;
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private Draft draft;

    RuleParser(String file, Set<String> knownRelations) {
        this.file = file;
        this.knownRelations = Set.copyOf(knownRelations);
    }

    /** Parses the lines of one file. */
    List<Rule> parse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            line(lines.get(i).strip(), i + 1);
        }
        finish();
        return List.copyOf(rules);
    }

    private void line(String text, int line) {
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        int space = indexOfSpace(text);
        String keyword = space < 0 ? text : text.substring(0, space);
        String value = space < 0 ? "" : text.substring(space + 1).strip();
        if (keyword.equals("rule")) {
            finish();
            if (!ID.matcher(value).matches()) {
                throw fail(line, "rule id '" + value + "' must be letters, digits, '-', '_' or '.'");
            }
            if (!ids.add(value)) {
                throw fail(line, "duplicate rule id '" + value + "'");
            }
            draft = new Draft(value, line);
            return;
        }
        if (draft == null) {
            throw fail(line, "'" + keyword + "' outside a rule (start one with 'rule ID')");
        }
        if (value.isEmpty()) {
            throw fail(line, "'" + keyword + "' needs a value");
        }
        switch (keyword) {
            case "relation" -> {
                once(draft.relation, keyword, line);
                if (!knownRelations.contains(value)) {
                    throw fail(line, "unknown relation '" + value + "' (known: "
                            + String.join(", ", new TreeSet<>(knownRelations)) + ")");
                }
                draft.relation = value;
            }
            case "match" -> {
                once(draft.pattern, keyword, line);
                try {
                    draft.pattern = RulePattern.compile(value);
                } catch (IllegalArgumentException e) {
                    throw fail(line, "bad match pattern: " + e.getMessage());
                }
            }
            case "confidence" -> {
                once(draft.confidence, keyword, line);
                try {
                    draft.confidence = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw fail(line, "confidence '" + value + "' is not a number");
                }
                if (!(draft.confidence >= 0 && draft.confidence <= 1)) {
                    throw fail(line, "confidence " + value + " outside [0,1]");
                }
            }
            case "example" -> {
                draft.closeExample();
                if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
                    throw fail(line, "an example is written in double quotes");
                }
                try {
                    draft.example = ExampleSentence.parse(value.substring(1, value.length() - 1));
                } catch (IllegalArgumentException e) {
                    throw fail(line, e.getMessage());
                }
                draft.exampleLine = line;
            }
            case "expect" -> expect(value, line);
            case "unless" -> {
                once(draft.unless, keyword, line);
                draft.unless = new java.util.LinkedHashSet<>();
                for (String w : value.split("[|\\s]+")) {
                    if (!w.isEmpty()) {
                        draft.unless.add(w.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            case "tier" -> {
                once(draft.tier, keyword, line);
                if (!value.equals("backoff") && !value.equals("rule")) {
                    throw fail(line, "tier '" + value + "' (expected rule or backoff)");
                }
                draft.tier = value;
            }
            default -> throw fail(line, "unknown keyword '" + keyword
                    + "' (expected rule, relation, match, confidence, tier, unless, example or expect)");
        }
    }

    private void expect(String value, int line) {
        if (draft.example == null) {
            throw fail(line, "'expect' before any 'example'");
        }
        if (value.equals("none")) {
            if (draft.expectNone || !draft.expected.isEmpty()) {
                throw fail(line, "'expect none' must be the only expect line of its example");
            }
            draft.expectNone = true;
            return;
        }
        if (draft.expectNone) {
            throw fail(line, "'expect none' must be the only expect line of its example");
        }
        int arrow = value.indexOf("->");
        if (arrow < 0) {
            throw fail(line, "expect 'SUBJECT -> OBJECT' or 'none', found '" + value + "'");
        }
        String subject = value.substring(0, arrow).strip();
        String object = value.substring(arrow + 2).strip();
        for (String name : List.of(subject, object)) {
            if (!draft.example.hasMention(name)) {
                throw fail(line, "'" + name + "' is not a mention of the example on line " + draft.exampleLine);
            }
        }
        draft.expected.add(new RuleExample.Expected(subject, object));
    }

    private void finish() {
        if (draft == null) {
            return;
        }
        draft.closeExample();
        if (draft.relation == null) {
            throw fail(draft.line, "rule " + draft.id + " has no 'relation' line");
        }
        if (draft.pattern == null) {
            throw fail(draft.line, "rule " + draft.id + " has no 'match' line");
        }
        if (draft.confidence == null) {
            throw fail(draft.line, "rule " + draft.id + " has no 'confidence' line");
        }
        if (draft.examples.isEmpty()) {
            throw fail(draft.line, "rule " + draft.id + " has no 'example' line");
        }
        rules.add(new Rule(draft.id, draft.relation, draft.pattern, draft.confidence, draft.examples, file, draft.line,
                "backoff".equals(draft.tier), draft.unless == null ? java.util.Set.of() : draft.unless));
        draft = null;
    }

    private void once(Object previous, String keyword, int line) {
        if (previous != null) {
            throw fail(line, "second '" + keyword + "' line in rule " + draft.id);
        }
    }

    private InputFormatException fail(int line, String problem) {
        return new InputFormatException(file, line, problem);
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A rule being read. */
    private final class Draft {
        final String id;
        final int line;
        String relation;
        RulePattern pattern;
        Double confidence;
        String tier;
        java.util.Set<String> unless;
        final List<RuleExample> examples = new ArrayList<>();
        ExampleSentence example;
        int exampleLine;
        final List<RuleExample.Expected> expected = new ArrayList<>();
        boolean expectNone;

        Draft(String id, int line) {
            this.id = id;
            this.line = line;
        }

        /** Stores the open example, which must have its expect lines. */
        void closeExample() {
            if (example == null) {
                return;
            }
            if (expected.isEmpty() && !expectNone) {
                throw fail(exampleLine, "example of rule " + id + " has no 'expect' line");
            }
            examples.add(new RuleExample(example, expected, exampleLine));
            example = null;
            expected.clear();
            expectNone = false;
        }
    }
}
