package org.softkg.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.mention.ClosedClass;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Reads an "It" that opens a sentence as the named topic of the sentence before it ("[Quill] is a web
 * browser . It uses the [Zeta] engine ."), where {@link SubjectReferences} has not already made it the
 * document's main subject. The topic must be a name (a capital or a digit in it) that opens its sentence
 * ("[Quill] , or simply Q , is ...", "In 2005 , the [Quill] project ..."), not one of coordinated names
 * ("[A] and [B] are ...") nor a possessor ("[A] 's parser is ..."); a previous sentence that ends on another
 * name elaborated by a relative clause leaves the pronoun alone, as for the main subject. The same conditions
 * on the pronoun as for the main subject hold: it opens the clause, a verb follows, and "It is possible to
 * ..." is no reference.
 */
final class TopicPronouns {

    private static final Set<String> COORDINATORS = Set.of("and", "or", "nor", "&");

    private TopicPronouns() {
    }

    /** The mentions with every topic pronoun added as a mention of its topic's entity, in position order. */
    static List<Mention> resolve(List<Sentence> sentences, List<Mention> mentions) {
        List<List<Mention>> bySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            bySentence.get(m.sentence()).add(m);
        }
        Mention previousTopic = null;
        for (Sentence s : sentences) {
            List<Mention> own = bySentence.get(s.index());
            for (Span part : SubjectReferences.parts(s)) {
                // "about the topic", "not about another": only the pronoun forms "It" / "Its ..." can answer
                Span span = previousTopic == null ? null
                        : SubjectReferences.reference(s, part.start(), Set.of(), true, false);
                if (span != null && span.length() == 1 && own.stream().noneMatch(m -> m.span().overlaps(span))) {
                    own.add(new Mention(s.index(), span, previousTopic.type(), s.text(span), null,
                            previousTopic.entity()));
                    own.sort(DocumentContext.BY_POSITION);
                }
                List<Mention> inPart = own.stream().filter(m -> part.contains(m.span())).toList();
                previousTopic = namedTopic(s, part, inPart);
            }
        }
        List<Mention> out = new ArrayList<>();
        bySentence.forEach(out::addAll);
        return out;
    }

    /**
     * The name that the part is about, or {@code null}: its first mention, when that opens the clause (past a
     * short introductory phrase and "The") and is a name of one entity, not one of a list, not a possessor.
     */
    private static Mention namedTopic(Sentence s, Span part, List<Mention> inPart) {
        if (inPart.isEmpty()) {
            return null;
        }
        Mention first = inPart.get(0);
        int c = SubjectReferences.clauseStart(s, part.start());
        int start = first.span().start();
        boolean opens = start == c || (start == c + 1 && "the".equals(lower(s, c)));
        int after = first.span().end();
        boolean possessor = after < part.end() && ClosedClass.POSSESSIVES.contains(s.token(after).text());
        if (!opens || possessor || !isName(first) || coordinated(s, first, part)
                || ClauseTopic.elaboratesOther(s, inPart, first.entity())) {
            return null;
        }
        return first;
    }

    private static boolean isName(Mention m) {
        return m.entity() != null && m.text().chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** True when a coordinator stands right before or after the mention: one of several subjects. */
    private static boolean coordinated(Sentence s, Mention m, Span part) {
        int before = m.span().start() - 1;
        int after = m.span().end();
        return (before >= part.start() && COORDINATORS.contains(lower(s, before)))
                || (after < part.end() && COORDINATORS.contains(lower(s, after)));
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(Locale.ROOT);
    }
}
