package org.softkg.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * A person named in full ("Ada Lovelace") is later called by the surname alone ("Lovelace"): every
 * later occurrence of the surname, untagged or marked as an untyped name of its own, becomes a mention
 * of the person. A surname that two persons of the document share links to neither; a surname inside
 * a longer or typed name ("Lovelace Prize") is left alone.
 */
final class SurnameLinker {

    private SurnameLinker() {
    }

    /**
     * The mentions with the surnames linked.
     *
     * @param sentences the document's sentences
     * @param mentions  its mentions, sorted by position, linked to entities, persons typed {@code Person}
     */
    static List<Mention> link(List<Sentence> sentences, List<Mention> mentions) {
        String person = EntityType.PERSON.tagName();
        Map<String, Mention> firstBySurname = new HashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        for (Mention m : mentions) {
            Sentence s = sentences.get(m.sentence());
            if (m.entity() != null && person.equals(m.type()) && m.span().length() >= 2 && NameShape.isPersonal(s, m.span())) {
                String surname = s.token(m.span().end() - 1).text();
                Mention first = firstBySurname.putIfAbsent(surname, m);
                if (first != null && !first.entity().equals(m.entity())) {
                    shared.put(surname, true);
                }
            }
        }
        firstBySurname.keySet().removeAll(shared.keySet());
        if (firstBySurname.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention full = m.span().length() == 1 ? firstBySurname.get(m.text()) : null;
            boolean relink = full != null && !full.entity().equals(m.entity())
                    && (Mention.UNTYPED.equals(m.type()) || person.equals(m.type())) && after(m, full);
            out.add(relink ? new Mention(m.sentence(), m.span(), person, m.text(), m.version(), full.entity()) : m);
        }
        List<List<Mention>> bySentence = new ArrayList<>();
        sentences.forEach(x -> bySentence.add(new ArrayList<>()));
        out.forEach(m -> bySentence.get(m.sentence()).add(m));
        for (Sentence s : sentences) {
            boolean[] covered = covered(s, bySentence.get(s.index()));
            for (int i = 0; i < s.size(); i++) {
                Mention full = firstBySurname.get(s.token(i).text());
                if (full != null && !covered[i] && after(s.index(), i, full)) {
                    out.add(new Mention(s.index(), new Span(i, i + 1), person, s.token(i).text(), null, full.entity()));
                }
            }
        }
        out.sort(DocumentContext.BY_POSITION);
        return out;
    }

    private static boolean after(Mention m, Mention full) {
        return after(m.sentence(), m.span().start(), full);
    }

    private static boolean after(int sentence, int token, Mention full) {
        return sentence > full.sentence() || (sentence == full.sentence() && token >= full.span().end());
    }

    private static boolean[] covered(Sentence s, List<Mention> mentions) {
        boolean[] c = new boolean[s.size()];
        for (Mention m : mentions) {
            for (int i = m.span().start(); i < m.span().end(); i++) {
                c[i] = true;
            }
        }
        return c;
    }
}
