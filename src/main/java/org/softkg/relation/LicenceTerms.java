package org.softkg.relation;

import java.util.Locale;
import java.util.Set;

import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Licence terms written as lower-case common words: "freeware", "shareware". The tags mark them {@code License}
 * (85 of 87 and 41 of 42 times in WikiSER dev), and the gold guidelines (round 3) read them as licences ("X is a
 * freeware game", "released as shareware" give {@code X license freeware}); unlike other lower-case words
 * ("the emulator", "a [free] game") such a tagged word is a name where the tagger calls it an adjective, and where it
 * qualifies a noun after "a"/"an" (the predicate "X is a [freeware] game"); qualifying a noun after "the" ("inspired by
 * the [freeware] game Y") it stays a modifier, so the slot takes the name that follows.
 */
final class LicenceTerms {

    /** Distribution terms that name a licence model on their own. */
    static final Set<String> TERMS = Set.of("freeware", "shareware", "donationware", "careware", "postcardware",
            "beerware");
    /** How many adjectives or numbers may stand between the article and the licence term. */
    private static final int DESCRIBING_WORDS = 2;
    /** Parts of speech of the words that may stand there. */
    private static final Set<String> DESCRIBING_POS = Set.of("ADJ", "NUM");

    private LicenceTerms() {
    }

    /** True for a one-word mention tagged {@code License} whose word is one of {@link #TERMS}. */
    static boolean isLicenceTerm(Mention m) {
        return "License".equals(m.type()) && m.span().length() == 1
                && TERMS.contains(m.text().toLowerCase(Locale.ROOT));
    }

    /**
     * True for a licence term ({@link #isLicenceTerm}) that names the licence in its sentence: alone ("released as
     * [freeware]"), or qualifying a noun after "a"/"an" and at most {@value #DESCRIBING_WORDS} adjectives or numbers
     * ("a [shareware] editor", "a popular [shareware] game", "a 1998 [freeware] game").
     */
    static boolean namesLicence(Sentence sentence, Mention m, boolean[] covered) {
        if (!isLicenceTerm(m)) {
            return false;
        }
        int start = m.span().start();
        if (!SentenceUnits.modifiesNoun(sentence, m.span().end(), covered)) {
            return true;
        }
        int before = start - 1;
        while (before >= 0 && start - before <= DESCRIBING_WORDS && !covered[before]
                && DESCRIBING_POS.contains(String.valueOf(sentence.token(before).pos()))) {
            before--;
        }
        String article = before >= 0 ? sentence.token(before).text().toLowerCase(Locale.ROOT) : "";
        return "a".equals(article) || "an".equals(article);
    }
}
