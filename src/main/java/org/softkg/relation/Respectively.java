package org.softkg.relation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * "A and B are written in C and C++ , respectively": when a match's subject list and object list have the same
 * length (two or more) and "respectively" follows the match (after an optional comma or closing parenthesis), the
 * lists pair up in order (A with C, B with C++) instead of giving every pair. The pairing then holds for every
 * match of the sentence with the same relation: a shorter match over part of the lists ("B are written in C and
 * C++") cannot bring back the crossed pairs.
 */
final class Respectively {

    /** Tokens that may stand between the end of the match and "respectively". */
    private static final int MAX_BETWEEN = 2;

    private static final Respectively NONE = new Respectively(Map.of(), Map.of());

    /** Per relation: subject mention span to the object span it pairs with. */
    private final Map<String, Map<Span, Span>> partner;
    /** Per relation: object mention span to the subject span it pairs with. */
    private final Map<String, Map<Span, Span>> partnerOfObject;

    private Respectively(Map<String, Map<Span, Span>> partner, Map<String, Map<Span, Span>> partnerOfObject) {
        this.partner = partner;
        this.partnerOfObject = partnerOfObject;
    }

    /** The pairings the sentence's matches state. */
    static Respectively of(Sentence sentence, List<Map.Entry<Rule, PatternMatch>> matches) {
        Map<String, Map<Span, Span>> partner = new HashMap<>();
        Map<String, Map<Span, Span>> partnerOfObject = new HashMap<>();
        for (Map.Entry<Rule, PatternMatch> e : matches) {
            PatternMatch m = e.getValue();
            if (!pairs(sentence, m)) {
                continue;
            }
            String relation = e.getKey().relation();
            for (int i = 0; i < m.subjects().size(); i++) {
                Span s = m.subjects().get(i).mention().span();
                Span o = m.objects().get(i).mention().span();
                partner.computeIfAbsent(relation, r -> new HashMap<>()).putIfAbsent(s, o);
                partnerOfObject.computeIfAbsent(relation, r -> new HashMap<>()).putIfAbsent(o, s);
            }
        }
        return partner.isEmpty() ? NONE : new Respectively(partner, partnerOfObject);
    }

    /** False when subject and object both belong to paired lists of this relation but not to the same pair. */
    boolean allows(String relation, Filler subject, Filler object) {
        Map<Span, Span> bySubject = partner.get(relation);
        if (bySubject == null) {
            return true;
        }
        Span s = subject.mention().span();
        Span o = object.mention().span();
        Span pairedObject = bySubject.get(s);
        Span pairedSubject = partnerOfObject.get(relation).get(o);
        if (pairedObject == null || pairedSubject == null) {
            return true;
        }
        return o.equals(pairedObject) && s.equals(pairedSubject);
    }

    /** True when the match's two lists pair up in order. */
    static boolean pairs(Sentence sentence, PatternMatch match) {
        int n = match.subjects().size();
        if (n < 2 || n != match.objects().size()) {
            return false;
        }
        return followed(sentence, match);
    }

    /**
     * True when "respectively" follows a match whose two lists of two or more names differ in length ("[A] , Zorbix
     * and [B] are written in [C] , [D] and [E] respectively": a member the tags missed): the pairs cannot be read,
     * and all but one pair of each row would be wrong. Such a match, and every match of its relation that
     * "respectively" follows (a shorter one over the last subject), states nothing ({@link #silenced}).
     */
    static boolean unpairable(Sentence sentence, PatternMatch match) {
        int n = match.subjects().size();
        int m = match.objects().size();
        return n >= 2 && m >= 2 && n != m && followed(sentence, match);
    }

    /**
     * The relations whose matches "respectively" follows and that must state nothing: those with an
     * {@link #unpairable} match in the sentence.
     */
    static Set<String> silenced(Sentence sentence, List<Map.Entry<Rule, PatternMatch>> matches) {
        Set<String> out = new HashSet<>();
        for (Map.Entry<Rule, PatternMatch> e : matches) {
            if (unpairable(sentence, e.getValue())) {
                out.add(e.getKey().relation());
            }
        }
        return out;
    }

    /** True when "respectively" follows the match, after an optional comma or closing parenthesis. */
    static boolean followed(Sentence sentence, PatternMatch match) {
        int end = match.tokens().end();
        for (int i = end; i < sentence.size() && i <= end + MAX_BETWEEN; i++) {
            String w = sentence.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("respectively")) {
                return true;
            }
            if (!w.equals(",") && !w.equals(")")) {
                return false;
            }
        }
        return false;
    }
}
