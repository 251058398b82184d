package org.softkg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.softkg.model.Document;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Types a name by what a copula says it is, whatever its tags: "[Zeta|Application] is a functional programming
 * language" makes Zeta a Language, "... is an open-source operating system" an Operating_System, in that sentence
 * and wherever the document names it again with the same words. The predicate is "a/an/the", up to
 * {@value #MAX_MODIFIERS} modifiers (adjectives, nouns, names, numbers, "and", hyphens) and a lower-case head that is
 * the plain English name of a type, ending the noun phrase ("is a protocol analyzer" names an analyzer). A person or
 * an organisation keeps its type, and a name stated to be two different kinds in one document keeps its tags'.
 */
public final class CopulaTyper implements WholeDocumentRepair {

    /** The forms of "be" that open the predicate. */
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Parts of speech of the modifiers before the head ("free and open-source", "Unix-like" read SCONJ). */
    private static final Set<String> MODIFIER_POS = Set.of("ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "PUNCT", "SCONJ",
            "VERB", "X");
    /** Words that end the noun phrase before any head: the head of "a subset of the X language" is "subset". */
    private static final Set<String> STOPS = Set.of(",", ";", ":", "(", ")", ".", "of", "not", "never", "which",
            "that");
    private static final int MAX_MODIFIERS = 5;
    /** One-word heads and the type they name. */
    private static final Map<String, EntityType> HEADS = Map.of(
            "language", EntityType.LANGUAGE,
            "protocol", EntityType.PROTOCOL,
            "algorithm", EntityType.ALGORITHM,
            "library", EntityType.LIBRARY,
            "license", EntityType.LICENSE,
            "licence", EntityType.LICENSE);

    @Override
    public List<Mention> applyToDocument(Document document, List<Mention> mentions) {
        return retype(i -> document.sentences().get(i), mentions);
    }

    /** The repair within one sentence: what it states holds for its own mentions only. */
    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        return retype(i -> sentence, mentions);
    }

    private static List<Mention> retype(IntFunction<Sentence> sentences, List<Mention> mentions) {
        Map<String, EntityType> stated = statedTypes(sentences, mentions);
        if (stated.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityType type = stated.get(m.text());
            boolean keep = type == null || Mentions.isAgent(m) || type.tagName().equals(m.type());
            out.add(keep ? m : m.withType(type.tagName()));
        }
        return out;
    }

    /** The type each name's copula states; names stated to be two kinds are left out. */
    static Map<String, EntityType> statedTypes(IntFunction<Sentence> sentences, List<Mention> mentions) {
        Map<String, EntityType> out = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (Mention m : mentions) {
            EntityType type = predicateType(sentences.apply(m.sentence()), m.span().end());
            if (type == null) {
                continue;
            }
            EntityType before = out.putIfAbsent(m.text(), type);
            if (before != null && before != type) {
                conflicting.add(m.text());
            }
        }
        out.keySet().removeAll(conflicting);
        return out;
    }

    /** The type named by a copula predicate that starts at token {@code i}, or null. */
    private static EntityType predicateType(Sentence s, int i) {
        if (i + 2 >= s.size() || !COPULAS.contains(s.token(i).text()) || !ARTICLES.contains(lower(s, i + 1))) {
            return null;
        }
        int k = i + 2;
        for (int modifiers = 0; k < s.size() && modifiers <= MAX_MODIFIERS; k++, modifiers++) {
            String word = lower(s, k);
            if (STOPS.contains(word)) {
                return null;
            }
            EntityType type = headAt(s, k);
            if (type != null) {
                return endsPhrase(s, k + (type == EntityType.OPERATING_SYSTEM || "programming".equals(word) ? 2 : 1))
                        ? type : null;
            }
            if (!MODIFIER_POS.contains(s.token(k).pos())) {
                return null;
            }
        }
        return null;
    }

    /** The type named by the lower-case head starting at {@code k} ("operating system", "programming language"). */
    private static EntityType headAt(Sentence s, int k) {
        String word = s.token(k).text();
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (k + 1 < s.size() && ("operating".equals(word) && "system".equals(s.token(k + 1).text())
                || "programming".equals(word) && "language".equals(s.token(k + 1).text()))) {
            return "operating".equals(word) ? EntityType.OPERATING_SYSTEM : EntityType.LANGUAGE;
        }
        return HEADS.get(word);
    }

    /** True when no noun follows position {@code k}: the head ends its noun phrase. */
    private static boolean endsPhrase(Sentence s, int k) {
        if (k >= s.size()) {
            return true;
        }
        String pos = s.token(k).pos();
        return !"NOUN".equals(pos) && !"PROPN".equals(pos);
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(Locale.ROOT);
    }
}
