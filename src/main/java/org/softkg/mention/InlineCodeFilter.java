package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Repair (raw text, after the finders): a name written as inline code with the shape of a program's identifier is a
 * member of its API, no software entity. Change logs and READMEs write options, functions and fields in backticks
 * ("Added support for `fillBlockCache` query option", "`toJS` now uses Map", "replace `fs.R_OK` with ..."); the
 * name finder tags many of them, and facts about them ("arangojs supports fillBlockCache") are no facts of the
 * graph's software. A mention goes when the original text has a backtick right before its first token and a backtick
 * or an opening parenthesis right after its last (at a sentence's edge, where its text ends, one backtick on the
 * other side is enough), and its text has an identifier's shape: a piece (between dots) in lower camel case
 * ("fillBlockCache", "Room.getStats"), an underscore, a dollar sign or a bracket in it, or a "#" opening it
 * ("#RRGGBB"). A name in backticks of another shape stays (`numpy`, `Quill`, `Node.js`, `C#`), as does any name
 * outside backticks ("iOS", "macOS" and "jQuery" have the camel shape too). Tagged input (tokens without offsets) is
 * untouched.
 */
public final class InlineCodeFilter implements Repair {

    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*");
    private static final String CODE_SIGNS = "_$()<>[]{}";

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (sentence.token(0).start() < 0) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!(inBackticks(sentence, m) && isIdentifier(m.text().replace(" ", "")))) {
                out.add(m);
            }
        }
        return out;
    }

    /** True for a program identifier's shape (see the class comment). */
    static boolean isIdentifier(String text) {
        if (text.length() > 1 && text.charAt(0) == '#') {
            return true; // "`#RRGGBB`", "`#main`": a colour or an anchor ("C#" ends with the sign, never opens with it)
        }
        for (int k = 0; k < text.length(); k++) {
            if (CODE_SIGNS.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        for (String piece : text.split("\\.")) {
            if (LOWER_CAMEL.matcher(piece).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the original text has a backtick right before the mention and a backtick or "(" right after it; at the
     * sentence's first or last token, a backtick on the one side that can be seen.
     */
    private static boolean inBackticks(Sentence s, Mention m) {
        int base = s.token(0).start();
        String text = s.text();
        int before = s.token(m.span().start()).start() - base - 1;
        int after = s.token(m.span().end() - 1).end() - base;
        // a sentence's text starts at its first token and ends at its last: a mark beyond it cannot be seen
        boolean opens = before < 0 || text.charAt(before) == '`';
        boolean closes = after >= text.length() || text.charAt(after) == '`' || text.charAt(after) == '(';
        boolean seen = before >= 0 && text.charAt(before) == '`' || after < text.length() && text.charAt(after) == '`';
        return opens && closes && seen;
    }
}
