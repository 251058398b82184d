package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * A README's tag line: the first line of running text right under the title heading, a noun phrase that says what the
 * project is without naming it ("# node-postgres" then "Non-blocking PostgreSQL client for Node.js ."). It is read as
 * "It is a non-blocking PostgreSQL client for Node.js ." with the document's main subject as "It" (a
 * {@link CarriedSubject.Clause}, like {@link ImpliedSubject}'s readings), so that the rules read it as they read
 * "node-postgres is a non-blocking PostgreSQL client for Node.js". Only a line with no verb and no pronoun, that
 * opens with a capital and is at most {@link #MAX_TOKENS} tokens long, and only right after a heading that opens the
 * document or as the opening line of a text with headings (its title heading being a logo): a line elsewhere is a
 * section's label or a sentence fragment. Stateless.
 */
final class TagLine {

    /** The longest tag line read: a tag line is a noun phrase, not a paragraph. */
    static final int MAX_TOKENS = 20;
    private static final Set<String> NOT_IN_TAG_LINE = Set.of("VERB", "AUX");

    private TagLine() {
    }

    /**
     * The index of the tag line of {@code sentences}, a Markdown text: the line of running text right after an opening
     * heading, or its opening line when a logo or badges stand where the title heading would; -1 for none (no heading
     * anywhere: not a README).
     */
    static int index(List<Sentence> sentences) {
        if (sentences.size() < 2 || sentences.stream().noneMatch(Sentence::heading)) {
            return -1;
        }
        int i = sentences.get(0).heading() ? 1 : 0;
        return sentences.get(i).block() == Sentence.Block.TEXT ? i : -1;
    }

    /** The reading "It is a [tag line]" of {@code s}, the tag line, with {@code main} as "It"; null when it is none. */
    static CarriedSubject.Clause clause(Sentence s, List<Mention> mentions, Entity main) {
        if (main == null || s.size() > MAX_TOKENS || s.size() < 2
                || !Character.isUpperCase(s.token(0).text().codePointAt(0))) {
            return null;
        }
        for (Token t : s.tokens()) {
            // a pronoun written in lower case ("it", "we"); the tagger also calls "Non-blocking" a pronoun
            boolean pronoun = "PRON".equals(t.pos()) && t.text().equals(SentenceUnits.lower(t.text()));
            if (NOT_IN_TAG_LINE.contains(t.pos()) || pronoun || "?".equals(t.text())) {
                return null;
            }
        }
        boolean named = false;
        for (Mention m : mentions) {
            if (main.iri().equals(m.entity())) {
                return null; // the line names the project: a sentence of its own ("Quill : a fast editor")
            }
            named |= m.span().start() == 0;
        }
        String first = SentenceUnits.lower(s.token(0).text());
        List<Token> head = new ArrayList<>(List.of(ImpliedSubject.word("It", "PRON", "it"),
                ImpliedSubject.word("is", "AUX", "be")));
        if (!Cues.DETERMINERS.contains(first)) {
            head.add(ImpliedSubject.word(ImpliedSubject.startsWithVowel(first) ? "an" : "a", "DET", "a"));
        }
        // the opening word is read in lower case ("Non-blocking", "Fast"), unless it begins a name ("Redis client")
        return new CarriedSubject.Clause(ImpliedSubject.mentionOf(main, s, 0), 0, List.copyOf(head), named ? 0 : 1);
    }
}
