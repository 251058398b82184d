package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 4: trims a trailing generic word that names what the entity is, or the people around it,
 * rather than the entity: "FreeBSD project" gives "FreeBSD", "Java programming language" gives "Java".
 * The word goes only when what is left ends in a name ("ARB assembly language" and "Unix-like operating
 * system" stay whole). The list is small and comes from the WikiSER development data and the example
 * document:
 * <ul>
 * <li>{@code project}, {@code projects}: "FreeBSD project", "OpenBSD project", "Wine project", "KDE projects";</li>
 * <li>{@code developers}, {@code community}, {@code team}, {@code mailing list(s)}: the people and channels of a
 *     project ("FreeBSD developers", "the FreeBSD mailing lists"), a fact about them is a fact about the project;</li>
 * <li>{@code series}, {@code family}: product lines named after a product ("HP Voyager series",
 *     "Windows NT family");</li>
 * <li>{@code language}, {@code programming language}, {@code operating system}: the type repeated after the
 *     name ("C language", "Python programming language", "Android operating system");</li>
 * <li>{@code architecture} and {@code protocol}, only after one word that is a name by its shape: "x86
 *     architecture", "ARM architecture", "PowerPC architecture" name the processor architecture and "HTTP protocol"
 *     the protocol, while "Harvard architecture" or "von Neumann architecture" name a design after a place or a
 *     person and stay whole, and so do "Kerberos protocol" and "link state protocol".</li>
 * </ul>
 * Heads are matched in lower case only: capitalised, they are part of a title ("Unified Modeling Language",
 * "Touhou Project", "Batman : The Animated Series").
 * Not in the list: "kernel" ("Linux kernel" is an entity of its own), "license" ("MIT License" is the
 * license, "MIT" an institute), "software" ("Free software" would leave "Free").
 */
public final class GenericHeadTrimmer implements Repair {

    /** Longer heads first, so "Python Programming Language" loses both words. */
    private static final List<List<String>> HEADS = List.of(
            List.of("mailing", "list"), List.of("mailing", "lists"), List.of("programming", "language"),
            List.of("operating", "system"), List.of("project"), List.of("projects"), List.of("developers"),
            List.of("community"), List.of("team"), List.of("series"), List.of("family"), List.of("language"));

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Span span = trim(sentence, m.span());
            out.add(span.equals(m.span()) ? m : Mentions.reshape(sentence, m, span));
        }
        return out;
    }

    /** True when {@code text} is a one-word generic head, in any case ("project", "Project"): it never joins a name. */
    static boolean isGenericWord(String text) {
        String w = text.toLowerCase(Locale.ROOT);
        return HEADS.stream().anyMatch(h -> h.size() == 1 && h.get(0).equals(w));
    }

    private static Span trim(Sentence s, Span span) {
        for (List<String> head : HEADS) {
            int keep = span.length() - head.size();
            if (keep >= 1 && endsWith(s, span, head) && namesSomething(s, span.start(), span.start() + keep)) {
                return new Span(span.start(), span.start() + keep);
            }
        }
        if (HeadNounTyper.shapeNameHead(s, span) != null) {
            return new Span(span.start(), span.start() + 1);
        }
        return span;
    }

    private static boolean endsWith(Sentence s, Span span, List<String> head) {
        int from = span.end() - head.size();
        for (int k = 0; k < head.size(); k++) {
            if (!s.token(from + k).text().equals(head.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The tokens {@code [start, end)} end in a name, and are not one plain capitalised word opening the sentence. */
    private static boolean namesSomething(Sentence s, int start, int end) {
        String last = s.token(end - 1).text();
        boolean name = TokenShape.isStrongName(last)
                || (TokenShape.isCapitalised(last) && !TokenShape.isHyphenAdjective(last));
        boolean plainOpening = end - start == 1 && start == 0 && !TokenShape.isStrongName(last);
        return name && !plainOpening;
    }
}
