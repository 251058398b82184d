package org.softkg.context;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * What a sentence is about, read from its surface: the first mention that is the subject of a verb
 * (a verb follows it, past a version, a parenthesis and adverbs) and does not stand inside a
 * prepositional phrase ("of the [FreeBSD] series"). "Since 2005 , [X] supports ..." is about X;
 * "The migration of [X] code has ..." is about no mention.
 */
final class ClauseTopic {

    private static final Pattern VERSION = Pattern.compile("(?i)v?\\d+(\\.\\d+)*(\\.x)?[a-z]?\\+?");
    private static final Set<String> VERB_POS = Set.of("AUX", "VERB");
    private static final Set<String> RELATIVES = Set.of("which", "that", "who", "whose", "where");
    private static final int MAX_PARENTHESIS = 8;

    private ClauseTopic() {
    }

    /** The topic mention of {@code s} among its {@code mentions} (sorted by span), or {@code null}. */
    static Mention of(Sentence s, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!insidePrepositionalPhrase(s, m.span().start()) && verbFollows(s, m.span().end())) {
                return m;
            }
        }
        return null;
    }

    /**
     * True when a mention of another entity than {@code subject} gets a relative clause ("[X] , which
     * requires ..."): the sentence ends on that entity, which competes with the topic for a following "it".
     */
    static boolean elaboratesOther(Sentence s, List<Mention> mentions, String subject) {
        for (Mention m : mentions) {
            if (subject.equals(m.entity())) {
                continue;
            }
            int i = skipTail(s, m.span().end());
            while (i < s.size() && "NOUN".equals(s.token(i).pos()) && isLowerCase(s, i)) {
                i++; // the head noun the name modifies: "the [Y] checker , which"
            }
            if (i < s.size() && ",".equals(s.token(i).text())) {
                i++;
            }
            if (i < s.size() && RELATIVES.contains(lower(s, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when, from token {@code i} on, past adverbs, a verb or auxiliary comes; a lower-case "-s" word
     * that the tagger took for a plural noun counts when a preposition or determiner follows it ("runs on",
     * "uses the").
     */
    static boolean verbFollows(Sentence s, int i) {
        int j = skipTail(s, i);
        while (j < s.size() && "ADV".equals(s.token(j).pos())) {
            j++;
        }
        if (j >= s.size() || s.token(j).pos() == null || !isLowerCase(s, j)) {
            return false;
        }
        if (VERB_POS.contains(s.token(j).pos())) {
            return true;
        }
        return "NOUN".equals(s.token(j).pos()) && s.token(j).text().endsWith("s") && j + 1 < s.size()
                && Set.of("ADP", "DET").contains(String.valueOf(s.token(j + 1).pos()));
    }

    private static boolean isLowerCase(Sentence s, int i) {
        return Character.isLowerCase(s.token(i).text().charAt(0));
    }

    /** Past a version ("4.8", "version 2") and a parenthesis ("( LWKT )") after a name. */
    private static int skipTail(Sentence s, int i) {
        if (i < s.size() && "version".equals(lower(s, i)) && i + 1 < s.size() && VERSION.matcher(lower(s, i + 1)).matches()) {
            i += 2;
        } else if (i < s.size() && VERSION.matcher(lower(s, i)).matches()) {
            i++;
        }
        if (i < s.size() && "(".equals(s.token(i).text())) {
            for (int j = i + 1; j < s.size() && j <= i + MAX_PARENTHESIS; j++) {
                if (")".equals(s.token(j).text())) {
                    return j + 1;
                }
            }
        }
        return i;
    }

    /** True when, past determiners and adjectives, a preposition stands before token {@code start}. */
    private static boolean insidePrepositionalPhrase(Sentence s, int start) {
        int v = start - 1;
        while (v >= 0 && Set.of("DET", "ADJ", "NUM").contains(String.valueOf(s.token(v).pos()))) {
            v--;
        }
        return v >= 0 && "ADP".equals(s.token(v).pos());
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(Locale.ROOT);
    }
}
