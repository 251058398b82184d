package org.softkg.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair: a tagged name and the capitalised words after it that end in the head of a longer name. The tags often
 * stop at the first word ("[Zeta] Architecture Review Board", "[Quill] Runtime Library Exception", "[Zeta] Tools
 * provide ..."), and {@link NameExtender} leaves the rest: it takes only proper nouns, at most two, and the tagger
 * calls such words nouns. One to three untagged capitalised words join the name when the last of them is a head
 * word of names ({@link #HEADS}: "Board", "Committee", "Tools", "Suite", "Specification", "Edition", "Workshop") and
 * no name goes on after them. The heads of bodies ({@link #BODIES}: "Committee", "Consortium", "Council"; "Board" after
 * a word of governance, {@link #BOARD_BODIES}: "Review Board", not "Balance Board") make the name an
 * {@link EntityType#ORGANIZATION}; the others keep the tag's type. Words that end a company's name
 * ("Games", "Software", "Studios") are no heads here: after a product they are as often its maker in a table row
 * ("Zeta Keen Games"). The last words of organisation names ({@link AgentWords#ORGANIZATION_SUFFIXES}:
 * "Foundation", "Corporation", "Inc.", "Labs", "Institute", "University") are heads too, and before them such company
 * words may stand in the run ("[Zeta] Software Foundation", "[Quill] Communications Corporation"): the tags and the
 * name finder often stop before them, and the name is then cut before its head ("Zeta Software" typed software, its
 * "Foundation" left out). The joined name keeps the tag's type here; {@link AgentTyper} types it from its last word
 * ("Foundation" only when the name says so, since products end with it too: "Zeta Presentation Foundation").
 * People's names and list-like sentences are left alone. It runs after the finders, before {@link AgentTyper}.
 */
public final class NameHeadJoiner implements Repair {

    /** Capitalised last words of names of things and bodies, general English. */
    static final Set<String> HEADS = Set.of("Board", "Committee", "Consortium", "Council", "Forum", "Alliance", "Tools",
            "Toolkit", "Toolchain", "Kit", "Workshop", "Suite", "Exception", "Specification", "Edition", "Services",
            "Platform", "Framework", "Engine", "Library", "Runtime", "Standard");

    /** Heads that name a body of people: the joined name is an organisation's. */
    static final Set<String> BODIES = Set.of("Committee", "Consortium", "Council", "Forum", "Alliance");

    /** Words before "Board" that make it a body of people ("Review Board"), not a thing ("Balance Board"). */
    static final Set<String> BOARD_BODIES = Set.of("Review", "Advisory", "Standards", "Governing", "Executive",
            "Editorial", "Steering", "Technical", "Oversight", "Supervisory");

    private static final int MAX_WORDS = 3;

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (ListLikeSentence.test(sentence)) {
            return mentions;
        }
        return Mentions.grownRight(sentence, mentions, NameHeadJoiner::headEnd,
                (s, grown, end) -> isBody(s, end - 1) ? grown.withType(EntityType.ORGANIZATION.tagName()) : grown);
    }

    /** The end of the longer name {@code m} opens, or -1 when no run of capitalised words with a head follows it. */
    private static int headEnd(Sentence s, Mention m, boolean[] covered) {
        Span span = m.span();
        String last = s.token(span.end() - 1).text();
        if (m.version() != null || EntityType.PERSON.tagName().equals(m.type())
                || !(TokenShape.isCapitalised(last) || TokenShape.isStrongName(last))) {
            return -1;
        }
        int i = span.end();
        int head = -1;
        boolean company = false;
        while (i < s.size() && i - span.end() < MAX_WORDS && !covered[i] && CapitalisedNameFinder.isNameWord(s, i)) {
            String t = s.token(i).text();
            if (isOrganizationHead(t)) {
                head = i;
                company = false;
            } else if (isCompanyWord(t)) {
                company = true;
            } else if (HEADS.contains(t) && !company) {
                head = i;
            }
            if (company && head >= 0 && !isOrganizationHead(s.token(head).text())) {
                break; // a company word after a head of things: "[Zeta] Tools Games", no name of one piece
            }
            i++;
        }
        if (head < 0 || head + 1 < s.size() && (covered[head + 1] || ModelSuffixJoiner.looksLikeName(s, head + 1))) {
            return -1;
        }
        return head + 1;
    }

    /** Token {@code i} heads the name of a body of people: "Committee", "Review Board"; not "Balance Board". */
    private static boolean isBody(Sentence s, int i) {
        String t = s.token(i).text();
        return BODIES.contains(t) || t.equals("Board") && i > 0 && BOARD_BODIES.contains(s.token(i - 1).text());
    }

    /**
     * A word that ends only the names of organisations ("Foundation", "Corporation", "Inc.", "Labs", "Institute"), not
     * "Board" or the bodies: the head of an organisation's name the tags cut ("[Zeta Software] Foundation").
     */
    static boolean isOrganizationHead(String t) {
        return !BODIES.contains(t) && Character.isUpperCase(t.charAt(0)) && AgentWords.in(AgentWords.ORGANIZATION_SUFFIXES, t);
    }

    /** A word that ends a company's name ("Games", "Software", "Inc"): after a product, often its maker. */
    private static boolean isCompanyWord(String t) {
        String w = t.toLowerCase(Locale.ROOT);
        return !BODIES.contains(t) && !t.equals("Board") && (AgentWords.ORGANIZATION_SUFFIXES.contains(w) || AgentWords.WEAK_ORGANIZATION_SUFFIXES.contains(w));
    }
}
