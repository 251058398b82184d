package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * Repair 3b (before the generic heads go): a mention whose last word, in lower case, names a type says
 * what it is, whatever the noisy tag said: "the BSD license" tagged Operating_System is a License,
 * "the Python programming language" tagged Application a Language, "the Kerberos protocol" a Protocol.
 * Only the last word counts, and only lower case: "Unified Modeling Language" is a title, and the head
 * of "license server" is "server". The words are the plain English names of the WikiSER types. The same words
 * right after a name, outside it and ending its phrase, say the same ("runs on the [Zeta|Application] operating
 * system", "the [Zeta] protocol", twenty-eighth session), except "license": "the [Zeta] license" is as often the
 * licence Zeta is under. "architecture" says Architecture only after one word that is a name by its shape ("x86
 * architecture", "ARM architecture"; not "Harvard architecture" nor "software architecture"); there, and in "HTTP
 * protocol", {@link GenericHeadTrimmer} then trims the kind word.
 */
public final class HeadNounTyper implements Repair {

    private static final Map<String, EntityType> HEAD_TYPES = Map.of(
            "license", EntityType.LICENSE,
            "licence", EntityType.LICENSE,
            "licenses", EntityType.LICENSE,
            "language", EntityType.LANGUAGE,
            "protocol", EntityType.PROTOCOL,
            "algorithm", EntityType.ALGORITHM);

    /** Kind words that follow a name by its shape and add nothing to it ({@link #shapeNameHead}). */
    private static final Map<String, EntityType> SHAPE_NAME_HEADS = Map.of(
            "architecture", EntityType.ARCHITECTURE,
            "protocol", EntityType.PROTOCOL);

    /** The second word of "operating system(s)". */
    private static final Set<String> SYSTEM_WORDS = Set.of("system", "systems");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(retype(sentence, m));
        }
        return out;
    }

    private static Mention retype(Sentence sentence, Mention m) {
        // the head alone ("license") is no name of a thing of that type
        EntityType type = m.span().length() < 2 ? null : headType(sentence, m.span().end() - 1);
        if (type == null) {
            type = shapeNameHead(sentence, m.span());
        }
        if (type == null) {
            type = followingHead(sentence, m);
        }
        return type == null || type.tagName().equals(m.type()) ? m : m.withType(type.tagName());
    }

    /**
     * The type of a two-word name whose first word is a name by its shape and whose second repeats its kind in lower
     * case ("x86 architecture", "ARM architecture", "HTTP protocol"), or null: {@link GenericHeadTrimmer} then trims
     * the kind word, since the name alone names the same thing.
     */
    static EntityType shapeNameHead(Sentence sentence, Span span) {
        if (span.length() != 2 || !TokenShape.isStrongName(sentence.token(span.start()).text())) {
            return null;
        }
        return SHAPE_NAME_HEADS.get(sentence.token(span.end() - 1).text());
    }

    /** The type the lower-case word at {@code i} names, or null. */
    private static EntityType headType(Sentence sentence, int i) {
        String word = sentence.token(i).text();
        return word.equals(word.toLowerCase(Locale.ROOT)) ? HEAD_TYPES.get(word) : null;
    }

    /**
     * The type named by the lower-case words right after a name the tags left them out of: "the [Zeta] operating
     * system", "the [Zeta] protocol", "the [Zeta] programming language". A person or an organisation keeps its type
     * ("the [Zeta Group] license" is the group's), and so does a name with no capital or digit.
     */
    private static EntityType followingHead(Sentence sentence, Mention m) {
        if (Mentions.isAgent(m) || !TokenShape.hasCapitalOrDigit(m.text())) {
            return null; // a lower-case word the name finder took for a name ("the [keyboard] protocol") says nothing
        }
        int next = m.span().end();
        if (next + 1 < sentence.size() && Token.OUTSIDE.equals(sentence.token(next).tag())
                && "operating".equals(sentence.token(next).text())
                && SYSTEM_WORDS.contains(sentence.token(next + 1).text())) {
            return EntityType.OPERATING_SYSTEM;
        }
        if (next < sentence.size() && "programming".equals(sentence.token(next).text())) {
            next++;
        }
        if (next >= sentence.size() || !Token.OUTSIDE.equals(sentence.token(next).tag())
                || qualifiesNoun(sentence, next)) {
            return null;
        }
        EntityType type = headType(sentence, next);
        return type == EntityType.LICENSE ? null : type; // "the [Zeta] license" is as often Zeta's licence
    }

    /** True when a noun follows the word at {@code i}, which then only qualifies it ("[Zeta] language bindings"). */
    private static boolean qualifiesNoun(Sentence sentence, int i) {
        if (i + 1 >= sentence.size()) {
            return false;
        }
        String pos = sentence.token(i + 1).pos();
        return "NOUN".equals(pos) || "PROPN".equals(pos);
    }
}
