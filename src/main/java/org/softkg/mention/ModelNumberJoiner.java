package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair: a name and the number that completes it, which the tags and the finders leave apart. Two kinds:
 * <ul>
 * <li>a <b>model number</b> after a name ("Zorbix" + "3600", "Quill" + "1000"): {@link NameExtender} joins it to tagged
 * names, but the names the finders add later ({@link PersonNameFinder}, {@link CapitalisedNameFinder}) never grow,
 * and an untagged capitalised word right before a model number is found by nobody when it opens the sentence
 * ("Zorblex 3000 is a home computer ..."). The name takes the number when no name-like token follows it (a longer
 * run or a table row is left alone, as in {@link NameExtender}); the number must be a model number
 * ({@link NameExtender#isModelNumber}: three to five digits, no year, no quantity). A name so joined that was typed as
 * a person or an organisation names a product, not its maker ("Tandy" + "1000"), and loses that type;</li>
 * <li>a <b>standard's number</b> after the body that issued it ("IEEE" + "802.1Qca", "IEEE Std" + "1355-1995",
 * "ISO/IEC" + "8859-15"): a closed list of standards bodies ({@link #STANDARD_BODIES}) and a designation that starts
 * with a digit. {@link VersionSplitter} never reads such a number as a version ({@link #endsInStandardNumber}).</li>
 * </ul>
 * Two more shapes of the same kind (twelfth session, names14):
 * <ul>
 * <li>an <b>untyped name and a two-digit number</b> ("Quill 96", "Zeta 64"): a found name no tag typed, with an untagged
 * number from 10 to 99 right after it and no name, unit, plural noun or amount word after the number, takes the number
 * into its name. {@link VersionSplitter} reads such a number as a version only after a typed name; after an untyped one
 * it is the number of a product ("Quill 96") as often as a count of something else, so the name's last word must be no
 * numbering noun ({@link #NUMBERING_NOUNS}: "Figure 13", "Episode 29", "Top 30"). One digit stays apart ("USER 0",
 * "Mode 1");</li>
 * <li>a <b>model number and an edition word</b> ("Zeta 800 Junior", "Quill 2600 Plus"): a found name, a model number, and a
 * one-word mention that is an edition word ({@link NameExtender#EDITIONS}) with no name after it become one name, which
 * keeps the edition word's type when it has one.</li>
 * </ul>
 * It runs after the finders and {@link ModelSuffixJoiner} and before {@link VersionSplitter}.
 */
public final class ModelNumberJoiner implements Repair {

    /** Bodies that name their standards by a number ("IEEE 802.3", "ISO 9660"), and the "Std" of "IEEE Std 1355". */
    static final Set<String> STANDARD_BODIES = Set.of("IEEE", "ISO", "IEC", "ISO/IEC", "ANSI", "ECMA", "ITU-T",
            "ETSI", "EIA", "TIA", "JIS", "DIN", "ASHRAE", "ANSI/VITA", "Std");

    /** A standard's designation: digits, then letters, digits and ". - : /" parts ("802.1Qca", "1355-1995", "1989:2014"). */
    private static final Pattern DESIGNATION = Pattern.compile("[0-9]+[A-Za-z0-9]*([.\\-:/][0-9][A-Za-z0-9]*)*");

    /** Words after a number that make it an amount ("USD 500 million"), no model number. */
    private static final Set<String> AMOUNTS = Set.of("thousand", "million", "billion", "trillion", "percent", "%");

    /**
     * Nouns that number things of a document, a sequence or a place, not products: a two-digit number after them is
     * no part of a product's name ("Figure 13", "Episode 29", "Top 30", "Route 66").
     */
    static final Set<String> NUMBERING_NOUNS = Set.of("Figure", "Fig", "Table", "Chapter", "Section", "Part", "Episode",
            "Season", "Series", "Volume", "Vol", "Issue", "Page", "Level", "Stage", "Step", "Phase", "Round", "Week", "Day",
            "Top", "Number", "No", "Room", "Track", "Class", "Grade", "Group", "Type", "Mode", "Session", "Address",
            "Route", "Wave", "Block", "Item", "Article", "Act", "Scene", "Book", "Rule", "Form", "Appendix", "Note",
            "Unit", "Player", "Players", "Channel", "Line", "Lane", "Gate", "Floor", "Pin", "Rank", "Year", "Age",
            "Game", "Match", "Test", "Lecture", "Lesson", "Exercise", "Example", "Problem", "Question", "Theorem",
            "Lemma", "Equation", "Annex", "Clause", "Paragraph", "Verse", "Highway", "Interstate", "Flight", "Division",
            "League", "Squadron", "District", "Ward", "Zone", "Sector", "Platform", "Hall", "Street", "Avenue", "Under",
            "Over", "Hot", "Viral", "Chart", "Hits", "Revision", "Rev", "Build", "Patch", "Update", "Version",
            "Release", "Edition", "Sprint", "Milestone", "Beta", "Alpha", "Preview", "Candidate", "Slot", "Bank", "Port",
            "Bus", "Ring", "Layer", "Tier", "Pass", "Loop", "Index", "Vector", "Register", "Bit", "Byte", "Word");

    /** Parts of speech an untagged capitalised word before a model number may have to start a name. */
    private static final Set<String> NAME_POS = Set.of("PROPN", "NOUN", "X");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (ListLikeSentence.test(sentence)) {
            return mentions;
        }
        mentions = withEditions(sentence, mentions, context);
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.version() != null ? m : joined(sentence, m, covered, context));
        }
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i + 1 < sentence.size(); i++) {
            if (!covered[i] && !covered[i + 1] && opensModelName(sentence, i) && joinsModelNumber(sentence, i + 1, covered)) {
                covered[i] = true;
                covered[i + 1] = true;
                added.add(Mentions.found(sentence, new Span(i, i + 2), context));
            }
        }
        return added.isEmpty() ? out : Mentions.merged(out, added);
    }

    /**
     * "Zeta" + "800" + "Junior": a name, a model number and a one-word mention of an edition word with no name after it,
     * as one name. It keeps the edition word's type when that has one, else the name's (an agent's name with a model
     * number names a product: untyped).
     */
    private static List<Mention> withEditions(Sentence s, List<Mention> mentions, RepairContext context) {
        List<Mention> out = null;
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention name = mentions.get(k);
            Mention edition = mentions.get(k + 1);
            int number = name.span().end();
            int after = edition.span().end();
            if (name.version() != null || edition.version() != null || edition.span().length() != 1
                    || edition.span().start() != number + 1 || !NameExtender.EDITIONS.contains(edition.text())
                    || !ModelSuffixJoiner.isNameEnd(s.token(number - 1).text()) || !NameExtender.isModelInteger(s.token(number).text())
                    || after < s.size() && ModelSuffixJoiner.looksLikeName(s, after)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            String type = !Mention.UNTYPED.equals(edition.type()) ? edition.type()
                    : Mentions.isAgent(name) ? Mention.UNTYPED : name.type();
            Mention joined = Mentions.reshape(s, name, new Span(name.span().start(), after)).withType(type);
            String known = Mention.UNTYPED.equals(type) ? context.typeOf(joined.text()) : null;
            int at = out.indexOf(name);
            out.set(at, known != null ? joined.withType(known) : joined);
            out.remove(at + 1);
        }
        return out == null ? mentions : out;
    }

    /** True when the last two tokens of {@code span} are a standards body and a designation ("IEEE 802.3"). */
    static boolean endsInStandardNumber(Sentence s, Span span) {
        return span.length() >= 2 && STANDARD_BODIES.contains(s.token(span.end() - 2).text())
                && isDesignation(s.token(span.end() - 1).text());
    }

    static boolean isDesignation(String t) {
        return DESIGNATION.matcher(t).matches();
    }

    /** {@code m} grown over the standard's number or model number right after it, or {@code m} itself. */
    private static Mention joined(Sentence s, Mention m, boolean[] covered, RepairContext context) {
        int end = m.span().end();
        if (end >= s.size() || covered[end]) {
            return m;
        }
        String last = s.token(end - 1).text();
        if (STANDARD_BODIES.contains(last) && isDesignation(s.token(end).text())) {
            covered[end] = true;
            return Mentions.reshape(s, m, new Span(m.span().start(), end + 1));
        }
        if (ModelSuffixJoiner.isNameEnd(last) && Mention.UNTYPED.equals(m.type()) && joinsTwoDigitNumber(s, end, covered)) {
            covered[end] = true; // "Quill" + "96": an untyped name and the number of its product
            return Mentions.reshape(s, m, new Span(m.span().start(), end + 1));
        }
        if (!ModelSuffixJoiner.isNameEnd(last) || !joinsModelNumber(s, end, covered)) {
            return m;
        }
        covered[end] = true;
        Mention grown = Mentions.reshape(s, m, new Span(m.span().start(), end + 1));
        if (Mentions.isAgent(m)) {
            String known = context.typeOf(grown.text());
            grown = grown.withType(known != null ? known : Mention.UNTYPED);
        }
        return grown;
    }

    /**
     * Token {@code i} is an uncovered number from 10 to 99 after a name whose last word numbers no sequence, and no name,
     * unit, plural noun or amount word follows it: "Quill 96 and Zeta", not "Figure 13", "Quill 48 MP", "Zeta 50 million".
     */
    private static boolean joinsTwoDigitNumber(Sentence s, int i, boolean[] covered) {
        String t = s.token(i).text();
        if (covered[i] || t.length() != 2 || t.charAt(0) == '0' || !t.chars().allMatch(Character::isDigit)
                || i == 0 || NUMBERING_NOUNS.contains(s.token(i - 1).text())) {
            return false;
        }
        int next = i + 1;
        if (next >= s.size()) {
            return true;
        }
        String after = s.token(next).text();
        boolean pluralNoun = after.endsWith("s") && after.equals(after.toLowerCase(java.util.Locale.ROOT))
                && !ClosedClass.isFunctionWord(after, next);
        return !covered[next] && !ModelSuffixJoiner.looksLikeName(s, next) && !TokenShape.isUnit(after) && !pluralNoun
                && !AMOUNTS.contains(after.toLowerCase(java.util.Locale.ROOT)) && !after.equals("%");
    }

    /** Token {@code i} is an uncovered model number after which no name goes on and no amount word follows. */
    private static boolean joinsModelNumber(Sentence s, int i, boolean[] covered) {
        if (covered[i] || !NameExtender.isModelNumber(s, i)) {
            return false;
        }
        int next = i + 1;
        return next >= s.size() || !covered[next] && !ModelSuffixJoiner.looksLikeName(s, next)
                && !AMOUNTS.contains(s.token(next).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** An untagged capitalised word that may start a model name: no function word, no calendar word, a noun. */
    private static boolean opensModelName(Sentence s, int i) {
        String t = s.token(i).text();
        return TokenShape.isCapitalised(t) && !ClosedClass.isFunctionWord(t, i) && !ClosedClass.CALENDAR.contains(t)
                && !TokenShape.isUnit(t) && NAME_POS.contains(s.token(i).pos());
    }

}
