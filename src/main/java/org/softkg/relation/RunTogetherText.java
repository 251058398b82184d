package org.softkg.relation;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.Sentence;

/**
 * Tells the cells of a table run together into one "sentence" by the words glued at the seams: a cell ending in
 * lower-case letters or digits runs straight into the capitalised first word of the next ("ServerWindows",
 * "1977Heathkit", "PSVitaAction"). Prose has such camel-case words too ("PlayStation", "JavaScript"), but few
 * distinct ones in a sentence; a flattened table has many. The guidelines read table text only where a fact reads as
 * a sentence, and in glued text no rule can tell where a name starts, so {@link RelationExtractor} reads no fact from
 * it. Found in the ninth session's judging of the whole pool (tables gave 14 wrong facts, no right one).
 */
final class RunTogetherText {

    /** Distinct glued words from which a sentence is a run-together table. */
    static final int MIN_GLUED = 5;
    /** Two lower-case letters or digits (or a closing parenthesis) followed by a capitalised word. */
    private static final Pattern SEAM = Pattern.compile("[\\p{Ll}\\d)]{2}\\p{Lu}\\p{Ll}");

    private RunTogetherText() {
    }

    /** Tokens that set a list member apart on both sides ("... , MediaWiki , DokuWiki and ..."). */
    private static final Set<String> MEMBER_SEPARATORS = Set.of(",", "and", "or", "(", ")", ";");

    /**
     * True when {@code s} holds at least {@link #MIN_GLUED} distinct words with a seam inside. A word set apart by
     * list separators on both sides (", MediaWiki ,") is a camel-case name in a list, no seam between table cells
     * (lists15).
     */
    static boolean test(Sentence s) {
        Set<String> glued = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            String t = s.token(i).text();
            if (SEAM.matcher(t).find() && !listMember(s, i) && glued.add(t) && glued.size() >= MIN_GLUED) {
                return true;
            }
        }
        return false;
    }

    private static boolean listMember(Sentence s, int i) {
        return i > 0 && i + 1 < s.size() && MEMBER_SEPARATORS.contains(s.token(i - 1).text())
                && MEMBER_SEPARATORS.contains(s.token(i + 1).text());
    }
}
