package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Unmarks a tagged phrase of lower-case words that ends in a kind noun and stands right after a name: the name's
 * own kind, which the noisy tags mark as a name of its own ("the [iOS] [mobile operating system] developed by",
 * "The [libwww] [library] made by", "the [Qt] [widget toolkit]"). Left as plain words, the phrase is what the
 * relation rules read as the head the name qualifies. "kernel" is no such noun ("Linux kernel" names a program of
 * its own), and a name before the phrase must end in a capital or a digit, so a tagged description ("[free and
 * open-source] [compiler]") keeps its tags.
 */
public final class KindPhraseAfterName implements Repair {

    /** The kind nouns a phrase may end in: kinds of programs and systems. */
    private static final Set<String> KIND_NOUNS = Set.of("library", "libraries", "framework", "toolkit", "engine",
            "compiler", "interpreter", "browser", "editor", "client", "server", "shell", "application", "program",
            "module", "system", "systems", "language", "protocol", "platform", "database", "suite");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        List<Mention> out = new ArrayList<>(mentions.size());
        Mention previous = null;
        for (Mention m : mentions) {
            if (previous != null && previous.span().end() == m.span().start() && endsInName(sentence, previous)
                    && kindPhrase(sentence, m)) {
                continue;
            }
            out.add(m);
            previous = m;
        }
        return out;
    }

    private static boolean endsInName(Sentence sentence, Mention m) {
        return TokenShape.hasCapitalOrDigit(sentence.token(m.span().end() - 1).text());
    }

    private static boolean kindPhrase(Sentence sentence, Mention m) {
        for (int i = m.span().start(); i < m.span().end(); i++) {
            if (TokenShape.hasCapitalOrDigit(sentence.token(i).text())) {
                return false;
            }
        }
        return m.span().length() <= 4 && KIND_NOUNS.contains(sentence.token(m.span().end() - 1).text());
    }
}
