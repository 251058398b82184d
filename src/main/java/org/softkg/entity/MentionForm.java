package org.softkg.entity;

import java.util.List;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * A mention with the forms resolution compares.
 *
 * @param index            position of the mention in the document's mention list
 * @param mention          the mention
 * @param display          its name without version, as {@link LabelNormalizer#displayForm}
 * @param key              its comparison key
 * @param words            the folded words of the display form, for word-prefix tests
 * @param sentenceInitial  true when only punctuation precedes it in its sentence (its capital may be positional)
 */
record MentionForm(int index, Mention mention, String display, String key, List<String> words,
                   boolean sentenceInitial) {

    /** The forms of {@code mention}, found at {@code index} in a document with these sentences. */
    static MentionForm of(int index, Mention mention, List<Sentence> sentences) {
        String display = LabelNormalizer.displayForm(withoutVersion(mention));
        return new MentionForm(index, mention, display, LabelNormalizer.key(display),
                List.of(LabelNormalizer.fold(display).split(" ")),
                startsSentence(mention, sentences.get(mention.sentence())));
    }

    /** This form with another key. */
    MentionForm withKey(String newKey) {
        return new MentionForm(index, mention, display, newKey, words, sentenceInitial);
    }

    /**
     * True when the form looks like a proper name rather than a common noun: a capital letter that is
     * not just sentence-initial, or a digit.
     */
    boolean looksLikeName() {
        boolean positional = sentenceInitial && !display.isEmpty() && mention.text().startsWith(display.substring(0, 1));
        int start = positional ? display.offsetByCodePoints(0, 1) : 0;
        return display.substring(start).codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Sort position in the document: sentence, then first token. */
    long position() {
        return ((long) mention.sentence() << 32) | mention.span().start();
    }

    /** The mention text without its trailing version ("FreeBSD 4.8" with version 4.8 gives "FreeBSD"). */
    static String withoutVersion(Mention m) {
        String text = m.text();
        String v = m.version();
        if (v != null && text.length() > v.length() && text.endsWith(v)) {
            String name = text.substring(0, text.length() - v.length()).strip();
            return name.isEmpty() ? text : name;
        }
        return text;
    }

    private static boolean startsSentence(Mention m, Sentence s) {
        for (int i = 0; i < m.span().start(); i++) {
            if (s.token(i).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }
}
