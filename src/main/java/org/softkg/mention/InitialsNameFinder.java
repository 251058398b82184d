package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 8a: marks an untagged name written with initials as a Person: "J . Q . Quill", "J. Quill",
 * "Ada J . Quill". The initials are single capital letters, each followed by a full stop (its own token or
 * the letter's); one or two of them, or a first name and one, before one surname. That shape is a
 * person's name in English prose; country abbreviations ("U . S . Navy") are not initials, and a lone letter
 * and stop ("C . Certified", the end of a sentence about a language) name a person only before a proper noun.
 * Tokens some mention covers and list-like sentences are left alone.
 */
public final class InitialsNameFinder implements Repair {

    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    /** Abbreviations of places and bodies written like initials. */
    private static final Set<String> NOT_INITIALS = Set.of("US", "UK", "EU", "UN", "DC", "SA", "NY", "LA", "AD", "BC");
    private static final int MAX_INITIALS = 3;

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (ListLikeSentence.test(sentence)) {
            return mentions;
        }
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> added = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            Span name = covered[i] ? null : nameAt(sentence, covered, i);
            if (name != null) {
                added.add(Mentions.of(sentence, name, EntityType.PERSON.tagName(), null));
                i = name.end();
            } else {
                i++;
            }
        }
        return added.isEmpty() ? mentions : Mentions.merged(mentions, added);
    }

    /** The initials name starting at {@code start}, or null. */
    private static Span nameAt(Sentence s, boolean[] covered, int start) {
        if (start > 0 && (".".equals(s.token(start - 1).text()) || INITIAL.matcher(s.token(start - 1).text()).matches())) {
            return null; // inside a run of initials that did not make a name ("U . S . Navy")
        }
        int i = start;
        boolean firstName = PersonNameFinder.isNameWordShape(s.token(i).text()) && "PROPN".equals(s.token(i).pos()) && i + 1 < s.size()
                && INITIAL.matcher(s.token(i + 1).text()).matches();
        if (firstName) {
            i++;
        }
        StringBuilder letters = new StringBuilder();
        boolean split = false;
        while (i < s.size() && !covered[i] && letters.length() < MAX_INITIALS) {
            String t = s.token(i).text();
            if (!INITIAL.matcher(t).matches()) {
                break;
            }
            boolean ownStop = t.length() == 2;
            boolean nextStop = !ownStop && i + 1 < s.size() && ".".equals(s.token(i + 1).text()) && !covered[i + 1];
            if (!ownStop && !nextStop) {
                break;
            }
            letters.append(t.charAt(0));
            split |= !ownStop;
            i += ownStop ? 1 : 2;
        }
        if (letters.isEmpty() || NOT_INITIALS.contains(letters.toString()) || i >= s.size() || covered[i]) {
            return null;
        }
        String surname = s.token(i).text();
        boolean lone = letters.length() == 1 && split && !firstName;
        if (!PersonNameFinder.isNameWordShape(surname) || ClosedClass.CALENDAR.contains(surname)
                || ClosedClass.isFunctionWord(surname.toLowerCase(java.util.Locale.ROOT), 1)
                || lone && !"PROPN".equals(s.token(i).pos())
                || AgentWords.in(AgentWords.ORGANIZATION_SUFFIXES, surname)
                || AgentWords.in(AgentWords.WEAK_ORGANIZATION_SUFFIXES, surname)) {
            return null;
        }
        int end = i + 1;
        if (end < s.size() && !covered[end] && Character.isUpperCase(s.token(end).text().charAt(0))) {
            return null; // "A. Zeta Corp": more capitalised words follow, a longer title
        }
        return new Span(start, end);
    }
}
