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
    private static final int MAX_APPOSITION = 30;

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
        Apposition apposition = apposition(s, span.end());
        String before = span.start() > 0 ? s.token(span.start() - 1).text() : "";
        if (apposition.words().stream().anyMatch(ContextWords.ORGANIZATION_ROLES::contains)
                || ContextWords.ORGANIZATION_ROLES.contains(before)) {
            return organization;
        }
        if (!NameShape.isPersonal(s, span) || modifiesNoun(s, span.end())) {
            return null;
        }
        boolean person = apposition.words().stream().anyMatch(w -> ContextWords.PERSON_ROLES.contains(w)
                        && !(ContextWords.SHARED_ROLES.contains(w) && apposition.roleOf().contains(w)))
                || ContextWords.PERSON_ROLES.contains(before) && !ContextWords.SHARED_ROLES.contains(before)
                || relativeWho(s, span.end())
                || afterVerbOfMaking(s, span.start())
                || subjectOfPersonalVerb(s, span.end());
        return person ? EntityType.PERSON.tagName() : null;
    }

    /**
     * The lower-case words of an apposition ", (a|an|the) ... ," right after the name: its first words,
     * when a comma or the sentence's end closes it before any verb ("[UK] , the Manchester computer
     * demonstrated ..." is no apposition).
     */
    private static Apposition apposition(Sentence s, int end) {
        if (end + 1 >= s.size() || !",".equals(s.token(end).text())
                || !Set.of("a", "an", "the").contains(lower(s, end + 1))) {
            return Apposition.NONE;
        }
        Set<String> words = new HashSet<>();
        Set<String> roleOf = new HashSet<>();
        boolean definite = "the".equals(lower(s, end + 1));
        for (int i = end + 2; i < s.size(); i++) {
            String w = s.token(i).text();
            String pos = String.valueOf(s.token(i).pos());
            if (w.equals(",") || w.equals(".") || w.equals(";")) {
                return new Apposition(words, roleOf);
            }
            boolean participle = pos.equals("VERB") && (w.endsWith("ed") || w.endsWith("ing"))
                    && "NOUN".equals(s.token(i - 1).pos());
            if ((pos.equals("VERB") || pos.equals("AUX")) && !participle || i > end + 1 + MAX_APPOSITION) {
                break;
            }
            if (i <= end + 1 + APPOSITION_WINDOW) {
                words.add(w); // case kept: "University" in a name is no role
                if (definite && i + 1 < s.size() && "of".equals(s.token(i + 1).text())) {
                    roleOf.add(w);
                }
            }
        }
        return Apposition.NONE;
    }

    /** The words of an apposition, and those of them in "the WORD of" ("the developer of Y": a company as often). */
    private record Apposition(Set<String> words, Set<String> roleOf) {
        static final Apposition NONE = new Apposition(Set.of(), Set.of());
    }

    /** "South Korean company": the name modifies the common noun after it. */
    private static boolean modifiesNoun(Sentence s, int end) {
        return end < s.size() && "NOUN".equals(s.token(end).pos())
                && Character.isLowerCase(s.token(end).text().charAt(0));
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
