package org.softkg.relation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Reads one-way compatibility: a {@code compatibleWith} fact whose object names the programs of another system
 * ("[Orbit] is backwards compatible with [Zeta] games", "binary compatibility with [Zeta] applications") says that
 * the subject runs those programs, which the guidelines annotate as {@code supports} ("binary compatibility with SCO
 * Unix applications"). Two things compatible with each other stay {@code compatibleWith} (round 10, compat10).
 */
final class CompatibilityReading {

    /** Plural nouns of the programs of a system: what one-way compatibility is about. */
    private static final Set<String> PROGRAM_NOUNS = Set.of("applications", "programs", "software", "games", "titles",
            "binaries", "executables", "apps", "cartridges");
    /** A version or model number between the name and its noun ("[Zeta] 4 games"). */
    private static final Pattern NUMBER = Pattern.compile("(?i)v?\\d+(\\.\\d+)*[a-z]?");

    private CompatibilityReading() {
    }

    /** The relation a fact of {@code relation} with object mention {@code object} of {@code sentence} states. */
    static String relation(String relation, Sentence sentence, Mention object) {
        if (!"compatibleWith".equals(relation)) {
            return relation;
        }
        int next = object.span().end();
        if (object.span().length() > 1 && isProgramNoun(sentence, next - 1)) {
            return "supports"; // the name finder took the noun into the name: "[Zeta 4 games]"
        }
        if (next < sentence.size() && NUMBER.matcher(sentence.token(next).text()).matches()) {
            next++;
        }
        return next < sentence.size() && isProgramNoun(sentence, next) ? "supports" : relation;
    }

    private static boolean isProgramNoun(Sentence sentence, int i) {
        return PROGRAM_NOUNS.contains(sentence.token(i).text().toLowerCase(Locale.ROOT));
    }
}
