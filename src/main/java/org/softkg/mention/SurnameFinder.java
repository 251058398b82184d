package org.softkg.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 9: a lone untagged proper noun that is the last word of an untyped name of two or three
 * capitalised words in the document ("Dillon" once "Matthew Dillon" is a name) is that name again, a {@link Mention#UNTYPED} mention;
 * the resolver joins the two. Typed names are left out ("Linux" alone is no short form of a typed "Arch Linux").
 */
public final class SurnameFinder implements Repair {

    private static final Pattern WORDS = Pattern.compile(" ");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        Set<String> lastWords = context.names().stream()
                .filter(n -> n.indexOf(' ') > 0 && context.typeOf(n) == null)
                .map(n -> WORDS.split(n))
                .filter(words -> words.length <= 3 && Arrays.stream(words).allMatch(TokenShape::isTitleWord))
                .map(words -> words[words.length - 1])
                .collect(Collectors.toSet());
        if (lastWords.isEmpty()) {
            return mentions;
        }
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            String t = sentence.token(i).text();
            if (!covered[i] && lastWords.contains(t) && "PROPN".equals(sentence.token(i).pos())
                    && TokenShape.isTitleWord(t) && !ClosedClass.isFunctionWord(t, i)) {
                added.add(Mentions.of(sentence, new Span(i, i + 1), Mention.UNTYPED, null));
            }
        }
        return added.isEmpty() ? mentions : Mentions.merged(mentions, added);
    }
}
