package org.softkg.mention;

import java.util.Locale;
import java.util.Set;
import org.softkg.model.Sentence;

/**
 * The verb or label that opens a line of a change log ("Fix crash on Linux", "Drop Node.js 14", "REFACTOR use ...",
 * "feat: ..."). Written capitalised at the start of a line, it looks like a name to the name finder, and a name
 * running from it ("Drop Node.js") becomes a subject. A word opening a sentence is such a verb when it is one of
 * {@link #WORDS}, no number follows ("Build 2016", a conference), and it is written in capitals (a label:
 * "REFACTOR use ...") or no auxiliary or verb in the third person follows (then the word is the subject: "Handle is
 * a ...", "Build runs ..."; "Fix based on ..." is a change).
 */
final class ChangeLogVerbs {

    /** Verbs of changes and the labels of conventional commits, in lower case. */
    static final Set<String> WORDS = Set.of("add", "added", "adds", "allow", "allowed", "build", "bump", "bumped",
            "change", "changed", "chore", "deprecate", "deprecated", "disable", "disabled", "drop", "dropped", "enable",
            "enabled", "ensure", "expose", "feat", "fix", "fixed", "fixes", "implement", "implemented", "improve",
            "improved", "introduce", "introduced", "merge", "move", "moved", "optimize", "optimise", "perf", "refactor",
            "refactored", "remove", "removed", "rename", "renamed", "replace", "replaced", "revert", "reverted",
            "update", "updated", "upgrade", "upgraded", "use");

    private ChangeLogVerbs() {
    }

    /** True when the first token of {@code s} is a change log's verb or label. */
    static boolean opensChange(Sentence s) {
        if (s.size() < 2) {
            return false;
        }
        String word = s.token(0).text();
        if (!WORDS.contains(word.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(word.codePointAt(0))
                || TokenShape.isNumber(s.token(1).text())) {
            return false;
        }
        return isUpperCase(word) || !isFiniteVerb(s, 1); // a label in capitals: "REFACTOR use ...", "CHANGE use ..."
    }

    /** An auxiliary or a verb in the third person ("is", "runs"): the word before it is its subject. */
    private static boolean isFiniteVerb(Sentence s, int i) {
        String w = s.token(i).text().toLowerCase(Locale.ROOT);
        return ClosedClass.AUXILIARIES.contains(w) || "AUX".equals(s.token(i).pos())
                || "VERB".equals(s.token(i).pos()) && w.endsWith("s") && !w.endsWith("ss");
    }

    private static boolean isUpperCase(String w) {
        return w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT));
    }
}
