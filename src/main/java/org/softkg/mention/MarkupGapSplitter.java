package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * Repair (last before the overlap resolution): a name in Markdown never runs across markup. Two links side by side
 * ("[Node.js](...) [ORM tool](...)") or a word before a link ("JavaScript [MVVM](...)") leave only spaces between
 * their words once the markup is blanked, and the name finder may read them as one name ("Node.js ORM", "JavaScript
 * MVVM"). A raw text's sentence keeps its original text, so the characters between two tokens show the markup: a
 * bracket, a parenthesis, an emphasis or code mark, an angle bracket or a table bar. A mention over such a gap before
 * a capitalised word (a lower-case word there is the name's kind noun: "[MIT](...) license") is cut there and its
 * first piece kept, typed as before, after the finders and joiners have grown it. Tagged input (tokens without
 * offsets) is untouched.
 */
public final class MarkupGapSplitter implements Repair {

    /** Characters of Markdown and HTML markup that no name holds between two of its words. */
    private static final String MARKUP = "[]()*_`<>|";

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (sentence.token(0).start() < 0) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int cut = firstMarkupGap(sentence, m.span());
            out.add(cut < 0 ? m : Mentions.reshape(sentence, m, new Span(m.span().start(), cut)));
        }
        return out;
    }

    /** A capital letter or a digit first: the word may open another name. */
    private static boolean startsLikeAName(String word) {
        int c = word.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** The first token of {@code span} after a gap that holds markup, when it is capitalised; -1 for none. */
    static int firstMarkupGap(Sentence sentence, Span span) {
        int base = sentence.token(0).start();
        String text = sentence.text();
        for (int i = span.start() + 1; i < span.end(); i++) {
            Token before = sentence.token(i - 1);
            Token after = sentence.token(i);
            int from = before.end() - base;
            int to = after.start() - base;
            if (from < 0 || to > text.length() || from > to) {
                return -1; // offsets that do not fit the sentence's text: nothing to read
            }
            if (!startsLikeAName(after.text())) {
                continue; // "[MIT](...) license", "[Redis](...) client": a kind noun after a linked name is the name's
            }
            for (int k = from; k < to; k++) {
                if (MARKUP.indexOf(text.charAt(k)) >= 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
