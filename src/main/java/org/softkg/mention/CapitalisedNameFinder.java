package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 10: marks the untagged runs of capitalised words that the other finders leave, whatever their
 * part-of-speech tag: "ASC Games", "the Senior Partner", "gEDA/PCB", "Windows". Such a run is a
 * {@link Mention#UNTYPED} name (or takes the type the document gives the same text elsewhere). Untyped
 * names reach the graph only when a relation rule admits them in a slot ({@code {O:*|Name}}), so the
 * finder widens what rules can relate without adding entities of its own.
 * <p>
 * A word of a run has an upper-case letter and a letter, and is not a closed-class word, a month or
 * weekday, a unit, or a version; the first word of a sentence starts a run only when tagged PROPN
 * or capitalised inside too ("Windows runs", "ROBOTC is", but not "Later"); a run that qualifies the
 * lower-case noun or adjective after it ("Japanese video game developer") and a lone capitalised adjective
 * are no names (a lone one before "'s" is a name whatever its tag: "Zeta 's fourth major franchise"), except before an organisation noun after "the" ("produced by the Zeta corporation"). Runs of more than {@value #MAX_WORDS} words, runs that touch
 * another mention (fragments of it) and list-like sentences are left alone.
 */
public final class CapitalisedNameFinder implements Repair {

    private static final int MAX_WORDS = 4;
    /** Capitalised words that open clauses or qualify, not names, when no tag says otherwise. */
    private static final Set<String> NOT_NAMES = Set.of("However", "Although", "Since", "After", "Before",
            "During", "Later", "Also", "Many", "Most", "Some", "Several", "Other", "Both", "Each", "Such",
            "Its", "Their", "His", "Her", "Our", "My", "Your", "Version", "Release", "English");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (ListLikeSentence.test(sentence)) {
            return mentions;
        }
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> added = new ArrayList<>();
        for (Span run : Mentions.runs(sentence, covered, i -> isNameWord(sentence, i))) {
            boolean touches = (run.start() > 0 && covered[run.start() - 1])
                    || (run.end() < sentence.size() && covered[run.end()]);
            if (run.length() <= MAX_WORDS && !touches && !modifiesNext(sentence, run)
                    && !(run.length() == 1 && "ADJ".equals(sentence.token(run.start()).pos())
                            && !agentBeforeAnotherName(sentence, run, covered) && !namesAnOrganisation(sentence, run)
                            && !coordinatedWithAName(sentence, run, covered) && !possessor(sentence, run)
                            && !PREFIXED_NAME.matcher(sentence.token(run.start()).text()).matches())) {
                added.add(Mentions.found(sentence, run, context));
            }
        }
        return added.isEmpty() ? mentions : Mentions.merged(mentions, added);
    }

    /**
     * "developed by Zeta and [Kappa Inc.]", "made by Zeta ,": a lone capitalised word the tagger took for an adjective
     * is a name when it opens a by-phrase and ends the phrase or is listed with a name ("by Japanese and Korean
     * studios" stays an adjective).
     */
    private static boolean agentBeforeAnotherName(Sentence s, Span run, boolean[] covered) {
        int i = run.start();
        int next = run.end();
        if (i == 0 || !"by".equalsIgnoreCase(s.token(i - 1).text())) {
            return false;
        }
        if (next >= s.size() || "PUNCT".equals(s.token(next).pos())) {
            return true;
        }
        String w = s.token(next).text();
        return (w.equals("and") || w.equals("&")) && next + 1 < s.size()
                && (covered[next + 1] || "PROPN".equals(s.token(next + 1).pos()) && isNameWord(s, next + 1));
    }

    /** "Zeta 's fourth major franchise": an adjective takes no possessive, so a capitalised word before "'s" is a name. */
    private static boolean possessor(Sentence s, Span run) {
        return run.end() < s.size() && "'s".equals(s.token(run.end()).text());
    }

    /**
     * "[Zeta] and Quill ;", "Quill and [Zeta] both went": a lone capitalised word the tagger took for an adjective is a name
     * when "and"/"or" joins it to a found name and it qualifies nothing after it (punctuation, "and"/"or", an adverb or
     * the end follows); a nationality stays an adjective ("[Zeta] and Japanese ,").
     */
    private static boolean coordinatedWithAName(Sentence s, Span run, boolean[] covered) {
        int i = run.start();
        if (i == 0 || ClosedClass.NATIONALITY_ADJECTIVES.contains(s.token(i).text())) {
            return false;
        }
        boolean after = i >= 2 && isConjunction(s.token(i - 1).text()) && isListedName(s, i - 2, covered);
        boolean before = i + 2 < s.size() && isConjunction(s.token(i + 1).text()) && isListedName(s, i + 2, covered);
        if (!after && !before) {
            return false;
        }
        int next = run.end();
        if (next >= s.size()) {
            return true;
        }
        String pos = s.token(next).pos();
        return "PUNCT".equals(pos) || isConjunction(s.token(next).text()) || "ADV".equals(pos) || "CCONJ".equals(pos) || "AUX".equals(pos);
    }

    /** A found name, or a capitalised proper or common noun this finder takes ("Covox and Soundrive": both untagged). */
    private static boolean isListedName(Sentence s, int i, boolean[] covered) {
        String pos = s.token(i).pos();
        return covered[i] || ("PROPN".equals(pos) || "NOUN".equals(pos)) && isNameWord(s, i)
                && !ClosedClass.NATIONALITY_ADJECTIVES.contains(s.token(i).text());
    }

    /** "Z-Controller", "QX-Link": one to three capitals, a hyphen and a capitalised word; no adjective is written so. */
    private static final Pattern PREFIXED_NAME = Pattern.compile("\\p{Lu}{1,3}-\\p{Lu}\\p{Ll}+");

    private static boolean isConjunction(String w) {
        return w.equals("and") || w.equals("or");
    }

    /** "the Zeta corporation", "the Zeta team": "the", the run, and an organisation noun in lower case. */
    private static boolean namesAnOrganisation(Sentence s, Span run) {
        return run.start() > 0 && run.end() < s.size() && "the".equalsIgnoreCase(s.token(run.start() - 1).text())
                && AgentWords.ORGANIZATION_ROLES.contains(s.token(run.end()).text());
    }

    /**
     * True when a lower-case noun or adjective follows the run: it qualifies that phrase ("Japanese video game
     * developer"); not an adjective that opens a phrase after the name with a preposition ("Zeta similar to", "Zeta
     * compatible with", "Zeta available on").
     */
    private static boolean modifiesNext(Sentence s, Span run) {
        if (run.end() >= s.size()) {
            return false;
        }
        String next = s.token(run.end()).text();
        String pos = s.token(run.end()).pos();
        if (namesAnOrganisation(s, run)) {
            return false; // "the Zeta corporation", "the Zeta team": the name of an organisation (AgentTyper types it)
        }
        if ("ADJ".equals(pos) && run.end() + 1 < s.size() && "ADP".equals(s.token(run.end() + 1).pos())) {
            return false; // "written in Zeta similar in functionality to": an adjective with a preposition follows a noun
        }
        return next.equals(next.toLowerCase(java.util.Locale.ROOT)) && ("NOUN".equals(pos) || "ADJ".equals(pos));
    }

    static boolean isNameWord(Sentence s, int i) {
        String t = s.token(i).text();
        if (t.chars().noneMatch(Character::isUpperCase) || t.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        if (ClosedClass.isFunctionWord(t.toLowerCase(java.util.Locale.ROOT), i) || ClosedClass.CALENDAR.contains(t) || NOT_NAMES.contains(t)
                || TokenShape.isUnit(t) || TokenShape.isVersion(t) || TokenShape.isRomanNumeral(t)) {
            return false;
        }
        return i > 0 || "PROPN".equals(s.token(i).pos()) || t.substring(1).chars().anyMatch(Character::isUpperCase);
    }
}
