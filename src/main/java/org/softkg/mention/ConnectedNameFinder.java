package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 8a: marks untagged names whose capitalised words are joined by lower-case connectors, which the
 * finders of runs of capitalised words cut at the first connector: "Fundación para o Fomento da Calidade
 * Industrial e Desenvolvemento Tecnolóxico de Galicia", "Ministry of Industry of the Xunta de Galicia",
 * "Institute of Electrical and Electronics Engineers", "Gesellschaft für Informatik". The name is one
 * {@link Mention#UNTYPED} mention (or takes the type the document gives the same text elsewhere). Between two
 * runs of capitalised words ({@link CapitalisedNameFinder}'s name words):
 * <ul>
 *   <li>a preposition of the languages names come from ({@link #PREPOSITIONS}: "de", "da", "para", "für",
 *       "van", "von", ...), with an article after it ("de la", "para o") always joins: in English text it is
 *       part of a name;</li>
 *   <li>English "of", "for" and "on" (with "the" after them) join only a name that is an institution's: a word
 *       before the first connector is one of {@link #INSTITUTIONS} ("Ministry of Industry", "University of
 *       Michigan", "Association for Computing Machinery"), or an earlier connector was a foreign preposition;
 *       so "Ateme of France" or "developed by Zeta for Quill" stay two names, and so does a part of two or more
 *       words that ends in an institution's head ("University of Zeta Quill Laboratory");</li>
 *   <li>a coordinator ("and", "&amp;", "e", "y", "et", "und") joins only inside a name that already has a
 *       preposition, and not before a part that is an institution of its own: "Institute of Electrical and
 *       Electronics Engineers" is one name, "Microsoft and IBM" and "University of Zeta and Quill University"
 *       are two or more.</li>
 * </ul>
 * A name without a connector is left to the other finders; runs that touch another mention and list-like
 * sentences are left alone. No list of names is involved: the lists are of function words and of the common
 * nouns that head names of institutions.
 */
public final class ConnectedNameFinder implements Repair {

    /** Prepositions inside names taken from other languages: always part of the name between capitalised words. */
    static final Set<String> PREPOSITIONS = Set.of("de", "da", "do", "das", "dos", "del", "della", "delle", "degli",
            "dei", "di", "du", "des", "für", "van", "von", "der", "den", "zu", "zur", "zum", "para", "pour", "per");
    /** English prepositions inside names of institutions. */
    static final Set<String> ENGLISH = Set.of("of", "for", "on");
    /** Articles after a preposition: "of the", "de la", "para o". */
    static final Set<String> ARTICLES = Set.of("the", "la", "le", "les", "el", "los", "las", "o", "a", "os", "as");
    /** Coordinators inside titles of institutions. */
    static final Set<String> COORDINATORS = Set.of("and", "&", "e", "y", "et", "und");
    /** Nouns that head names of institutions ("Ministry of ...", "University of ..."). */
    static final Set<String> INSTITUTIONS = Set.of("university", "institute", "institution", "ministry", "department",
            "bureau", "office", "agency", "academy", "society", "association", "council", "commission", "committee",
            "board", "federation", "foundation", "union", "league", "center", "centre", "college", "school",
            "laboratory", "laboratories", "museum", "library", "bank", "corporation", "company", "consortium",
            "organization", "organisation", "government", "republic", "kingdom", "court", "parliament", "authority",
            "alliance", "fund", "trust", "division", "administration", "directorate", "secretariat", "faculty",
            "chamber", "guild", "polytechnic", "conference", "services", "service");
    /** Longest name taken, in tokens (the longest names of institutions in the development data have about 15). */
    private static final int MAX_TOKENS = 20;
    /** Most capitalised words in one part between connectors. */
    private static final int MAX_PART = 4;

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (ListLikeSentence.test(sentence)) {
            return mentions;
        }
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> added = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            if (covered[i] || !CapitalisedNameFinder.isNameWord(sentence, i)) {
                i++;
                continue;
            }
            int end = partEnd(sentence, covered, i);
            if (i > 0 && covered[i - 1]) {
                i = end;
                continue;
            }
            int nameEnd = connect(sentence, covered, i, end);
            if (nameEnd > end && !(nameEnd < sentence.size() && covered[nameEnd])) {
                added.add(Mentions.found(sentence, new Span(i, nameEnd), context));
                i = nameEnd;
            } else {
                i = end;
            }
        }
        return added.isEmpty() ? mentions : Mentions.merged(mentions, added);
    }

    /** The end of the run of capitalised name words from {@code start}. */
    private static int partEnd(Sentence s, boolean[] covered, int start) {
        int end = start;
        while (end < s.size() && !covered[end] && CapitalisedNameFinder.isNameWord(s, end)) {
            end++;
        }
        return end;
    }

    /**
     * The end of the name whose first part is {@code [start, end)}, grown over connectors and the capitalised parts
     * after them as long as the rules of the class allow; {@code end} when nothing joins.
     */
    private static int connect(Sentence s, boolean[] covered, int start, int end) {
        boolean institution = hasInstitution(s, start, end);
        boolean prepositionSeen = false;
        int nameEnd = end;
        while (nameEnd < s.size() && nameEnd - start < MAX_TOKENS) {
            int k = nameEnd;
            String first = lower(s, k);
            boolean foreign = PREPOSITIONS.contains(first);
            boolean english = ENGLISH.contains(first);
            boolean coordinator = COORDINATORS.contains(first);
            if (!(foreign || english || coordinator) || covered[k] || !isLowerCase(s, k)) {
                break;
            }
            k++;
            if ((foreign || english) && k < s.size() && !covered[k] && ARTICLES.contains(lower(s, k)) && isLowerCase(s, k)) {
                k++;
            }
            if (k >= s.size() || covered[k] || !CapitalisedNameFinder.isNameWord(s, k)) {
                break;
            }
            int partEnd = partEnd(s, covered, k);
            if (partEnd - k > MAX_PART) {
                break;
            }
            boolean joins = foreign
                    || english && (institution || prepositionSeen) && !namesInstitution(s, k, partEnd)
                    || coordinator && prepositionSeen && !hasInstitution(s, k, partEnd);
            if (!joins) {
                break;
            }
            prepositionSeen |= foreign || english;
            institution |= foreign;
            nameEnd = partEnd;
        }
        return nameEnd;
    }

    /** True when a word of {@code [from, to)} heads names of institutions ("Ministry", "University"). */
    static boolean hasInstitution(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (INSTITUTIONS.contains(lower(s, i)) || AgentWords.in(AgentWords.ORGANIZATION_SUFFIXES, s.token(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Two or more words ending in an institution's head: another institution ("Zeta Laboratory" in "University of Orbo Zeta Laboratory"). */
    private static boolean namesInstitution(Sentence s, int from, int to) {
        return to - from >= 2 && INSTITUTIONS.contains(lower(s, to - 1));
    }

    /** True when {@code word} may stand inside a name between its capitalised words: "of", "de", "para", "o", "e". */
    static boolean isConnector(String word) {
        return PREPOSITIONS.contains(word) || ENGLISH.contains(word) || ARTICLES.contains(word) || COORDINATORS.contains(word);
    }

    private static boolean isLowerCase(Sentence s, int i) {
        String t = s.token(i).text();
        return t.equals(t.toLowerCase(Locale.ROOT));
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(Locale.ROOT);
    }
}
