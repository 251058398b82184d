package org.softkg.context;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Types the untagged names that the sentence shows to be a person or an organisation. A name of two or
 * three capitalised words ({@link NameShape#isPersonal}) is a Person when
 * <ul>
 *   <li>an apposition gives its role: "X , an Amiga developer in the 1980s ,";</li>
 *   <li>a role noun stands before it: "programmer X", "according to developer X";</li>
 *   <li>a relative "who" follows it: "X , who";</li>
 *   <li>it follows "by" after a verb of making: "created by X", "was started by X", "led by X";</li>
 *   <li>it is the subject of "founded" or "began working on": "X founded", "X began working on".</li>
 * </ul>
 * Any untagged name is an Organization when it ends with an organisation word ("Contoso Corporation",
 * "Bell Labs") or an apposition or noun before it says so ("X , a software company ,", "the company X").
 * Only names no tag typed are touched; a name with both kinds of evidence keeps its first.
 */
final class RoleTyper {

    private static final int APPOSITION_WINDOW = 8;

    private RoleTyper() {
    }

    /** For each entity of an untyped name that the text types, the type tag name ({@code Person}, {@code Organization}). */
    static Map<String, String> types(Document d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Mention m : d.mentions()) {
            if (!Mention.UNTYPED.equals(m.type()) || m.entity() == null || out.containsKey(m.entity())) {
                continue;
            }
            String type = typeOf(d.sentences().get(m.sentence()), m.span());
            if (type != null) {
                out.put(m.entity(), type);
            }
        }
        return out;
    }

    /** The type the sentence gives the name at {@code span}, or {@code null}. */
    static String typeOf(Sentence s, Span span) {
        String organization = EntityType.ORGANIZATION.tagName();
        if (NameShape.isOrganizational(s, span)) {
            return organization;
        }
        Set<String> apposition = apposition(s, span.end());
        String before = span.start() > 0 ? lower(s, span.start() - 1) : "";
        if (apposition.stream().anyMatch(ContextWords.ORGANIZATION_ROLES::contains)
                || ContextWords.ORGANIZATION_ROLES.contains(before)) {
            return organization;
        }
        if (!NameShape.isPersonal(s, span)) {
            return null;
        }
        boolean person = apposition.stream().anyMatch(ContextWords.PERSON_ROLES::contains)
                || ContextWords.PERSON_ROLES.contains(before)
                || relativeWho(s, span.end())
                || afterVerbOfMaking(s, span.start())
                || subjectOfPersonalVerb(s, span.end());
        return person ? EntityType.PERSON.tagName() : null;
    }

    /** The lower-case words of an apposition ", (a|an|the) ... ," right after the name (empty when none). */
    private static Set<String> apposition(Sentence s, int end) {
        if (end + 1 >= s.size() || !",".equals(s.token(end).text())
                || !Set.of("a", "an", "the").contains(lower(s, end + 1))) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (int i = end + 2; i < s.size() && i <= end + 1 + APPOSITION_WINDOW; i++) {
            String w = lower(s, i);
            if (w.equals(",") || w.equals(".") || w.equals(";")) {
                break;
            }
            words.add(w);
        }
        return words;
    }

    private static boolean relativeWho(Sentence s, int end) {
        int i = end < s.size() && ",".equals(s.token(end).text()) ? end + 1 : end;
        return i < s.size() && "who".equals(lower(s, i));
    }

    /** "created by X", "was started by X", "developed and maintained by X". */
    private static boolean afterVerbOfMaking(Sentence s, int start) {
        if (start < 2 || !"by".equals(lower(s, start - 1))) {
            return false;
        }
        int v = start - 2;
        while (v > 0 && "ADV".equals(s.token(v).pos())) {
            v--;
        }
        return ContextWords.PERSONAL_BY_VERBS.contains(lower(s, v));
    }

    /** "X founded ...", "X began working on ...". */
    private static boolean subjectOfPersonalVerb(Sentence s, int end) {
        int i = end;
        while (i < s.size() && "ADV".equals(s.token(i).pos())) {
            i++;
        }
        if (i >= s.size()) {
            return false;
        }
        String verb = lower(s, i);
        if (ContextWords.PERSONAL_SUBJECT_VERBS.contains(verb)) {
            return true;
        }
        return ContextWords.BEGIN_VERBS.contains(verb) && i + 1 < s.size()
                && List.of("working", "work", "developing", "writing").contains(lower(s, i + 1));
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(Locale.ROOT);
    }
}
